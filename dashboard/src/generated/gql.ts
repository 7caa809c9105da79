/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DashboardPartnerships($filter: PartnershipFilter, $orderBy: [PartnershipOrder!], $first: Int, $after: String, $last: Int, $before: String, $lang: LanguageCode!) {\n  partnerships(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      node {\n        slug\n        name\n        programme\n        round\n        status\n        action2EndDate\n        action3EndDate\n        places {\n          key\n          name\n          welshName\n        }\n        themeConcept {\n          code\n          prefLabel(lang: $lang)\n        }\n      }\n    }\n  }\n  partnershipCounts(filter: $filter) {\n    total\n    byPlace {\n      count\n      place {\n        key\n        name\n        welshName\n      }\n    }\n    byProgramme {\n      programme\n      count\n      concept {\n        prefLabel(lang: $lang)\n      }\n    }\n    byTheme {\n      count\n      theme {\n        code\n        prefLabel(lang: $lang)\n      }\n    }\n  }\n  places(first: 100) {\n    edges {\n      node {\n        key\n        name\n        welshName\n        kind\n      }\n    }\n  }\n  concepts(first: 100) {\n    edges {\n      node {\n        code\n        scheme\n        prefLabel(lang: $lang)\n        broader {\n          code\n        }\n      }\n    }\n  }\n}": typeof types.DashboardPartnershipsDocument,
};
const documents: Documents = {
    "query DashboardPartnerships($filter: PartnershipFilter, $orderBy: [PartnershipOrder!], $first: Int, $after: String, $last: Int, $before: String, $lang: LanguageCode!) {\n  partnerships(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      node {\n        slug\n        name\n        programme\n        round\n        status\n        action2EndDate\n        action3EndDate\n        places {\n          key\n          name\n          welshName\n        }\n        themeConcept {\n          code\n          prefLabel(lang: $lang)\n        }\n      }\n    }\n  }\n  partnershipCounts(filter: $filter) {\n    total\n    byPlace {\n      count\n      place {\n        key\n        name\n        welshName\n      }\n    }\n    byProgramme {\n      programme\n      count\n      concept {\n        prefLabel(lang: $lang)\n      }\n    }\n    byTheme {\n      count\n      theme {\n        code\n        prefLabel(lang: $lang)\n      }\n    }\n  }\n  places(first: 100) {\n    edges {\n      node {\n        key\n        name\n        welshName\n        kind\n      }\n    }\n  }\n  concepts(first: 100) {\n    edges {\n      node {\n        code\n        scheme\n        prefLabel(lang: $lang)\n        broader {\n          code\n        }\n      }\n    }\n  }\n}": types.DashboardPartnershipsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardPartnerships($filter: PartnershipFilter, $orderBy: [PartnershipOrder!], $first: Int, $after: String, $last: Int, $before: String, $lang: LanguageCode!) {\n  partnerships(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      node {\n        slug\n        name\n        programme\n        round\n        status\n        action2EndDate\n        action3EndDate\n        places {\n          key\n          name\n          welshName\n        }\n        themeConcept {\n          code\n          prefLabel(lang: $lang)\n        }\n      }\n    }\n  }\n  partnershipCounts(filter: $filter) {\n    total\n    byPlace {\n      count\n      place {\n        key\n        name\n        welshName\n      }\n    }\n    byProgramme {\n      programme\n      count\n      concept {\n        prefLabel(lang: $lang)\n      }\n    }\n    byTheme {\n      count\n      theme {\n        code\n        prefLabel(lang: $lang)\n      }\n    }\n  }\n  places(first: 100) {\n    edges {\n      node {\n        key\n        name\n        welshName\n        kind\n      }\n    }\n  }\n  concepts(first: 100) {\n    edges {\n      node {\n        code\n        scheme\n        prefLabel(lang: $lang)\n        broader {\n          code\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query DashboardPartnerships($filter: PartnershipFilter, $orderBy: [PartnershipOrder!], $first: Int, $after: String, $last: Int, $before: String, $lang: LanguageCode!) {\n  partnerships(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    edges {\n      node {\n        slug\n        name\n        programme\n        round\n        status\n        action2EndDate\n        action3EndDate\n        places {\n          key\n          name\n          welshName\n        }\n        themeConcept {\n          code\n          prefLabel(lang: $lang)\n        }\n      }\n    }\n  }\n  partnershipCounts(filter: $filter) {\n    total\n    byPlace {\n      count\n      place {\n        key\n        name\n        welshName\n      }\n    }\n    byProgramme {\n      programme\n      count\n      concept {\n        prefLabel(lang: $lang)\n      }\n    }\n    byTheme {\n      count\n      theme {\n        code\n        prefLabel(lang: $lang)\n      }\n    }\n  }\n  places(first: 100) {\n    edges {\n      node {\n        key\n        name\n        welshName\n        kind\n      }\n    }\n  }\n  concepts(first: 100) {\n    edges {\n      node {\n        code\n        scheme\n        prefLabel(lang: $lang)\n        broader {\n          code\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Concepts by code, each with or without the concepts narrower than it. */
export type ConceptMatch = {
  /** Concept codes ("disability"); any of them matches. */
  concepts: Array<string>;
  /** Also match the narrower concepts ("disability" takes in "physical-disability"). */
  includeNarrower?: boolean;
};

/** A vocabulary of the shared taxonomy. */
export type ConceptScheme =
  /** Who a partnership works with (target groups and beneficiary categories map to these). */
  | 'POPULATION'
  /** Funding programmes. */
  | 'PROGRAMME'
  /** What a partnership is about (the EQUAL themes). */
  | 'THEME';

/** Innovation scatter plot: kind of innovation. */
export type InnovationDimension =
  | 'POLICY'
  | 'PRACTICE'
  | 'PROCESS'
  | 'PRODUCT';

/** Innovation scatter plot: level of effect. */
export type InnovationLevel =
  | 'CITY'
  | 'EUROPEAN'
  | 'LOCAL'
  | 'NATIONAL'
  | 'REGIONAL';

/** Partnerships with at least one innovation classified so (both given: in the same classification). */
export type InnovationMatch = {
  dimensions?: Array<InnovationDimension> | null | undefined;
  levels?: Array<InnovationLevel> | null | undefined;
};

/** Partnerships in which one of these organisations has a role (one of `roles`, when given), in the partnership itself or in one of its projects. */
export type OrganisationMatch = {
  /** Organisation keys ("british-waterways"). */
  keys: Array<string>;
  roles?: Array<OrganisationRole> | null | undefined;
};

/** What an organisation does in a partnership or project. */
export type OrganisationRole =
  | 'CUSTOMER'
  | 'EMPLOYER'
  | 'EVALUATOR'
  | 'FUNDER'
  | 'HOST'
  | 'LEAD'
  | 'MEMBER'
  | 'PARTNER'
  | 'REFERRAL_PARTNER'
  | 'REPORT_RECIPIENT';

/** Which partnerships. The fields given must all hold (AND); a list field matches any of its values; `and`, `or` and `not` combine whole filters. Unknown codes, keys or enum values are refused with BAD_USER_INPUT. */
export type PartnershipFilter = {
  /** Still running on this date: it is on or before the last end date the partnership states (Action 3, else Action 2). Partnerships stating neither are left out; start dates are not in the sources, so earlier dates match too. */
  activeOn?: string | null | undefined;
  /** All of these. */
  and?: Array<PartnershipFilter> | null | undefined;
  /** Working anywhere in these countries (or UK nations): place keys of kind COUNTRY or NATION. */
  countries?: Array<string> | null | undefined;
  innovation?: InnovationMatch | null | undefined;
  /** Not this. */
  not?: PartnershipFilter | null | undefined;
  /** Any of these. */
  or?: Array<PartnershipFilter> | null | undefined;
  organisation?: OrganisationMatch | null | undefined;
  /** Working in these places (and, by default, places within them). */
  places?: PlaceMatch | null | undefined;
  /** Working with these population groups (by default with their narrower groups). */
  population?: PopulationMatch | null | undefined;
  programmes?: Array<Programme> | null | undefined;
  /** EQUAL rounds. */
  rounds?: Array<number> | null | undefined;
  /** These partnerships, by slug. */
  slugs?: Array<string> | null | undefined;
  statuses?: Array<PartnershipStatus> | null | undefined;
  /** Full-text search over every narrative field, as in `search(query:)`. */
  text?: string | null | undefined;
  /** Theme, as THEME concepts (by default with their narrower themes). */
  theme?: ConceptMatch | null | undefined;
};

/** One key of the order of a list of partnerships. */
export type PartnershipOrder = {
  direction?: SortDirection;
  field: PartnershipSortField;
  /** For INDICATOR_VALUE: metric keys ("bury-est/starters"). Each partnership is sorted by the first of these metrics it reports, so comparable local metrics can be listed together (each partnership's own count of people reached). */
  metrics?: Array<string> | null | undefined;
};

/** What to sort partnerships by. */
export type PartnershipSortField =
  /** End date of EQUAL Action 2; partnerships without one last. */
  | 'ACTION_2_END_DATE'
  /** End date of EQUAL Action 3; partnerships without one last. */
  | 'ACTION_3_END_DATE'
  /** The last end date stated: Action 3, else Action 2 (the date `activeOn` compares with); none last. */
  | 'END_DATE'
  /** The partnership's latest reported figure of the metrics named in `metrics` (a total, not a breakdown item, context figure or target; the one with the latest period end or as-of date, then the last in source order); partnerships without one last. */
  | 'INDICATOR_VALUE'
  /** Name. */
  | 'NAME';

/** Whether a partnership is still running. */
export type PartnershipStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'UNKNOWN';

/** Level of a place in the hierarchy. */
export type PlaceKind =
  | 'AREA'
  | 'COUNTRY'
  | 'LOCAL_AUTHORITY'
  | 'NATION'
  | 'REGION'
  | 'SUB_REGION';

/** Places by key, with or without the places within them. */
export type PlaceMatch = {
  /** Also match places within them ("wales" takes in Powys and Conwy). */
  includeDescendants?: boolean;
  /** Place keys ("wales"); any of them matches. */
  keys: Array<string>;
};

/** A partnership's list of groups it works with. */
export type PopulationList =
  | 'BENEFICIARY_CATEGORIES'
  | 'TARGET_GROUPS';

/** Partnerships whose target groups or beneficiary categories map to these population concepts. */
export type PopulationMatch = {
  /** Concept codes ("disability"); any of them matches. */
  concepts: Array<string>;
  /** Which lists to look in (both by default). */
  in?: Array<PopulationList>;
  /** Also match the narrower concepts ("disability" takes in "physical-disability"). */
  includeNarrower?: boolean;
};

/** Funding programme a partnership ran under. */
export type Programme =
  | 'EQUAL'
  | 'ESF'
  | 'OTHER';

/** Ascending or descending; missing values always come last. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

export type DashboardPartnershipsQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  orderBy?: Array<PartnershipOrder> | PartnershipOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  lang: unknown;
}>;


export type DashboardPartnershipsQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { slug: string, name: string, programme: Programme, round: number | null, status: PartnershipStatus, action2EndDate: string | null, action3EndDate: string | null, places: Array<{ key: string, name: string, welshName: string | null }>, themeConcept: { code: string, prefLabel: string } | null } }> }, partnershipCounts: { total: number, byPlace: Array<{ count: number, place: { key: string, name: string, welshName: string | null } }>, byProgramme: Array<{ programme: Programme, count: number, concept: { prefLabel: string } | null }>, byTheme: Array<{ count: number, theme: { code: string, prefLabel: string } | null }> }, places: { edges: Array<{ node: { key: string, name: string, welshName: string | null, kind: PlaceKind } }> }, concepts: { edges: Array<{ node: { code: string, scheme: ConceptScheme, prefLabel: string, broader: { code: string } | null } }> } };


export const DashboardPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"action2EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"action3EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themeConcept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnershipCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"concept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"concepts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"broader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPartnershipsQuery, DashboardPartnershipsQueryVariables>;
import { getNamedType, isCompositeType, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * The cost model of a query (graphql-query-complexity estimator), roughly "values the hub must
 * load and send":
 * - every field costs 1, plus what is selected under it;
 * - a list multiplies what is selected under it by its length: a connection by its page size
 *   (`first` / `last`, DEFAULT_PAGE_SIZE when absent, at most MAX_PAGE_SIZE), `nodes(ids:)` by the
 *   number of IDs, any other list by ASSUMED_LIST_LENGTH; nested lists multiply;
 * - a connection costs 2 of its own (its page query and its count query): `edges` does not
 *   multiply again, and `totalCount` and `pageInfo` are in those 2;
 * - FIELD_COSTS names fields dearer than 1; `__typename` is free; a whole introspection query
 *   costs a fixed amount (graphql's MaxIntrospectionDepthRule bounds its shape).
 */
export const ASSUMED_LIST_LENGTH = 10;

export const FIELD_COSTS: Readonly<Record<string, number>> = {
  // A whole source document's text: its own query and tens of kilobytes.
  'SourceDocument.text': 10,
  // Full-text search ranks and highlights every matching passage of a page (ts_headline).
  'Query.search': 10,
  // Dashboard aggregates: a GROUP BY over every selected partnership each.
  'Query.innovationMatrix': 10,
  'Query.populationCoverage': 10,
  'PartnershipCounts.total': 5,
  'PartnershipCounts.byPlace': 5,
  'PartnershipCounts.byProgramme': 5,
  'PartnershipCounts.byTheme': 5,
  'PartnershipCounts.byRound': 5,
  __schema: 100,
  __type: 10,
};

/** Fields whose cost the connection that holds them already counts. */
function includedInConnection(typeName: string, fieldName: string): boolean {
  return typeName === 'PageInfo' || (typeName.endsWith('Connection') && (fieldName === 'totalCount' || fieldName === 'pageInfo'));
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function pageSize(args: Record<string, unknown>): number {
  const requested = (args.first ?? args.last) as number | null | undefined;
  if (requested == null) return DEFAULT_PAGE_SIZE;
  // Out-of-range sizes are refused by paginate() with BAD_USER_INPUT; here they only must not
  // make the estimate negative or larger than what can be served.
  return Math.min(Math.max(requested, 0), MAX_PAGE_SIZE);
}

export function hubCostEstimator({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const fieldName = field.name;
  if (fieldName === '__typename') return 0;
  if (fieldName.startsWith('__')) return FIELD_COSTS[fieldName] ?? 1;
  if (includedInConnection(type.name, fieldName)) return 0;
  const own = FIELD_COSTS[`${type.name}.${fieldName}`] ?? 1;
  const named = getNamedType(field.type);
  if (named.name.endsWith('Connection') && field.args.some((a) => a.name === 'first')) {
    return 2 + pageSize(args) * childComplexity;
  }
  if (type.name.endsWith('Connection') && fieldName === 'edges') return own + childComplexity;
  if (isList(field.type) && isCompositeType(named)) {
    // nodes(ids:) refuses more than 100 IDs itself (BAD_USER_INPUT), so the estimate stops there too.
    const length = type.name === 'Query' && fieldName === 'nodes' && Array.isArray(args.ids) ? Math.min(args.ids.length, MAX_PAGE_SIZE) : ASSUMED_LIST_LENGTH;
    return own + length * childComplexity;
  }
  return own + childComplexity;
}

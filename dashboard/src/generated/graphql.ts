/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ComparisonCellStatus =
  | 'DERIVED'
  | 'NOT_REPORTED'
  | 'REPORTED'
  | 'SUPPRESSED';

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

export type IndicatorKind =
  | 'DERIVED'
  | 'OUTCOME'
  | 'OUTPUT'
  | 'RESULT';

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

/** Unit of a figure. */
export type MeasurementUnit =
  | 'COUNT'
  | 'DURATION'
  | 'MONEY'
  | 'PERCENT';

/** What a figure describes. */
export type ObservationScope =
  | 'CONTEXT'
  | 'PARTNERSHIP'
  | 'PROJECT';

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

/** A partnership field with its own provenance. */
export type PartnershipField =
  | 'ACTION_2_END_DATE'
  | 'ACTION_3_END_DATE'
  | 'AIMS'
  | 'BACKGROUND'
  | 'DESCRIPTION'
  | 'DEVELOPMENT_PARTNERSHIP'
  | 'INTENDED_IMPACT'
  | 'NAME'
  | 'ORIGINS'
  | 'PLACES'
  | 'PROGRAMME'
  | 'ROUND'
  | 'ROUND_ONE_HISTORY'
  | 'STATUS'
  | 'THEME';

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

/** What kind of project or initiative. */
export type ProjectKind =
  | 'FORUM'
  | 'NETWORK'
  | 'OTHER'
  | 'PANEL'
  | 'PILOT'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'SECONDMENT'
  | 'SERVICE'
  | 'SOCIAL_ENTERPRISE'
  | 'TOOLKIT';

/** Kind of report. */
export type ReportKind =
  | 'EVALUATION'
  | 'OTHER'
  | 'PROGRESS_REPORT';

/** The field of a record a search hit was found in. */
export type SearchField =
  | 'AIMS'
  | 'BACKGROUND'
  | 'CAPTION'
  | 'DESCRIPTION'
  | 'DIFFERENCE'
  | 'INTENDED_IMPACT'
  | 'LABEL'
  | 'NAME'
  | 'NARRATIVE'
  | 'NOTE'
  | 'ORIGINS'
  | 'ROUND_ONE_HISTORY'
  | 'SUBJECT'
  | 'SUMMARY'
  | 'TEXT'
  | 'THEME'
  | 'TITLE'
  | 'WHAT_CHANGED';

/** Kind of record a search hit is. */
export type SearchRecordType =
  | 'ACHIEVEMENT'
  | 'ACTIVITY'
  | 'BENEFICIARY_CATEGORY'
  | 'ILLUSTRATION'
  | 'INDICATOR_OBSERVATION'
  | 'INNOVATION'
  | 'MEMBERSHIP'
  | 'OBJECTIVE'
  | 'PARTNERSHIP'
  | 'PROGRESS_NOTE'
  | 'PROJECT'
  | 'REPORT'
  | 'TARGET_GROUP'
  | 'TESTIMONIAL'
  | 'TRANSNATIONAL_EVENT';

/** Ascending or descending; missing values always come last. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Why a figure is withheld (statistical disclosure control). */
export type SuppressionReason =
  | 'DERIVED_FROM_SUPPRESSED'
  | 'SMALL_COUNTS';

/** How exactly the source states a figure. */
export type ValueQualifier =
  | 'ALMOST'
  | 'APPROXIMATELY'
  | 'AT_LEAST'
  | 'EXACT';

export type DashboardInnovationMatrixQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
}>;


export type DashboardInnovationMatrixQuery = { innovationMatrix: { total: number, cells: Array<{ dimension: InnovationDimension, level: InnovationLevel, count: number, partnershipCount: number, innovations: Array<{ id: string, description: string, partnership: { slug: string, name: string } }> }> }, places: { edges: Array<{ node: { key: string, name: string, welshName: string | null } }> } };

export type DashboardPopulationCoverageQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  lang: unknown;
}>;


export type DashboardPopulationCoverageQuery = { populationCoverage: Array<{ partnershipCount: number, concept: { code: string, prefLabel: string, broader: { code: string } | null }, partnerships: Array<{ slug: string, name: string }> }>, places: { edges: Array<{ node: { key: string, name: string, welshName: string | null } }> } };

export type DashboardComparisonQueryVariables = Exact<{
  indicators: Array<string> | string;
  partnerships?: Array<string> | string | null | undefined;
  lang: unknown;
  seriesPartnership: string;
  seriesMetric: string;
}>;


export type DashboardComparisonQuery = { indicators: Array<{ code: string, label: string, unit: MeasurementUnit, kind: IndicatorKind }>, comparison: { indicators: Array<{ code: string, label: string, unit: MeasurementUnit }>, rows: Array<{ partnership: { slug: string, name: string }, cells: Array<{ status: ComparisonCellStatus, value: number | null, unit: MeasurementUnit, qualifier: ValueQualifier | null, reason: string | null, suppressionReason: SuppressionReason | null, indicator: { code: string }, observation: { statedAs: string | null, period: { label: string } | null, comparator: { value: number | null, statedAs: string | null, subject: string | null, area: { name: string, welshName: string | null } | null } | null, source: { section: string | null, quote: string, document: { title: string } } } | null }> }> }, series: { changeUnit: string, partnership: { name: string }, metric: { key: string, label: string, unit: MeasurementUnit }, points: Array<{ value: number | null, change: number | null, suppressionReason: SuppressionReason | null, observation: { statedAs: string | null, period: { label: string } | null } }>, benchmarks: Array<{ value: number | null, statedAs: string | null, subject: string | null, area: { name: string, welshName: string | null } | null }> }, metrics: { edges: Array<{ node: { key: string, label: string, definedBy: { slug: string, name: string } | null } }> } };

export type DashboardSourceFragment = { section: string | null, quote: string, document: { title: string } };

export type DashboardFigureFragment = { id: string, key: string, value: number | null, unit: MeasurementUnit, qualifier: ValueQualifier, statedAs: string | null, subject: string | null, suppressed: boolean, suppressionReason: SuppressionReason | null, currency: string | null, asOf: string | null, scope: ObservationScope, breakdownCategory: string | null, breakdownDimension: string | null, metric: { key: string, label: string }, period: { label: string } | null, project: { name: string } | null, concepts: Array<{ code: string, prefLabel: string }>, comparator: { value: number | null, statedAs: string | null, subject: string | null, metric: { label: string } } | null, source: { section: string | null, quote: string, document: { title: string } } };

export type DashboardPartnershipQueryVariables = Exact<{
  slug: string;
  lang: unknown;
}>;


export type DashboardPartnershipQuery = { partnership: { slug: string, name: string, acronym: string | null, developmentPartnership: string | null, programme: Programme, round: number | null, status: PartnershipStatus, theme: string | null, action2EndDate: string | null, action3EndDate: string | null, description: string | null, background: string | null, aims: string | null, origins: string | null, roundOneHistory: string | null, intendedImpact: string | null, programmeConcept: { prefLabel: string } | null, themeConcept: { prefLabel: string } | null, places: Array<{ key: string, name: string, welshName: string | null }>, source: { section: string | null, quote: string, document: { title: string } }, fieldSources: Array<{ field: PartnershipField, source: { section: string | null, quote: string, document: { title: string } } }>, objectives: Array<{ id: string, label: string | null, text: string, source: { section: string | null, quote: string, document: { title: string } } }>, activities: Array<{ id: string, label: string | null, text: string, source: { section: string | null, quote: string, document: { title: string } } }>, targetGroups: Array<{ id: string, label: string, note: string | null, concepts: Array<{ code: string, prefLabel: string }>, source: { section: string | null, quote: string, document: { title: string } } }>, beneficiaryCategories: Array<{ id: string, label: string, note: string | null, concepts: Array<{ code: string, prefLabel: string }>, source: { section: string | null, quote: string, document: { title: string } } }>, memberships: Array<{ id: string, role: OrganisationRole, description: string | null, organisation: { name: string }, source: { section: string | null, quote: string, document: { title: string } } }>, projects: Array<{ id: string, name: string, kind: ProjectKind, summary: string | null, background: string | null, whatChanged: string | null, difference: string | null, partners: Array<{ id: string, role: OrganisationRole, organisation: { name: string } }>, source: { section: string | null, quote: string, document: { title: string } } }>, achievements: Array<{ id: string, title: string, narrative: string, source: { section: string | null, quote: string, document: { title: string } } }>, testimonials: Array<{ id: string, text: string, speaker: string | null, source: { section: string | null, quote: string, document: { title: string } } }>, innovations: Array<{ id: string, dimension: InnovationDimension, level: InnovationLevel, description: string, source: { section: string | null, quote: string, document: { title: string } } }>, reports: Array<{ id: string, title: string, kind: ReportKind, description: string | null, period: { label: string } | null, progressNotes: Array<{ id: string, section: string, text: string, source: { section: string | null, quote: string, document: { title: string } } }>, source: { section: string | null, quote: string, document: { title: string } } }>, transnationalPartnerships: Array<{ id: string, name: string, description: string | null, source: { section: string | null, quote: string, document: { title: string } } }>, illustrations: Array<{ id: string, caption: string, source: { section: string | null, quote: string, document: { title: string } } }>, observations: Array<{ id: string, key: string, value: number | null, unit: MeasurementUnit, qualifier: ValueQualifier, statedAs: string | null, subject: string | null, suppressed: boolean, suppressionReason: SuppressionReason | null, currency: string | null, asOf: string | null, scope: ObservationScope, breakdownCategory: string | null, breakdownDimension: string | null, breakdown: Array<{ id: string, key: string, value: number | null, unit: MeasurementUnit, qualifier: ValueQualifier, statedAs: string | null, subject: string | null, suppressed: boolean, suppressionReason: SuppressionReason | null, currency: string | null, asOf: string | null, scope: ObservationScope, breakdownCategory: string | null, breakdownDimension: string | null, metric: { key: string, label: string }, period: { label: string } | null, project: { name: string } | null, concepts: Array<{ code: string, prefLabel: string }>, comparator: { value: number | null, statedAs: string | null, subject: string | null, metric: { label: string } } | null, source: { section: string | null, quote: string, document: { title: string } } }>, metric: { key: string, label: string }, period: { label: string } | null, project: { name: string } | null, concepts: Array<{ code: string, prefLabel: string }>, comparator: { value: number | null, statedAs: string | null, subject: string | null, metric: { label: string } } | null, source: { section: string | null, quote: string, document: { title: string } } }> } | null };

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

export type DashboardSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardSearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { rank: number, recordType: SearchRecordType, field: SearchField, snippetParts: Array<{ text: string, highlighted: boolean }>, partnership: { slug: string, name: string }, record:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , source: { section: string | null, quote: string, document: { title: string } } | null } }> } };

export const DashboardSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DashboardSourceFragment, unknown>;
export const DashboardFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownCategory"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownDimension"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concepts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"comparator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DashboardFigureFragment, unknown>;
export const DashboardInnovationMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardInnovationMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipCount"}},{"kind":"Field","name":{"kind":"Name","value":"innovations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardInnovationMatrixQuery, DashboardInnovationMatrixQueryVariables>;
export const DashboardPopulationCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPopulationCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"populationCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipCount"}},{"kind":"Field","name":{"kind":"Name","value":"concept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"broader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPopulationCoverageQuery, DashboardPopulationCoverageQueryVariables>;
export const DashboardComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerships"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seriesPartnership"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seriesMetric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerships"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerships"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnership"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seriesPartnership"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seriesMetric"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUnit"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"definedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardComparisonQuery, DashboardComparisonQueryVariables>;
export const DashboardPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"developmentPartnership"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"action2EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"action3EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"programmeConcept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"themeConcept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"roundOneHistory"}},{"kind":"Field","name":{"kind":"Name","value":"intendedImpact"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"concepts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"concepts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"whatChanged"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"innovations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transnationalPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"illustrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownCategory"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownDimension"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concepts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"comparator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSource"}}]}}]}}]} as unknown as DocumentNode<DashboardPartnershipQuery, DashboardPartnershipQueryVariables>;
export const DashboardPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"action2EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"action3EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themeConcept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnershipCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"concept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"welshName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"concepts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"prefLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"broader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPartnershipsQuery, DashboardPartnershipsQueryVariables>;
export const DashboardSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippetParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSearchQuery, DashboardSearchQueryVariables>;
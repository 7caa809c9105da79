/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** An achievement a partnership reports. */
export type Achievement = Node & PartnershipRecord & Sourced & {
  __typename?: 'Achievement';
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  narrative: Scalars['String']['output'];
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  project: Maybe<Project>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  title: Scalars['String']['output'];
};

/** Something a partnership does, in its words. */
export type Activity = Node & PartnershipRecord & Sourced & {
  __typename?: 'Activity';
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  label: Maybe<Scalars['String']['output']>;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  project: Maybe<Project>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  text: Scalars['String']['output'];
};

/** A category a partnership reports its beneficiaries in, in its own wording ("Drug and alcohol misusers"). */
export type BeneficiaryCategory = Node & PartnershipRecord & Sourced & {
  __typename?: 'BeneficiaryCategory';
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** The partnership's wording, kept as written. */
  label: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** A named contact of a partnership. Personal data: fields marked so are visible only to those entitled. */
export type ContactPerson = Node & PartnershipRecord & Sourced & {
  __typename?: 'ContactPerson';
  /** Personal data. */
  email: Maybe<Scalars['EmailAddress']['output']>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Personal data. */
  jobTitle: Maybe<Scalars['String']['output']>;
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** Personal data. */
  name: Scalars['String']['output'];
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  organisation: Maybe<Organisation>;
  partnership: Partnership;
  /** Personal data. */
  phone: Maybe<Scalars['String']['output']>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** An image on a profile page, known by its caption (the images were not received). */
export type Illustration = Node & PartnershipRecord & Sourced & {
  __typename?: 'Illustration';
  caption: Scalars['String']['output'];
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  section: Maybe<Scalars['String']['output']>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** One figure exactly as a source states it. Never corrected: where two figures disagree, both are here. A breakdown item is an observation whose `total` is the figure it breaks down. */
export type IndicatorObservation = Node & PartnershipRecord & Sourced & {
  __typename?: 'IndicatorObservation';
  /** The place a context figure is about ("Welsh average": Wales). */
  area: Maybe<Place>;
  /** Date a cumulative figure was true. */
  asOf: Maybe<Scalars['LocalDate']['output']>;
  /** The parts of this figure, in source order ("Learning Disability 20 / Mental Health 27 ..."). */
  breakdown: Array<IndicatorObservation>;
  /** The group as the source names it ("Learning Disability", "LD"); set on breakdown items. */
  breakdownCategory: Maybe<Scalars['String']['output']>;
  /** What the breakdown splits by ("beneficiary group"); set on breakdown items. */
  breakdownDimension: Maybe<Scalars['String']['output']>;
  /** The benchmark the source compares this figure with. */
  comparator: Maybe<IndicatorObservation>;
  /** Figures the source compares with this one (when this is a benchmark). */
  comparedWith: Array<IndicatorObservation>;
  /** ISO 4217 currency of a MONEY value. */
  currency: Maybe<Scalars['String']['output']>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  metric: Metric;
  nature: ObservationNature;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  period: Maybe<Period>;
  project: Maybe<Project>;
  /** How exactly the source states it ("over 300" is AT_LEAST). */
  qualifier: ValueQualifier;
  scope: ObservationScope;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  /** The figure exactly as written ("over 300", "59", "£8.4 billion"). */
  statedAs: Scalars['String']['output'];
  /** What was counted, in the source's words. */
  subject: Maybe<Scalars['String']['output']>;
  /** The total this figure is one part of. */
  total: Maybe<IndicatorObservation>;
  unit: MeasurementUnit;
  value: Scalars['Float']['output'];
};

/** One point of a partnership's innovation scatter plot (dimension x level) and what it is about. */
export type Innovation = Node & PartnershipRecord & Sourced & {
  __typename?: 'Innovation';
  description: Scalars['String']['output'];
  dimension: InnovationDimension;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  level: InnovationLevel;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  project: Maybe<Project>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

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

/** Unit of a figure. */
export type MeasurementUnit =
  | 'COUNT'
  | 'DURATION'
  | 'MONEY'
  | 'PERCENT';

/** An organisation's role in a partnership. */
export type Membership = Node & PartnershipRecord & Sourced & {
  __typename?: 'Membership';
  /** The source's own words for the link. */
  description: Maybe<Scalars['String']['output']>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  organisation: Organisation;
  partnership: Partnership;
  role: OrganisationRole;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** A measured thing as one partnership defines it ("Number of Starters"). */
export type Metric = Node & {
  __typename?: 'Metric';
  /** The partnership whose source defines it. */
  definedBy: Maybe<Partnership>;
  description: Maybe<Scalars['String']['output']>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable code ("bury-est/starters"). */
  key: Scalars['String']['output'];
  /** The source's wording. */
  label: Scalars['String']['output'];
  /** Every figure of this metric, breakdown items included. */
  observations: Array<IndicatorObservation>;
  unit: MeasurementUnit;
};

/** An object with a global ID, fetchable with `node(id:)`. */
export type Node = {
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
};

/** One of a partnership's objectives, in its words. */
export type Objective = Node & PartnershipRecord & Sourced & {
  __typename?: 'Objective';
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** Numbering as in the source ("Objective 1"). */
  label: Maybe<Scalars['String']['output']>;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  /** What progress reports say was done towards this objective. */
  progressNotes: Array<ProgressNote>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  text: Scalars['String']['output'];
};

/** Reported result, target or forecast. */
export type ObservationNature =
  | 'FORECAST'
  | 'REPORTED'
  | 'TARGET';

/** What a figure describes. */
export type ObservationScope =
  | 'CONTEXT'
  | 'PARTNERSHIP'
  | 'PROJECT';

/** An organisation named in a source, shared by every partnership that names it. */
export type Organisation = Node & Sourced & {
  __typename?: 'Organisation';
  acronym: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key ("british-waterways"). */
  key: Scalars['String']['output'];
  /** Its roles in partnerships. */
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** Partnerships it has a role in. */
  partnerships: Array<Partnership>;
  place: Maybe<Place>;
  /** Its parts in projects. */
  projectRoles: Array<ProjectPartner>;
  sector: Maybe<OrganisationSector>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list (all pages), after filters. */
  totalCount: Scalars['Int']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Opaque; pass to `after` or `before`. */
  cursor: Scalars['String']['output'];
  node: Organisation;
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

/** Sector an organisation belongs to. */
export type OrganisationSector =
  | 'FUNDER'
  | 'OTHER'
  | 'PRIVATE'
  | 'PUBLIC_BODY'
  | 'STATUTORY'
  | 'VOLUNTARY';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A development partnership (or comparable local programme) and everything its sources state. */
export type Partnership = Node & Sourced & {
  __typename?: 'Partnership';
  achievements: Array<Achievement>;
  acronym: Maybe<Scalars['String']['output']>;
  /** End date of EQUAL Action 2. */
  action2EndDate: Maybe<Scalars['LocalDate']['output']>;
  /** End date of EQUAL Action 3. */
  action3EndDate: Maybe<Scalars['LocalDate']['output']>;
  activities: Array<Activity>;
  aims: Maybe<Scalars['String']['output']>;
  background: Maybe<Scalars['String']['output']>;
  beneficiaryCategories: Array<BeneficiaryCategory>;
  contacts: Array<ContactPerson>;
  description: Maybe<Scalars['String']['output']>;
  /** The wider Development Partnership this one reports within. */
  developmentPartnership: Maybe<Scalars['String']['output']>;
  /** Where each narrative or dated field was read. */
  fieldSources: Array<PartnershipFieldSource>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  illustrations: Array<Illustration>;
  /** Its innovation scatter plot. */
  innovations: Array<Innovation>;
  /** Intended impact and sustainability. */
  intendedImpact: Maybe<Scalars['String']['output']>;
  /** The organisation with the LEAD role. */
  leadOrganisation: Maybe<Organisation>;
  /** Organisations and their roles (lead, partner, funder ...). */
  memberships: Array<Membership>;
  /** Metrics its sources define. */
  metrics: Array<Metric>;
  name: Scalars['String']['output'];
  objectives: Array<Objective>;
  /** Its figures (totals; each breakdown hangs under its total), in source order. */
  observations: Array<IndicatorObservation>;
  /** Organisations with any role, each once. */
  organisations: Array<Organisation>;
  origins: Maybe<Scalars['String']['output']>;
  /** Places it works in. */
  places: Array<Place>;
  programme: Programme;
  /** Progress notes of all its reports. */
  progressNotes: Array<ProgressNote>;
  projects: Array<Project>;
  reports: Array<Report>;
  /** EQUAL round (1 or 2), when the source states it. */
  round: Maybe<Scalars['Int']['output']>;
  /** What the source says about Round 1 (to Round 2). */
  roundOneHistory: Maybe<Scalars['String']['output']>;
  /** URL-safe unique name, e.g. "powys-equals". */
  slug: Scalars['String']['output'];
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  status: PartnershipStatus;
  targetGroups: Array<TargetGroup>;
  testimonials: Array<Testimonial>;
  /** Theme as the source names it ("Social economy"). */
  theme: Maybe<Scalars['String']['output']>;
  transnationalPartnerships: Array<TransnationalPartnership>;
};

export type PartnershipConnection = {
  __typename?: 'PartnershipConnection';
  edges: Array<PartnershipEdge>;
  pageInfo: PageInfo;
  /** Number of items in the whole list (all pages), after filters. */
  totalCount: Scalars['Int']['output'];
};

export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  /** Opaque; pass to `after` or `before`. */
  cursor: Scalars['String']['output'];
  node: Partnership;
};

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

/** Provenance of one partnership field. */
export type PartnershipFieldSource = {
  __typename?: 'PartnershipFieldSource';
  field: PartnershipField;
  source: SourcePassage;
};

/** A record stated by one partnership, listed in its source order. */
export type PartnershipRecord = {
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** Whether a partnership is still running. */
export type PartnershipStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'UNKNOWN';

/** A period as the source states it, with dates where the wording pins them. */
export type Period = {
  __typename?: 'Period';
  end: Maybe<Scalars['LocalDate']['output']>;
  /** As stated: "2012/13", "By the end of the financial year 2003-4". */
  label: Scalars['String']['output'];
  start: Maybe<Scalars['LocalDate']['output']>;
};

/** A country, nation, region or local authority, in a hierarchy. */
export type Place = Node & {
  __typename?: 'Place';
  children: Array<Place>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key ("powys"). */
  key: Scalars['String']['output'];
  kind: PlaceKind;
  name: Scalars['String']['output'];
  /** NUTS 2016 code, where the place is a NUTS region. */
  nutsCode: Maybe<Scalars['String']['output']>;
  parent: Maybe<Place>;
  /** Partnerships working in this place (not in places within it). */
  partnerships: Array<Partnership>;
  /** Name in Welsh. */
  welshName: Maybe<Scalars['String']['output']>;
};

/** Level of a place in the hierarchy. */
export type PlaceKind =
  | 'AREA'
  | 'COUNTRY'
  | 'LOCAL_AUTHORITY'
  | 'NATION'
  | 'REGION'
  | 'SUB_REGION';

/** Funding programme a partnership ran under. */
export type Programme =
  | 'EQUAL'
  | 'ESF'
  | 'OTHER';

/** What a report says was done, under one of its sections and often towards one objective. */
export type ProgressNote = Node & PartnershipRecord & Sourced & {
  __typename?: 'ProgressNote';
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** The objective the note reports progress towards. */
  objective: Maybe<Objective>;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  report: Report;
  /** The report section it stands under ("Equal Opportunities"). */
  section: Scalars['String']['output'];
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  text: Scalars['String']['output'];
};

/** A project, initiative or social enterprise run by or linked to a partnership. */
export type Project = Node & PartnershipRecord & Sourced & {
  __typename?: 'Project';
  achievements: Array<Achievement>;
  activities: Array<Activity>;
  background: Maybe<Scalars['String']['output']>;
  /** What difference it made. */
  difference: Maybe<Scalars['String']['output']>;
  establishedOn: Maybe<Scalars['LocalDate']['output']>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  innovations: Array<Innovation>;
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  kind: ProjectKind;
  name: Scalars['String']['output'];
  /** Figures about this project (totals; breakdowns under each). */
  observations: Array<IndicatorObservation>;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  /** Organisations taking part, with their roles. */
  partners: Array<ProjectPartner>;
  partnership: Partnership;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  summary: Maybe<Scalars['String']['output']>;
  testimonials: Array<Testimonial>;
  /** What changed ("What's changed?"). */
  whatChanged: Maybe<Scalars['String']['output']>;
};

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

/** An organisation's part in a project. */
export type ProjectPartner = Node & Sourced & {
  __typename?: 'ProjectPartner';
  /** The source's own words for the link. */
  description: Maybe<Scalars['String']['output']>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  ordinal: Scalars['Int']['output'];
  organisation: Organisation;
  project: Project;
  role: OrganisationRole;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

export type Query = {
  __typename?: 'Query';
  metric: Maybe<Metric>;
  /** Every metric partnerships report, by key. */
  metrics: Array<Metric>;
  /** Any record by its global ID; null when there is none. */
  node: Maybe<Node>;
  /** Records by global ID, in the order asked (at most 100). */
  nodes: Array<Maybe<Node>>;
  organisation: Maybe<Organisation>;
  /** Every organisation, by name. */
  organisations: OrganisationConnection;
  /** A partnership by its slug ("bury-est"). */
  partnership: Maybe<Partnership>;
  /** Every partnership, by name. */
  partnerships: PartnershipConnection;
  place: Maybe<Place>;
  /** Every place, ordered by its position in the hierarchy. */
  places: Array<Place>;
  sourceDocument: Maybe<SourceDocument>;
  /** Every source document, by key. */
  sourceDocuments: Array<SourceDocument>;
  transnationalPartnership: Maybe<TransnationalPartnership>;
  /** Every transnational partnership, by name. */
  transnationalPartnerships: Array<TransnationalPartnership>;
};


export type QueryMetricArgs = {
  key: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganisationArgs = {
  key: Scalars['String']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnershipArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlaceArgs = {
  key: Scalars['String']['input'];
};


export type QuerySourceDocumentArgs = {
  key: Scalars['String']['input'];
};


export type QueryTransnationalPartnershipArgs = {
  key: Scalars['String']['input'];
};

/** A report a partnership wrote. */
export type Report = Node & PartnershipRecord & Sourced & {
  __typename?: 'Report';
  description: Maybe<Scalars['String']['output']>;
  /** The document holding the report. */
  document: SourceDocument;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  kind: ReportKind;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  period: Maybe<Period>;
  progressNotes: Array<ProgressNote>;
  /** Who the report was submitted to. */
  recipient: Maybe<Organisation>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  title: Scalars['String']['output'];
};

/** Kind of report. */
export type ReportKind =
  | 'EVALUATION'
  | 'OTHER'
  | 'PROGRESS_REPORT';

/** A document the hub's facts were read from. */
export type SourceDocument = Node & {
  __typename?: 'SourceDocument';
  description: Maybe<Scalars['String']['output']>;
  /** File name as received. */
  fileName: Scalars['String']['output'];
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key of the document in the interchange files. */
  key: Scalars['String']['output'];
  kind: SourceDocumentKind;
  /** ISO 639-1 language code of the text. */
  language: Scalars['String']['output'];
  /** Passages of this document that records cite. */
  passages: Array<SourcePassage>;
  /** The period the document covers, as it states it. */
  periodLabel: Maybe<Scalars['String']['output']>;
  publishedOn: Maybe<Scalars['LocalDate']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the full text. */
  sha256: Scalars['String']['output'];
  /** The full text of the document. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['URL']['output']>;
};

/** Kind of source document. */
export type SourceDocumentKind =
  | 'OTHER'
  | 'PROFILE_PAGE'
  | 'PROGRESS_REPORT'
  | 'SUMMARY'
  | 'WEB_PAGE';

/** A passage of a source document that records cite. */
export type SourcePassage = Node & {
  __typename?: 'SourcePassage';
  document: SourceDocument;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** The passage verbatim (whitespace aside). */
  quote: Scalars['String']['output'];
  /** Heading path in the document ("Achievements > Moving away from grant dependency"). */
  section: Maybe<Scalars['String']['output']>;
};

/** A record read from a source document, with the passage it came from. */
export type Sourced = {
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** A group a partnership targets, in its own wording ("Substance abusers"). */
export type TargetGroup = Node & PartnershipRecord & Sourced & {
  __typename?: 'TargetGroup';
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** The partnership's wording, kept as written. */
  label: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** A quote from a service user. Who said it and who referred them are personal data. */
export type Testimonial = Node & PartnershipRecord & Sourced & {
  __typename?: 'Testimonial';
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** Stable key within the partnership (from the interchange file). */
  key: Scalars['String']['output'];
  /** Position in the source, from 0. */
  ordinal: Scalars['Int']['output'];
  partnership: Partnership;
  project: Maybe<Project>;
  /** Personal data: who referred the person ("the Supporting Children team"). */
  referredBy: Maybe<Scalars['String']['output']>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  /** Personal data: who said it, as described ("a single father"). */
  speaker: Maybe<Scalars['String']['output']>;
  /** The quote, without its quotation marks. */
  text: Scalars['String']['output'];
};

/** A meeting or seminar of a transnational partnership. */
export type TransnationalEvent = Node & Sourced & {
  __typename?: 'TransnationalEvent';
  /** The partnership whose source states this event. */
  declaredBy: Partnership;
  description: Maybe<Scalars['String']['output']>;
  /** The host as the source names it. */
  hostName: Maybe<Scalars['String']['output']>;
  /** The host, when it is a partnership in the hub. */
  hostPartnership: Maybe<Partnership>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  kind: TransnationalEventKind;
  /** Latest date it can have happened, when only that is known. */
  occurredBy: Maybe<Scalars['LocalDate']['output']>;
  occurredOn: Maybe<Scalars['LocalDate']['output']>;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  title: Scalars['String']['output'];
  transnationalPartnership: TransnationalPartnership;
};

/** Kind of transnational event. */
export type TransnationalEventKind =
  | 'OTHER'
  | 'SEMINAR'
  | 'TECHNICAL_MEETING'
  | 'VISIT';

/** A member of a transnational partnership: a partnership in the hub, an organisation, or a member named only in words. */
export type TransnationalMember = Node & Sourced & {
  __typename?: 'TransnationalMember';
  /** The partnership whose source states this membership. */
  declaredBy: Partnership;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  /** The member as named in words ("European partners"). */
  name: Maybe<Scalars['String']['output']>;
  ordinal: Scalars['Int']['output'];
  /** The member, when it is an organisation. */
  organisation: Maybe<Organisation>;
  /** The member, when it is a partnership in the hub. */
  partnership: Maybe<Partnership>;
  role: OrganisationRole;
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
  transnationalPartnership: TransnationalPartnership;
};

/** A partnership of development partnerships across EU member states (FUTURO). */
export type TransnationalPartnership = Node & Sourced & {
  __typename?: 'TransnationalPartnership';
  description: Maybe<Scalars['String']['output']>;
  events: Array<TransnationalEvent>;
  /** Global ID: opaque, stable across re-imports of the same record. */
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  members: Array<TransnationalMember>;
  name: Scalars['String']['output'];
  /** Provenance: the document, section and verbatim passage this record came from. */
  source: SourcePassage;
};

/** How exactly the source states a figure. */
export type ValueQualifier =
  | 'ALMOST'
  | 'APPROXIMATELY'
  | 'AT_LEAST'
  | 'EXACT';

/** One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string. */
export type __EnumValue = {
  __typename?: '__EnumValue';
  name: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason: Maybe<Scalars['String']['output']>;
};

/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __Field = {
  __typename?: '__Field';
  name: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  args: Array<__InputValue>;
  type: __Type;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason: Maybe<Scalars['String']['output']>;
};


/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __FieldArgsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value. */
export type __InputValue = {
  __typename?: '__InputValue';
  name: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  type: __Type;
  /** A GraphQL-formatted string representing the default value for this input value. */
  defaultValue: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason: Maybe<Scalars['String']['output']>;
};

/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __Type = {
  __typename?: '__Type';
  kind: __TypeKind;
  name: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  specifiedByURL: Maybe<Scalars['String']['output']>;
  fields: Maybe<Array<__Field>>;
  interfaces: Maybe<Array<__Type>>;
  possibleTypes: Maybe<Array<__Type>>;
  enumValues: Maybe<Array<__EnumValue>>;
  inputFields: Maybe<Array<__InputValue>>;
  ofType: Maybe<__Type>;
  isOneOf: Maybe<Scalars['Boolean']['output']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeEnumValuesArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeInputFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

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

/** Unit of a figure. */
export type MeasurementUnit =
  | 'COUNT'
  | 'DURATION'
  | 'MONEY'
  | 'PERCENT';

/** Reported result, target or forecast. */
export type ObservationNature =
  | 'FORECAST'
  | 'REPORTED'
  | 'TARGET';

/** What a figure describes. */
export type ObservationScope =
  | 'CONTEXT'
  | 'PARTNERSHIP'
  | 'PROJECT';

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

/** Sector an organisation belongs to. */
export type OrganisationSector =
  | 'FUNDER'
  | 'OTHER'
  | 'PRIVATE'
  | 'PUBLIC_BODY'
  | 'STATUTORY'
  | 'VOLUNTARY';

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

/** Kind of transnational event. */
export type TransnationalEventKind =
  | 'OTHER'
  | 'SEMINAR'
  | 'TECHNICAL_MEETING'
  | 'VISIT';

/** How exactly the source states a figure. */
export type ValueQualifier =
  | 'ALMOST'
  | 'APPROXIMATELY'
  | 'AT_LEAST'
  | 'EXACT';

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Achievement', id: string, source: { quote: string } }
    | { __typename: 'Activity', id: string, source: { quote: string } }
    | { __typename: 'BeneficiaryCategory', id: string, source: { quote: string } }
    | { __typename: 'ContactPerson', id: string, source: { quote: string } }
    | { __typename: 'Illustration', id: string, source: { quote: string } }
    | { __typename: 'IndicatorObservation', statedAs: string, id: string, source: { quote: string } }
    | { __typename: 'Innovation', id: string, source: { quote: string } }
    | { __typename: 'Membership', id: string, source: { quote: string } }
    | { __typename: 'Metric', id: string }
    | { __typename: 'Objective', text: string, id: string, source: { quote: string } }
    | { __typename: 'Organisation', id: string, source: { quote: string } }
    | { __typename: 'Partnership', slug: string, id: string, source: { quote: string } }
    | { __typename: 'Place', id: string }
    | { __typename: 'ProgressNote', id: string, source: { quote: string } }
    | { __typename: 'Project', id: string, source: { quote: string } }
    | { __typename: 'ProjectPartner', id: string, source: { quote: string } }
    | { __typename: 'Report', id: string, source: { quote: string } }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'SourcePassage', id: string }
    | { __typename: 'TargetGroup', id: string, source: { quote: string } }
    | { __typename: 'Testimonial', id: string, source: { quote: string } }
    | { __typename: 'TransnationalEvent', id: string, source: { quote: string } }
    | { __typename: 'TransnationalMember', id: string, source: { quote: string } }
    | { __typename: 'TransnationalPartnership', id: string, source: { quote: string } }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Achievement', id: string }
    | { __typename: 'Activity', id: string }
    | { __typename: 'BeneficiaryCategory', id: string }
    | { __typename: 'ContactPerson', id: string }
    | { __typename: 'Illustration', id: string }
    | { __typename: 'IndicatorObservation', id: string }
    | { __typename: 'Innovation', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Metric', id: string }
    | { __typename: 'Objective', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'ProgressNote', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectPartner', id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'SourceDocument', id: string }
    | { __typename: 'SourcePassage', id: string }
    | { __typename: 'TargetGroup', id: string }
    | { __typename: 'Testimonial', id: string }
    | { __typename: 'TransnationalEvent', id: string }
    | { __typename: 'TransnationalMember', id: string }
    | { __typename: 'TransnationalPartnership', id: string }
   | null> };

type Ref_Achievement_Fragment = { __typename: 'Achievement', id: string };

type Ref_Activity_Fragment = { __typename: 'Activity', id: string };

type Ref_BeneficiaryCategory_Fragment = { __typename: 'BeneficiaryCategory', id: string };

type Ref_ContactPerson_Fragment = { __typename: 'ContactPerson', id: string };

type Ref_Illustration_Fragment = { __typename: 'Illustration', id: string };

type Ref_IndicatorObservation_Fragment = { __typename: 'IndicatorObservation', id: string };

type Ref_Innovation_Fragment = { __typename: 'Innovation', id: string };

type Ref_Membership_Fragment = { __typename: 'Membership', id: string };

type Ref_Metric_Fragment = { __typename: 'Metric', id: string };

type Ref_Objective_Fragment = { __typename: 'Objective', id: string };

type Ref_Organisation_Fragment = { __typename: 'Organisation', id: string };

type Ref_Partnership_Fragment = { __typename: 'Partnership', id: string };

type Ref_Place_Fragment = { __typename: 'Place', id: string };

type Ref_ProgressNote_Fragment = { __typename: 'ProgressNote', id: string };

type Ref_Project_Fragment = { __typename: 'Project', id: string };

type Ref_ProjectPartner_Fragment = { __typename: 'ProjectPartner', id: string };

type Ref_Report_Fragment = { __typename: 'Report', id: string };

type Ref_SourceDocument_Fragment = { __typename: 'SourceDocument', id: string };

type Ref_SourcePassage_Fragment = { __typename: 'SourcePassage', id: string };

type Ref_TargetGroup_Fragment = { __typename: 'TargetGroup', id: string };

type Ref_Testimonial_Fragment = { __typename: 'Testimonial', id: string };

type Ref_TransnationalEvent_Fragment = { __typename: 'TransnationalEvent', id: string };

type Ref_TransnationalMember_Fragment = { __typename: 'TransnationalMember', id: string };

type Ref_TransnationalPartnership_Fragment = { __typename: 'TransnationalPartnership', id: string };

export type RefFragment =
  | Ref_Achievement_Fragment
  | Ref_Activity_Fragment
  | Ref_BeneficiaryCategory_Fragment
  | Ref_ContactPerson_Fragment
  | Ref_Illustration_Fragment
  | Ref_IndicatorObservation_Fragment
  | Ref_Innovation_Fragment
  | Ref_Membership_Fragment
  | Ref_Metric_Fragment
  | Ref_Objective_Fragment
  | Ref_Organisation_Fragment
  | Ref_Partnership_Fragment
  | Ref_Place_Fragment
  | Ref_ProgressNote_Fragment
  | Ref_Project_Fragment
  | Ref_ProjectPartner_Fragment
  | Ref_Report_Fragment
  | Ref_SourceDocument_Fragment
  | Ref_SourcePassage_Fragment
  | Ref_TargetGroup_Fragment
  | Ref_Testimonial_Fragment
  | Ref_TransnationalEvent_Fragment
  | Ref_TransnationalMember_Fragment
  | Ref_TransnationalPartnership_Fragment
;

export type EveryNodeTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type EveryNodeTypeQuery = { places: Array<{ __typename: 'Place', id: string }>, metrics: Array<{ __typename: 'Metric', id: string, observations: Array<{ __typename: 'IndicatorObservation', id: string }> }>, sourceDocuments: Array<{ __typename: 'SourceDocument', id: string, passages: Array<{ __typename: 'SourcePassage', id: string }> }>, transnationalPartnerships: Array<{ __typename: 'TransnationalPartnership', id: string, members: Array<{ __typename: 'TransnationalMember', id: string }>, events: Array<{ __typename: 'TransnationalEvent', id: string }> }>, organisations: { edges: Array<{ node: { __typename: 'Organisation', id: string, memberships: Array<{ __typename: 'Membership', id: string }>, projectRoles: Array<{ __typename: 'ProjectPartner', id: string }> } }> }, partnerships: { edges: Array<{ node: { __typename: 'Partnership', id: string, contacts: Array<{ __typename: 'ContactPerson', id: string }>, objectives: Array<{ __typename: 'Objective', id: string }>, activities: Array<{ __typename: 'Activity', id: string }>, targetGroups: Array<{ __typename: 'TargetGroup', id: string }>, beneficiaryCategories: Array<{ __typename: 'BeneficiaryCategory', id: string }>, projects: Array<{ __typename: 'Project', id: string }>, achievements: Array<{ __typename: 'Achievement', id: string }>, testimonials: Array<{ __typename: 'Testimonial', id: string }>, innovations: Array<{ __typename: 'Innovation', id: string }>, reports: Array<{ __typename: 'Report', id: string }>, progressNotes: Array<{ __typename: 'ProgressNote', id: string }>, illustrations: Array<{ __typename: 'Illustration', id: string }> } }> } };

export type NodeTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeTypesQuery = { __type: { possibleTypes: Array<{ name: string | null }> | null } | null };

export type PassageFragment = { section: string | null, quote: string, document: { key: string, fileName: string, title: string } };

export type FigureFragment = { id: string, key: string, value: number, unit: MeasurementUnit, currency: string | null, qualifier: ValueQualifier, statedAs: string, subject: string | null, scope: ObservationScope, nature: ObservationNature, asOf: string | null, breakdownDimension: string | null, breakdownCategory: string | null, period: { label: string, start: string | null, end: string | null } | null, metric: { key: string, label: string }, project: { name: string } | null, area: { key: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } };

export type PartnershipFactsQueryVariables = Exact<{
  slug: string;
}>;


export type PartnershipFactsQuery = { partnership: { id: string, slug: string, name: string, acronym: string | null, programme: Programme, round: number | null, theme: string | null, status: PartnershipStatus, developmentPartnership: string | null, description: string | null, background: string | null, aims: string | null, origins: string | null, intendedImpact: string | null, roundOneHistory: string | null, action2EndDate: string | null, action3EndDate: string | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } }, fieldSources: Array<{ field: PartnershipField, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, places: Array<{ key: string, name: string, kind: PlaceKind, parent: { key: string } | null }>, leadOrganisation: { key: string, name: string, sector: OrganisationSector | null } | null, memberships: Array<{ role: OrganisationRole, description: string | null, organisation: { key: string, name: string }, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, contacts: Array<{ name: string, organisation: { name: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, objectives: Array<{ ordinal: number, label: string | null, text: string, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, activities: Array<{ ordinal: number, text: string, project: { name: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, targetGroups: Array<{ label: string, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, beneficiaryCategories: Array<{ label: string, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, projects: Array<{ key: string, name: string, kind: ProjectKind, summary: string | null, background: string | null, whatChanged: string | null, difference: string | null, establishedOn: string | null, partners: Array<{ role: OrganisationRole, organisation: { name: string } }>, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, achievements: Array<{ title: string, narrative: string, project: { name: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, testimonials: Array<{ text: string, speaker: string | null, referredBy: string | null, project: { name: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, innovations: Array<{ dimension: InnovationDimension, level: InnovationLevel, description: string, project: { name: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, reports: Array<{ title: string, kind: ReportKind, description: string | null, period: { label: string, start: string | null, end: string | null } | null, recipient: { name: string } | null, document: { key: string }, progressNotes: Array<{ section: string, text: string, objective: { label: string | null } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }> }>, transnationalPartnerships: Array<{ name: string, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } }, members: Array<{ name: string | null, partnership: { slug: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, events: Array<{ title: string, kind: TransnationalEventKind, hostName: string | null, occurredBy: string | null, hostPartnership: { slug: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }> }>, illustrations: Array<{ caption: string, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, observations: Array<{ id: string, key: string, value: number, unit: MeasurementUnit, currency: string | null, qualifier: ValueQualifier, statedAs: string, subject: string | null, scope: ObservationScope, nature: ObservationNature, asOf: string | null, breakdownDimension: string | null, breakdownCategory: string | null, breakdown: Array<{ id: string, key: string, value: number, unit: MeasurementUnit, currency: string | null, qualifier: ValueQualifier, statedAs: string, subject: string | null, scope: ObservationScope, nature: ObservationNature, asOf: string | null, breakdownDimension: string | null, breakdownCategory: string | null, period: { label: string, start: string | null, end: string | null } | null, metric: { key: string, label: string }, project: { name: string } | null, area: { key: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }>, comparator: { id: string, key: string, value: number, unit: MeasurementUnit, currency: string | null, qualifier: ValueQualifier, statedAs: string, subject: string | null, scope: ObservationScope, nature: ObservationNature, asOf: string | null, breakdownDimension: string | null, breakdownCategory: string | null, period: { label: string, start: string | null, end: string | null } | null, metric: { key: string, label: string }, project: { name: string } | null, area: { key: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } } | null, period: { label: string, start: string | null, end: string | null } | null, metric: { key: string, label: string }, project: { name: string } | null, area: { key: string } | null, source: { section: string | null, quote: string, document: { key: string, fileName: string, title: string } } }> } | null };

export type PartnershipPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PartnershipPageQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string } }> } };

export type PartnershipCountQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipCountQuery = { partnerships: { totalCount: number } };

export type NestedPartnershipsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NestedPartnershipsQuery = { partnerships: { edges: Array<{ node: { slug: string, places: Array<{ name: string, parent: { name: string } | null }>, leadOrganisation: { name: string } | null, organisations: Array<{ name: string, partnerships: Array<{ slug: string }> }>, objectives: Array<{ text: string, source: { quote: string, document: { title: string } } }>, targetGroups: Array<{ label: string, source: { section: string | null } }>, projects: Array<{ name: string, partners: Array<{ role: OrganisationRole, organisation: { name: string } }> }>, observations: Array<{ value: number, statedAs: string, metric: { label: string }, breakdown: Array<{ breakdownCategory: string | null, value: number }>, source: { quote: string } }> } }> } };

export const RefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ref"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<RefFragment, unknown>;
export const PassageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Passage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PassageFragment, unknown>;
export const FigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownDimension"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownCategory"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Passage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<FigureFragment, unknown>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sourced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statedAs"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const EveryNodeTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EveryNodeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transnationalPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"innovations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}},{"kind":"Field","name":{"kind":"Name","value":"illustrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ref"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ref"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<EveryNodeTypeQuery, EveryNodeTypeQueryVariables>;
export const NodeTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Node","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeTypesQuery, NodeTypesQueryVariables>;
export const PartnershipFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"developmentPartnership"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"origins"}},{"kind":"Field","name":{"kind":"Name","value":"intendedImpact"}},{"kind":"Field","name":{"kind":"Name","value":"roundOneHistory"}},{"kind":"Field","name":{"kind":"Name","value":"action2EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"action3EndDate"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"whatChanged"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"achievements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testimonials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"innovations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transnationalPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredBy"}},{"kind":"Field","name":{"kind":"Name","value":"hostPartnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"illustrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Passage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePassage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownDimension"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownCategory"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Passage"}}]}}]}}]} as unknown as DocumentNode<PartnershipFactsQuery, PartnershipFactsQueryVariables>;
export const PartnershipPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnershipPageQuery, PartnershipPageQueryVariables>;
export const PartnershipCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PartnershipCountQuery, PartnershipCountQueryVariables>;
export const NestedPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdownCategory"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedPartnershipsQuery, NestedPartnershipsQueryVariables>;
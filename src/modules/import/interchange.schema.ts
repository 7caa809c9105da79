import { z } from 'zod';
import { OrganisationRole, OrganisationSector } from '../organisation/organisation.enum';
import { PartnershipField, PartnershipStatus, Programme } from '../partnership/partnership.enum';
import { PlaceKind } from '../place/place.enum';
import { ProjectKind } from '../project/project.enum';
import { InnovationDimension, InnovationLevel } from '../innovation/innovation.enum';
import {
  CountOf,
  MeasurementUnit,
  ObservationNature,
  ObservationStatus,
  ObservationScope,
  ValueQualifier,
} from '../observation/observation.enum';
import { SourceDocumentKind } from '../source/source.enum';
import { ReportKind } from '../report/report.enum';
import { TransnationalEventKind } from '../transnational/transnational.enum';
import { ConceptScheme } from '../taxonomy/concept.enum';
import { SharingLevel } from '../../access/roles';

/**
 * The partnership interchange format, version 1.
 *
 * One JSON file per partnership holds every fact from its source documents. The seed loads
 * data/partnerships/*.json through the same importer a partnership's own upload will use, so
 * this schema is the contract: docs/interchange-format.md describes it for people and
 * schema/interchange.schema.json (generated from this file) for tools.
 *
 * Every record carries a `key` that is stable across imports (re-importing updates the record
 * in place, so its GraphQL ID does not change) and a `source`: the document, section and the
 * verbatim passage it was read from.
 */

/** Stable identifier of a record inside its kind: lowercase words joined by '-' (or '.' / '/'). */
export const Key = z
  .string()
  .regex(/^[a-z0-9]+(?:[-./][a-z0-9]+)*$/, 'keys are lowercase letters and digits joined by - . or /')
  .max(120);

const Text = z.string().trim().min(1).max(20_000);
const ShortText = z.string().trim().min(1).max(500);
const LocalDate = z.iso.date();
/** Who may see a record; defaults to the partnership's level, and may not be wider than it. */
const Sharing = z.enum(SharingLevel).optional();

export const SourceRef = z
  .object({
    document: Key.describe('key of a document listed in `documents`'),
    section: ShortText.optional().describe('heading path in the document, e.g. "Achievements > Moving away from grant dependency"'),
    quote: Text.describe('the passage exactly as it stands in the document (whitespace may differ)'),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;

export const DocumentSpec = z
  .object({
    key: Key,
    fileName: ShortText.describe('file under data/sources holding the full text'),
    title: ShortText,
    kind: z.enum(SourceDocumentKind),
    description: Text.optional(),
    publisher: ShortText.optional(),
    language: z.string().regex(/^[a-z]{2}$/).default('en'),
    publishedOn: LocalDate.optional(),
    periodLabel: ShortText.optional().describe('the period the document covers, as it states it'),
    url: z.url().optional(),
    textSharing: z.enum(SharingLevel).default(SharingLevel.PUBLIC).describe('who may read the full text and its passages'),
  })
  .strict();

export const PlaceSpec = z
  .object({
    key: Key,
    name: ShortText,
    kind: z.enum(PlaceKind),
    parent: Key.optional(),
    nutsCode: z.string().regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/).optional(),
    welshName: ShortText.optional(),
  })
  .strict();

/** ISO 639-1: "en", "cy" (Welsh), "fr" ... */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 language code: two lowercase letters');

export const ConceptSpec = z
  .object({
    code: Key.describe('stable code, unique across schemes: "ex-offenders", "social-economy"'),
    scheme: z.enum(ConceptScheme),
    broader: Key.optional().describe('code of the broader concept (same scheme)'),
    prefLabel: z
      .record(LanguageCode, ShortText)
      .refine((labels) => 'en' in labels, 'needs an English ("en") label')
      .describe('preferred label per language: { "en": "Care leavers", "cy": "Gadawyr gofal" }'),
    altLabels: z
      .record(LanguageCode, z.array(ShortText))
      .default({})
      .describe('alternative labels (synonyms, wordings partnerships use) per language'),
    definition: z.record(LanguageCode, Text).optional().describe('definition per language'),
  })
  .strict();
export type ConceptSpec = z.infer<typeof ConceptSpec>;

export const OrganisationSpec = z
  .object({
    key: Key,
    name: ShortText,
    acronym: ShortText.optional(),
    sector: z.enum(OrganisationSector).optional(),
    description: Text.optional(),
    place: Key.optional(),
    source: SourceRef,
  })
  .strict();

const PeriodSpec = z
  .object({
    label: ShortText.describe('as the source states it: "2012/13", "financial year 2003-4"'),
    start: LocalDate.optional(),
    end: LocalDate.optional(),
  })
  .strict();

const OrganisationLink = z
  .object({
    organisation: Key,
    sharing: Sharing,
    role: z.enum(OrganisationRole),
    description: Text.optional().describe("the source's own words for the link"),
    source: SourceRef,
  })
  .strict();

export const PartnershipSpec = z
  .object({
    slug: Key,
    name: ShortText,
    acronym: ShortText.optional(),
    programme: z.enum(Programme),
    round: z.number().int().min(1).max(9).optional(),
    theme: ShortText.optional(),
    themeConcept: Key.optional().describe(
      'code of the THEME concept the theme stands for; when left out, a THEME concept whose label (any language) equals `theme` is used',
    ),
    status: z.enum(PartnershipStatus).default(PartnershipStatus.UNKNOWN),
    sharing: z
      .enum(SharingLevel)
      .optional()
      .describe('who may see the partnership, and the default for its records; absent: as stored (PUBLIC for a new partnership)'),
    developmentPartnership: ShortText.optional().describe('the wider Development Partnership this one reports within'),
    places: z.array(Key).default([]),
    description: Text.optional(),
    background: Text.optional(),
    aims: Text.optional(),
    origins: Text.optional(),
    intendedImpact: Text.optional(),
    roundOneHistory: Text.optional(),
    action2EndDate: LocalDate.optional(),
    action3EndDate: LocalDate.optional(),
    source: SourceRef.describe('where the partnership is named'),
    fieldSources: z
      .partialRecord(z.enum(PartnershipField), SourceRef)
      .default({})
      .describe('provenance of each narrative or dated field'),
  })
  .strict();

const ContactSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    name: ShortText,
    organisation: Key.optional(),
    jobTitle: ShortText.optional(),
    email: z.email().optional(),
    phone: ShortText.optional(),
    source: SourceRef,
  })
  .strict();

const OrderedTextSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    label: ShortText.optional().describe('numbering as in the source, e.g. "Objective 1"'),
    text: Text,
    source: SourceRef,
  })
  .strict();

const ActivitySpec = OrderedTextSpec.extend({ project: Key.optional() }).strict();

const PopulationGroupSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    label: ShortText.describe("the partnership's own wording, kept as written"),
    note: Text.optional(),
    concepts: z
      .array(Key)
      .default([])
      .describe('codes of the POPULATION concepts this wording stands for ("Substance abusers": ["substance-misuse"])'),
    source: SourceRef,
  })
  .strict();

const ProjectSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    name: ShortText,
    kind: z.enum(ProjectKind),
    summary: Text.optional(),
    background: Text.optional(),
    whatChanged: Text.optional(),
    difference: Text.optional().describe('what difference it made'),
    establishedOn: LocalDate.optional(),
    partners: z.array(OrganisationLink).default([]),
    source: SourceRef,
  })
  .strict();

const AchievementSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    title: ShortText,
    narrative: Text,
    project: Key.optional(),
    source: SourceRef,
  })
  .strict();

const TestimonialSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    text: Text,
    speaker: ShortText.optional().describe('who said it, as described: "a single father"'),
    referredBy: ShortText.optional().describe('who referred the person: "the Supporting Children team"'),
    project: Key.optional(),
    source: SourceRef,
  })
  .strict();

const InnovationSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    dimension: z.enum(InnovationDimension),
    level: z.enum(InnovationLevel),
    description: Text,
    project: Key.optional(),
    source: SourceRef,
  })
  .strict();

const ReportSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    title: ShortText,
    kind: z.enum(ReportKind),
    document: Key,
    period: PeriodSpec.optional(),
    recipient: Key.optional().describe('organisation the report was submitted to'),
    description: Text.optional(),
    source: SourceRef,
  })
  .strict();

const ProgressNoteSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    report: Key,
    section: ShortText,
    objective: Key.optional(),
    text: Text,
    source: SourceRef,
  })
  .strict();

const TransnationalMemberSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    partnership: Key.optional().describe('slug of a partnership in the hub'),
    organisation: Key.optional(),
    name: ShortText.optional().describe('member named only in words'),
    role: z.enum(OrganisationRole).default(OrganisationRole.MEMBER),
    source: SourceRef,
  })
  .strict()
  .refine((m) => m.partnership || m.organisation || m.name, 'a member needs a partnership, an organisation or a name');

const TransnationalEventSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    title: ShortText,
    kind: z.enum(TransnationalEventKind),
    hostPartnership: Key.optional(),
    hostName: ShortText.optional(),
    occurredOn: LocalDate.optional(),
    occurredBy: LocalDate.optional().describe('latest date it can have happened, when only that is known'),
    description: Text.optional(),
    source: SourceRef,
  })
  .strict();

const TransnationalPartnershipSpec = z
  .object({
    key: Key,
    name: ShortText,
    description: Text.optional(),
    members: z.array(TransnationalMemberSpec).default([]),
    events: z.array(TransnationalEventSpec).default([]),
    source: SourceRef,
  })
  .strict();

const IllustrationSpec = z
  .object({
    key: Key,
    sharing: Sharing,
    caption: ShortText.describe('the image text as it stands in the page'),
    section: ShortText.optional(),
    source: SourceRef,
  })
  .strict();

const MetricSpec = z
  .object({
    key: Key,
    label: ShortText.describe('the source wording: "Number of Starters"'),
    unit: z.enum(MeasurementUnit),
    countOf: z
      .enum(CountOf)
      .optional()
      .describe('for COUNT metrics: PEOPLE (the default: small counts of people are protected), ORGANISATIONS or OTHER (teams, courses ...)'),
    description: Text.optional(),
  })
  .strict();

const ObservationFields = {
  key: Key,
  sharing: Sharing,
  value: z.number().finite(),
  qualifier: z.enum(ValueQualifier).default(ValueQualifier.EXACT),
  status: z
    .enum(ObservationStatus)
    .default(ObservationStatus.NORMAL)
    .describe('NORMAL (the default) unless the source calls the figure estimated, provisional, a forecast or a revision of an earlier one'),
  statedAs: ShortText.describe('the figure exactly as written: "over 300", "47", "£8.4 billion"'),
  concepts: z
    .array(Key)
    .default([])
    .describe('codes of the POPULATION concepts the figure counts ("Physical Disability": ["physical-disability"])'),
  sumsTo: Key.optional().describe(
    'key of a figure (a total or a breakdown item) this one adds up to with the other figures naming it, besides any breakdown of its own: ' +
      'completers + on-going + early leavers = starters; the disability groups of a breakdown = "54 ... have a disability"; ' +
      'a figure naming another as its only part states the same number twice ("5 retention cases" = Retention 5)',
  ),
  source: SourceRef,
};

const BreakdownItemSpec = z
  .object({
    ...ObservationFields,
    category: ShortText.describe('the group as the source names it: "Learning Disability", "LD"'),
  })
  .strict();

const ObservationSpec = z
  .object({
    ...ObservationFields,
    metric: Key,
    subject: ShortText.optional().describe('what was counted, in the source words'),
    scope: z.enum(ObservationScope).default(ObservationScope.PARTNERSHIP),
    nature: z.enum(ObservationNature).default(ObservationNature.REPORTED),
    project: Key.optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    period: PeriodSpec.optional(),
    asOf: LocalDate.optional(),
    area: Key.optional().describe('place the figure is about, for context figures ("Welsh average")'),
    comparator: Key.optional().describe('key of another observation this one is compared against'),
    breakdownDimension: ShortText.optional(),
    breakdown: z.array(BreakdownItemSpec).default([]),
  })
  .strict();

export const PartnershipFile = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    documents: z.array(DocumentSpec).min(1),
    organisations: z.array(OrganisationSpec).default([]),
    partnership: PartnershipSpec,
    memberships: z.array(OrganisationLink).default([]),
    contacts: z.array(ContactSpec).default([]),
    objectives: z.array(OrderedTextSpec).default([]),
    activities: z.array(ActivitySpec).default([]),
    targetGroups: z.array(PopulationGroupSpec).default([]),
    beneficiaryCategories: z.array(PopulationGroupSpec).default([]),
    projects: z.array(ProjectSpec).default([]),
    achievements: z.array(AchievementSpec).default([]),
    testimonials: z.array(TestimonialSpec).default([]),
    innovations: z.array(InnovationSpec).default([]),
    reports: z.array(ReportSpec).default([]),
    progressNotes: z.array(ProgressNoteSpec).default([]),
    transnationalPartnerships: z.array(TransnationalPartnershipSpec).default([]),
    illustrations: z.array(IllustrationSpec).default([]),
    metrics: z.array(MetricSpec).default([]),
    observations: z.array(ObservationSpec).default([]),
  })
  .strict();
export type PartnershipFile = z.infer<typeof PartnershipFile>;

/** Shared reference data (places, taxonomy concepts), loaded before the partnership files. */
export const ReferenceFile = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    places: z.array(PlaceSpec).default([]),
    concepts: z.array(ConceptSpec).default([]),
  })
  .strict();
export type ReferenceFile = z.infer<typeof ReferenceFile>;

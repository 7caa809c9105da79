import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { EntityClass, EntityData, Loaded, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { Achievement } from '../achievement/achievement.entity';
import { Activity } from '../activity/activity.entity';
import { ContactPerson } from '../contact/contact-person.entity';
import { Illustration } from '../illustration/illustration.entity';
import { Innovation } from '../innovation/innovation.entity';
import { Metric } from '../metric/metric.entity';
import { Objective } from '../objective/objective.entity';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import { CountOf, MeasurementUnit, ObservationNature, ObservationScope, ObservationStatus } from '../observation/observation.enum';
import { Membership } from '../organisation/membership.entity';
import { Organisation } from '../organisation/organisation.entity';
import { PartnershipFieldSource } from '../partnership/partnership-field-source.entity';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipField } from '../partnership/partnership.enum';
import { PartnershipPlace } from '../place/partnership-place.entity';
import { Place } from '../place/place.entity';
import { ProgressNote } from '../progress-note/progress-note.entity';
import { ProjectPartner } from '../project/project-partner.entity';
import { Project } from '../project/project.entity';
import { Report } from '../report/report.entity';
import { SourceDocument } from '../source/source-document.entity';
import { SourcePassage } from '../source/source-passage.entity';
import { BeneficiaryCategory, TargetGroup } from '../target-group/target-group.entity';
import { Testimonial } from '../testimonial/testimonial.entity';
import { TransnationalEvent } from '../transnational/transnational-event.entity';
import { TransnationalMember } from '../transnational/transnational-member.entity';
import { TransnationalPartnership } from '../transnational/transnational-partnership.entity';
import { SearchIndexService } from '../search/search-index.service';
import { refreshDerivedData } from '../derived/derived-data.service';
import { AccessDerivation } from '../../access/derivation';
import { Concept, ConceptLabel } from '../taxonomy/concept.entity';
import { ConceptScheme, LabelKind } from '../taxonomy/concept.enum';
import { BeneficiaryCategoryConcept, IndicatorObservationConcept, TargetGroupConcept } from '../taxonomy/population-mapping.entity';
import { DatasetImport } from './dataset-import.entity';
import { importIndicatorCatalogue } from '../indicator/indicator.service';
import { AuditAction } from '../audit/audit.enum';
import { AuditService } from '../audit/audit.service';
import { mostRestrictive, SharingLevel } from '../../access/roles';
import { Caller } from '../../access/caller';
import type { DataSet } from './data-files';
import type { PartnershipFile, ReferenceFile, SourceRef } from './interchange.schema';
import { normaliseText } from './interchange.validate';

export interface ImportResult {
  file: string;
  partnership: string;
  /** True when the file was unchanged since its last import and nothing was written. */
  skipped: boolean;
  counts: Record<string, number>;
}

/** A new entity whose remaining fields the caller assigns before the flush. */
function draft<E extends object>(em: EntityManager, entity: EntityClass<E>, data: EntityData<E>): E {
  return em.create(entity, data as RequiredEntityData<E>, { partial: true });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Optional values are written as NULL, so a fact removed from the file is removed from the row. */
const orNull = <T>(value: T | undefined): T => (value ?? null) as T;

/**
 * Loads interchange files into the database: documents, passages, places, organisations and one
 * partnership with everything it states. Records are matched by their stable key and updated in
 * place (their IDs, and so their GraphQL IDs, survive re-imports); records no longer in the file
 * are removed. Each file imports in one transaction: a file that fails changes nothing.
 */
export class ImportService {
  /** `actor` is named in the audit log: the seed, a CLI user, or (later) an editor's upload. */
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Caller = Caller.system('seed'),
  ) {}

  /**
   * Places and taxonomy concepts, before any partnership refers to them. Upserted by key or code;
   * entries a reference file no longer lists are kept (partnerships may still point to them).
   */
  async importReference(reference: ReferenceFile): Promise<void> {
    await this.em.transactional(async (em) => {
      await importConcepts(em, reference.concepts);
      const existing = new Map(
        (await em.find(Place, { key: { $in: reference.places.map((p) => p.key) } })).map((p) => [p.key, p]),
      );
      const specs = new Map(reference.places.map((p) => [p.key, p]));
      const pathOf = (key: string, seen = new Set<string>()): string => {
        if (seen.has(key)) throw new Error(`place hierarchy has a cycle at "${key}"`);
        seen.add(key);
        const parent = specs.get(key)?.parent;
        return parent ? `${pathOf(parent, seen)}/${key}` : key;
      };
      for (const spec of reference.places) {
        const place = existing.get(spec.key) ?? draft(em, Place, { key: spec.key });
        existing.set(spec.key, place);
        Object.assign(place, {
          name: spec.name,
          kind: spec.kind,
          nutsCode: orNull(spec.nutsCode),
          welshName: orNull(spec.welshName),
          path: pathOf(spec.key),
        });
      }
      for (const spec of reference.places) {
        existing.get(spec.key)!.parent = spec.parent ? ref(existing.get(spec.parent)!) : orNull(undefined);
      }
    });
  }

  /** Imports every partnership file of a data set; unchanged files are skipped unless `force`. */
  async importDataSet(data: DataSet, options: { force?: boolean } = {}): Promise<ImportResult[]> {
    await this.importReference(data.reference);
    const results: ImportResult[] = [];
    for (const { name, file, raw } of data.partnerships) {
      results.push(await this.importPartnership(name, file, raw, data.documentTexts, options));
    }
    await importIndicatorCatalogue(this.em, data.indicators);
    // Unchanged files are skipped; what is derived from them still follows a newer definition.
    await new AccessDerivation(this.em).refreshStale();
    await new SearchIndexService(this.em).refreshStale();
    return results;
  }

  async importPartnership(
    fileName: string,
    file: PartnershipFile,
    raw: string,
    documentTexts: ReadonlyMap<string, string>,
    options: { force?: boolean } = {},
  ): Promise<ImportResult> {
    const contentSha256 = sha256(raw);
    return this.em.transactional(async (em) => {
      const previous = await em.findOne(DatasetImport, { fileName });
      if (!options.force && previous?.contentSha256 === contentSha256 && previous.partnershipSlug === file.partnership.slug) {
        return { file: fileName, partnership: file.partnership.slug, skipped: true, counts: previous.counts };
      }
      const { counts, changed } = await new PartnershipFileImport(em, file, documentTexts).run();
      // An import that changed nothing (a forced re-import of the same facts) is not a write.
      if (changed) {
        new AuditService(em, this.actor).record({
          action: AuditAction.DATASET_IMPORTED,
          targetType: 'Partnership',
          targetId: file.partnership.slug,
          changes: { file: fileName, sha256: { before: previous?.contentSha256 ?? null, after: contentSha256 }, counts },
        });
      }
      const log = previous ?? draft(em, DatasetImport, { fileName });
      Object.assign(log, { partnershipSlug: file.partnership.slug, contentSha256 });
      // jsonb hands keys back in its own order; only a real difference is a change.
      if (!isDeepStrictEqual(log.counts, counts)) log.counts = counts;
      return { file: fileName, partnership: file.partnership.slug, skipped: false, counts };
    });
  }
}

/** Concepts with their broader links, paths and labels per language. */
async function importConcepts(em: EntityManager, specs: ReferenceFile['concepts']): Promise<void> {
  if (!specs.length) return;
  const existing = new Map((await em.find(Concept, { code: { $in: specs.map((c) => c.code) } })).map((c) => [c.code, c]));
  const byCode = new Map(specs.map((c) => [c.code, c]));
  const pathOf = (code: string, seen = new Set<string>()): string => {
    if (seen.has(code)) throw new Error(`concept hierarchy has a cycle at "${code}"`);
    seen.add(code);
    const broader = byCode.get(code)?.broader;
    return broader ? `${pathOf(broader, seen)}/${code}` : code;
  };
  const stored = [...existing.values()];
  const codeOf = new Map(stored.map((c) => [c.id, c.code]));
  const labels = new Map(
    (stored.length ? await em.find(ConceptLabel, { concept: { $in: stored } }) : []).map((l) => [
      `${codeOf.get(l.concept.id)}|${l.lang}|${l.kind}|${l.ordinal}`,
      l,
    ]),
  );
  specs.forEach((spec, ordinal) => {
    const concept = existing.get(spec.code) ?? draft(em, Concept, { code: spec.code });
    existing.set(spec.code, concept);
    Object.assign(concept, { scheme: spec.scheme, path: pathOf(spec.code), ordinal });
    const label = (lang: string, kind: LabelKind, i: number, value: string) => {
      const key = `${spec.code}|${lang}|${kind}|${i}`;
      const record = labels.get(key) ?? draft(em, ConceptLabel, { concept, lang, kind, ordinal: i });
      labels.delete(key);
      record.value = value;
    };
    for (const [lang, value] of Object.entries(spec.prefLabel)) label(lang, LabelKind.PREFERRED, 0, value);
    for (const [lang, values] of Object.entries(spec.altLabels)) values.forEach((v, i) => label(lang, LabelKind.ALTERNATIVE, i, v));
    for (const [lang, value] of Object.entries(spec.definition ?? {})) label(lang, LabelKind.DEFINITION, 0, value);
  });
  for (const spec of specs) {
    existing.get(spec.code)!.broader = spec.broader ? ref(existing.get(spec.broader)!) : orNull(undefined);
  }
  // Labels the file no longer states (of the concepts it lists) go.
  for (const gone of labels.values()) em.remove(gone);
}

type Keyed = { key: string };

/** The work of importing one file, inside its transaction. */
class PartnershipFileImport {
  private readonly documents = new Map<string, SourceDocument>();
  private readonly passages = new Map<string, SourcePassage>();
  private readonly organisations = new Map<string, Organisation>();
  private readonly places = new Map<string, Place>();
  private readonly concepts = new Map<string, Concept>();
  private readonly counts: Record<string, number> = {};
  private readonly passagesUsed = new Set<SourcePassage>();
  private partnership!: Partnership;

  constructor(
    private readonly em: EntityManager,
    private readonly file: PartnershipFile,
    private readonly documentTexts: ReadonlyMap<string, string>,
  ) {}

  /** Stages the file's content; `changed` tells whether anything differed from the database. */
  async run(): Promise<{ counts: Record<string, number>; changed: boolean }> {
    const f = this.file;
    await this.loadDocumentsAndPassages();
    await this.loadPlaces();
    await this.loadConcepts();
    await this.upsertOrganisations();
    await this.upsertPartnership();

    const byKey = <T extends Keyed>(items: T[]) => new Map(items.map((i) => [i.key, i]));

    await this.syncFieldSources();
    await this.syncPlaces();
    const projects = byKey(
      await this.sync(Project, f.projects, (e, s) =>
        Object.assign(e, {
          name: s.name,
          kind: s.kind,
          summary: orNull(s.summary),
          background: orNull(s.background),
          whatChanged: orNull(s.whatChanged),
          difference: orNull(s.difference),
          establishedOn: orNull(s.establishedOn),
        }),
      ),
    );
    const projectRef = (key?: string) => (key ? ref(projects.get(key)!) : orNull(undefined));
    await this.syncProjectPartners(projects);
    await this.sync(
      Membership,
      f.memberships.map((m) => ({ ...m, key: `${m.organisation}.${m.role.toLowerCase().replace(/_/g, '-')}` })),
      (e, s) => Object.assign(e, { organisation: ref(this.organisations.get(s.organisation)!), role: s.role, description: orNull(s.description) }),
    );
    await this.sync(ContactPerson, f.contacts, (e, s) =>
      Object.assign(e, {
        name: s.name,
        organisation: s.organisation ? ref(this.organisations.get(s.organisation)!) : orNull(undefined),
        jobTitle: orNull(s.jobTitle),
        email: orNull(s.email),
        phone: orNull(s.phone),
      }),
    );
    const objectives = byKey(
      await this.sync(Objective, f.objectives, (e, s) => Object.assign(e, { label: orNull(s.label), text: s.text })),
    );
    await this.sync(Activity, f.activities, (e, s) =>
      Object.assign(e, { label: orNull(s.label), text: s.text, project: projectRef(s.project) }),
    );
    const targetGroups = await this.sync(TargetGroup, f.targetGroups, (e, s) => Object.assign(e, { label: s.label, note: orNull(s.note) }));
    await this.syncConceptLinks(TargetGroupConcept, 'targetGroup', targetGroups, f.targetGroups);
    const beneficiaryCategories = await this.sync(BeneficiaryCategory, f.beneficiaryCategories, (e, s) =>
      Object.assign(e, { label: s.label, note: orNull(s.note) }),
    );
    await this.syncConceptLinks(BeneficiaryCategoryConcept, 'beneficiaryCategory', beneficiaryCategories, f.beneficiaryCategories);
    await this.sync(Achievement, f.achievements, (e, s) =>
      Object.assign(e, { title: s.title, narrative: s.narrative, project: projectRef(s.project) }),
    );
    await this.sync(Testimonial, f.testimonials, (e, s) =>
      Object.assign(e, {
        text: s.text,
        speaker: orNull(s.speaker),
        referredBy: orNull(s.referredBy),
        project: projectRef(s.project),
      }),
    );
    await this.sync(Innovation, f.innovations, (e, s) =>
      Object.assign(e, { dimension: s.dimension, level: s.level, description: s.description, project: projectRef(s.project) }),
    );
    const reports = byKey(
      await this.sync(Report, f.reports, (e, s) =>
        Object.assign(e, {
          title: s.title,
          kind: s.kind,
          document: ref(this.documents.get(s.document)!),
          periodLabel: orNull(s.period?.label),
          periodStart: orNull(s.period?.start),
          periodEnd: orNull(s.period?.end),
          recipient: s.recipient ? ref(this.organisations.get(s.recipient)!) : orNull(undefined),
          description: orNull(s.description),
        }),
      ),
    );
    await this.sync(ProgressNote, f.progressNotes, (e, s) =>
      Object.assign(e, {
        report: ref(reports.get(s.report)!),
        section: s.section,
        objective: s.objective ? ref(objectives.get(s.objective)!) : orNull(undefined),
        text: s.text,
        // A report's notes are never shared more widely than the report.
        sharing: mostRestrictive(e.sharing, reports.get(s.report)!.sharing),
      }),
    );
    await this.sync(Illustration, f.illustrations, (e, s) =>
      Object.assign(e, { caption: s.caption, section: orNull(s.section) }),
    );
    await this.syncTransnational();
    await this.syncObservations(projectRef);
    // Document -> owner -> partnership -> passage -> document is a cycle of foreign keys: the
    // owner is set once the rest is written, so the unit of work can order the inserts.
    let changed = this.pendingChanges();
    await this.em.flush();
    // A document that changes hands leaves its former owner's narratives to be derived again.
    const formerOwners = new Set<number>();
    for (const document of this.documents.values()) {
      const former = document.owner?.id;
      if (former !== undefined && former !== this.partnership.id) formerOwners.add(former);
      document.owner = ref(this.partnership);
    }
    changed = this.pendingChanges() || changed;
    this.count('passages', this.passagesUsed.size);

    // Who sees what and the search index are derived from the stored records: brought in step in
    // this transaction (rewritten only where they would change, so an unchanged file still writes nothing).
    await this.em.flush();
    await refreshDerivedData(this.em, [this.partnership.id, ...formerOwners]);
    return { counts: this.counts, changed };
  }

  private pendingChanges(): boolean {
    const uow = this.em.getUnitOfWork();
    uow.computeChangeSets();
    return uow.getChangeSets().length > 0;
  }

  private passageFingerprint(source: SourceRef): string {
    return sha256(`${source.section ?? ''}\n${normaliseText(source.quote)}`);
  }

  private async loadDocumentsAndPassages() {
    const specs = this.file.documents;
    const existing = await this.em.find(SourceDocument, { key: { $in: specs.map((d) => d.key) } });
    const byKey = new Map(existing.map((d) => [d.key, d]));
    for (const spec of specs) {
      const text = this.documentTexts.get(spec.fileName);
      if (text === undefined) throw new Error(`source file ${spec.fileName} is missing`);
      const hash = sha256(text);
      const doc = byKey.get(spec.key) ?? draft(this.em, SourceDocument, { key: spec.key });
      // `text` is lazy (reads never load it), so a stored document is compared by its hash.
      if (doc.sha256 !== hash) Object.assign(doc, { text, sha256: hash });
      Object.assign(doc, {
        fileName: spec.fileName,
        title: spec.title,
        kind: spec.kind,
        description: orNull(spec.description),
        publisher: orNull(spec.publisher),
        language: spec.language,
        publishedOn: orNull(spec.publishedOn),
        periodLabel: orNull(spec.periodLabel),
        url: orNull(spec.url),
        textSharing: spec.textSharing,
      });
      this.documents.set(spec.key, doc);
    }
    const keyOfDocument = new Map(existing.map((d) => [d.id, d.key]));
    const stored = existing.length ? await this.em.find(SourcePassage, { document: { $in: existing } }) : [];
    for (const passage of stored) {
      this.passages.set(`${keyOfDocument.get(passage.document.id)}:${passage.fingerprint}`, passage);
    }
    this.count('documents', specs.length);
  }

  /** The stored passage for a source reference, created on first use and shared after. */
  private passage(source: SourceRef): SourcePassage {
    const fingerprint = this.passageFingerprint(source);
    const cacheKey = `${source.document}:${fingerprint}`;
    let passage = this.passages.get(cacheKey);
    if (!passage) {
      passage = draft(this.em, SourcePassage, {
        document: this.documents.get(source.document)!,
        section: orNull(source.section),
        quote: source.quote,
        fingerprint,
      });
      this.passages.set(cacheKey, passage);
    }
    this.passagesUsed.add(passage);
    return passage;
  }

  private async loadPlaces() {
    const keys = new Set<string>([
      ...this.file.partnership.places,
      ...this.file.organisations.flatMap((o) => (o.place ? [o.place] : [])),
      ...this.file.observations.flatMap((o) => (o.area ? [o.area] : [])),
    ]);
    const found = await this.em.find(Place, { key: { $in: [...keys] } });
    for (const place of found) this.places.set(place.key, place);
    const missing = [...keys].filter((k) => !this.places.has(k));
    if (missing.length) throw new Error(`unknown place(s): ${missing.join(', ')}; import the reference data first`);
  }

  /** The concepts the file maps to, its theme's and its programme's. */
  private async loadConcepts() {
    const f = this.file;
    const codes = new Set<string>([
      ...f.targetGroups.flatMap((g) => g.concepts),
      ...f.beneficiaryCategories.flatMap((g) => g.concepts),
      ...f.observations.flatMap((o) => [...o.concepts, ...o.breakdown.flatMap((b) => b.concepts)]),
      ...(f.partnership.themeConcept ? [f.partnership.themeConcept] : []),
    ]);
    const found = codes.size ? await this.em.find(Concept, { code: { $in: [...codes] } }) : [];
    for (const concept of found) this.concepts.set(concept.code, concept);
    const missing = [...codes].filter((c) => !this.concepts.has(c));
    if (missing.length) throw new Error(`unknown concept(s): ${missing.join(', ')}; import the reference data first`);
  }

  /**
   * The THEME concept of the partnership's theme: the one the file names, else the one THEME
   * concept with a label (any language, any case) equal to the theme's wording, else none.
   */
  private async themeConcept(): Promise<Concept | undefined> {
    const { theme, themeConcept } = this.file.partnership;
    if (themeConcept) return this.concepts.get(themeConcept);
    if (!theme) return undefined;
    const labels = await this.em.find(
      ConceptLabel,
      { value: { $ilike: normaliseText(theme).replace(/[\\%_]/g, (c) => `\\${c}`) }, kind: { $ne: LabelKind.DEFINITION }, concept: { scheme: ConceptScheme.THEME } },
      { populate: ['concept'] },
    );
    const matches = new Set(labels.map((l) => l.concept.getEntity()));
    return matches.size === 1 ? [...matches][0] : undefined;
  }

  private async upsertOrganisations() {
    const specs = this.file.organisations;
    const existing = await this.em.find(Organisation, { key: { $in: specs.map((o) => o.key) } });
    const byKey = new Map(existing.map((o) => [o.key, o]));
    for (const spec of specs) {
      const org = byKey.get(spec.key) ?? draft(this.em, Organisation, { key: spec.key });
      Object.assign(org, {
        name: spec.name,
        acronym: orNull(spec.acronym),
        sector: orNull(spec.sector),
        description: orNull(spec.description),
        place: spec.place ? ref(this.places.get(spec.place)!) : orNull(undefined),
        source: ref(this.passage(spec.source)),
      });
      this.organisations.set(spec.key, org);
    }
    this.count('organisations', specs.length);
  }

  private async upsertPartnership() {
    const spec = this.file.partnership;
    const partnership =
      (await this.em.findOne(Partnership, { slug: spec.slug })) ??
      draft(this.em, Partnership, { slug: spec.slug });
    const themeConcept = await this.themeConcept();
    Object.assign(partnership, {
      name: spec.name,
      acronym: orNull(spec.acronym),
      programme: spec.programme,
      round: orNull(spec.round),
      theme: orNull(spec.theme),
      themeConcept: themeConcept ? ref(themeConcept) : orNull(undefined),
      status: spec.status,
      developmentPartnership: orNull(spec.developmentPartnership),
      description: orNull(spec.description),
      background: orNull(spec.background),
      aims: orNull(spec.aims),
      origins: orNull(spec.origins),
      intendedImpact: orNull(spec.intendedImpact),
      roundOneHistory: orNull(spec.roundOneHistory),
      action2EndDate: orNull(spec.action2EndDate),
      action3EndDate: orNull(spec.action3EndDate),
      // Not stated in the file: the level stays as set (with setSharing), PUBLIC for a new partnership.
      sharing: spec.sharing ?? partnership.sharing ?? SharingLevel.PUBLIC,
      source: ref(this.passage(spec.source)),
    });
    this.partnership = partnership;
    this.count('partnerships');
  }

  /**
   * Makes the partnership's records of one kind match the file: matched by key, updated in place,
   * created when new, removed when gone. Ordinal is the position in the file.
   */
  private async sync<
    E extends { key: string; ordinal: number; partnership: unknown; source: unknown; sharing: SharingLevel },
    S extends Keyed & { source: SourceRef; sharing?: SharingLevel },
  >(
    entity: EntityClass<E>,
    specs: S[],
    apply: (record: E, spec: S) => void,
  ): Promise<E[]> {
    const existing = this.partnership.id
      ? ((await this.em.find(entity, { partnership: this.partnership } as never)) as Loaded<E>[] as E[])
      : [];
    const byKey = new Map(existing.map((r) => [r.key, r]));
    const result = specs.map((spec, ordinal) => {
      const stored = byKey.get(spec.key);
      const record = stored ?? draft(this.em, entity, { key: spec.key } as unknown as EntityData<E>);
      byKey.delete(spec.key);
      Object.assign(record, {
        partnership: ref(this.partnership),
        ordinal,
        source: ref(this.passage(spec.source)),
        sharing: this.sharing(spec.sharing, stored?.sharing),
      });
      apply(record, spec);
      return record;
    });
    for (const gone of byKey.values()) this.em.remove(gone);
    this.count(entity.name, specs.length);
    return result;
  }

  /** Each population group's concepts, in the file's order; links the file no longer states go. */
  private async syncConceptLinks<L extends TargetGroupConcept | BeneficiaryCategoryConcept | IndicatorObservationConcept>(
    link: EntityClass<L>,
    groupRelation: 'targetGroup' | 'beneficiaryCategory' | 'observation',
    groups: Array<TargetGroup | BeneficiaryCategory | IndicatorObservation>,
    specs: Array<{ concepts: string[] }>,
  ) {
    type Link = { concept: { id: number }; ordinal: number } & Record<typeof groupRelation, { id: number }>;
    const existing = this.partnership.id ? ((await this.em.find(link, { partnership: this.partnership } as never)) as unknown as Link[]) : [];
    const byKey = new Map(existing.map((l) => [`${l[groupRelation].id}|${l.concept.id}`, l]));
    groups.forEach((group, i) => {
      specs[i].concepts.forEach((code, ordinal) => {
        const concept = this.concepts.get(code)!;
        const key = `${group.id}|${concept.id}`;
        const record =
          (group.id && concept.id ? byKey.get(key) : undefined) ??
          (draft(this.em, link, { [groupRelation]: group, concept, partnership: this.partnership } as unknown as EntityData<L>) as unknown as Link);
        byKey.delete(key);
        record.ordinal = ordinal;
      });
    });
    for (const gone of byKey.values()) this.em.remove(gone);
    this.count(link.name, specs.reduce((n, s) => n + s.concepts.length, 0));
  }

  private async syncFieldSources() {
    const existing = this.partnership.id ? await this.em.find(PartnershipFieldSource, { partnership: this.partnership }) : [];
    const byField = new Map(existing.map((r) => [r.field, r]));
    for (const [field, source] of Object.entries(this.file.partnership.fieldSources) as [PartnershipField, SourceRef][]) {
      const record =
        byField.get(field) ??
        draft(this.em, PartnershipFieldSource, { partnership: this.partnership, field });
      byField.delete(field);
      record.source = ref(this.passage(source));
    }
    for (const gone of byField.values()) this.em.remove(gone);
  }

  private async syncPlaces() {
    const existing = this.partnership.id ? await this.em.find(PartnershipPlace, { partnership: this.partnership }) : [];
    const byPlace = new Map(existing.map((r) => [r.place.id, r]));
    this.file.partnership.places.forEach((key, ordinal) => {
      const place = this.places.get(key)!;
      const record =
        byPlace.get(place.id) ??
        draft(this.em, PartnershipPlace, { partnership: this.partnership, place });
      byPlace.delete(place.id);
      record.ordinal = ordinal;
    });
    for (const gone of byPlace.values()) this.em.remove(gone);
  }

  private async syncProjectPartners(projects: Map<string, Project>) {
    const existing = projects.size
      ? await this.em.find(
          ProjectPartner,
          { project: { $in: [...projects.values()].filter((p) => p.id) } },
          { populate: ['project', 'organisation'] },
        )
      : [];
    const id = (projectKey: string, org: string, role: string) => `${projectKey}|${org}|${role}`;
    const keyOfProject = new Map([...projects.entries()].map(([k, p]) => [p, k]));
    const byId = new Map(
      existing.map((r) => [
        id(keyOfProject.get(r.project.getEntity()) ?? `#${r.project.id}`, r.organisation.getEntity().key, r.role),
        r,
      ]),
    );
    for (const spec of this.file.projects) {
      spec.partners.forEach((link, ordinal) => {
        const k = id(spec.key, link.organisation, link.role);
        const byIdStored = byId.get(k);
        const record =
          byIdStored ??
          draft(this.em, ProjectPartner, {
            project: projects.get(spec.key)!,
            organisation: this.organisations.get(link.organisation)!,
            role: link.role,
          });
        byId.delete(k);
        Object.assign(record, {
          description: orNull(link.description),
          ordinal,
          source: ref(this.passage(link.source)),
          partnership: ref(this.partnership),
          // A project's links are never shared more widely than the project.
          sharing: mostRestrictive(this.sharing(link.sharing, byIdStored?.sharing), projects.get(spec.key)!.sharing),
        });
        this.count('ProjectPartner');
      });
    }
    for (const gone of byId.values()) this.em.remove(gone);
  }

  private async syncTransnational() {
    const specs = this.file.transnationalPartnerships;
    const existing = await this.em.find(TransnationalPartnership, { key: { $in: specs.map((t) => t.key) } });
    const byKey = new Map(existing.map((t) => [t.key, t]));
    const declaredBy = this.partnership.id
      ? {
          members: await this.em.find(TransnationalMember, { declaredBy: this.partnership }, { populate: ['transnationalPartnership'] }),
          events: await this.em.find(TransnationalEvent, { declaredBy: this.partnership }, { populate: ['transnationalPartnership'] }),
        }
      : { members: [], events: [] };
    const memberIndex = new Map(declaredBy.members.map((m) => [`${m.transnationalPartnership.getEntity().key}|${m.key}`, m]));
    const eventIndex = new Map(declaredBy.events.map((e) => [`${e.transnationalPartnership.getEntity().key}|${e.key}`, e]));
    const slugs = [...new Set(specs.flatMap((t) => [...t.members.map((m) => m.partnership), ...t.events.map((e) => e.hostPartnership)]))].filter(
      (s): s is string => !!s && s !== this.partnership.slug,
    );
    const others = new Map((slugs.length ? await this.em.find(Partnership, { slug: { $in: slugs } }) : []).map((p) => [p.slug, p]));
    others.set(this.partnership.slug, this.partnership);
    const partnershipRef = (slug?: string) => {
      if (!slug) return orNull(undefined);
      const found = others.get(slug);
      if (!found) throw new Error(`transnational link to partnership "${slug}", which is not in the hub yet`);
      return ref(found);
    };
    for (const spec of specs) {
      const tp = byKey.get(spec.key) ?? draft(this.em, TransnationalPartnership, { key: spec.key });
      Object.assign(tp, { name: spec.name, description: orNull(spec.description), source: ref(this.passage(spec.source)) });
      spec.members.forEach((m, ordinal) => {
        const k = `${spec.key}|${m.key}`;
        const storedMember = memberIndex.get(k);
        const record =
          storedMember ??
          draft(this.em, TransnationalMember, { transnationalPartnership: tp, declaredBy: this.partnership, key: m.key });
        memberIndex.delete(k);
        Object.assign(record, {
          partnership: partnershipRef(m.partnership),
          organisation: m.organisation ? ref(this.organisations.get(m.organisation)!) : orNull(undefined),
          name: orNull(m.name),
          role: m.role,
          ordinal,
          sharing: this.sharing(m.sharing, storedMember?.sharing),
          source: ref(this.passage(m.source)),
        });
      });
      spec.events.forEach((ev, ordinal) => {
        const k = `${spec.key}|${ev.key}`;
        const storedEvent = eventIndex.get(k);
        const record =
          storedEvent ??
          draft(this.em, TransnationalEvent, { transnationalPartnership: tp, declaredBy: this.partnership, key: ev.key });
        eventIndex.delete(k);
        Object.assign(record, {
          title: ev.title,
          kind: ev.kind,
          hostPartnership: partnershipRef(ev.hostPartnership),
          hostName: orNull(ev.hostName),
          occurredOn: orNull(ev.occurredOn),
          occurredBy: orNull(ev.occurredBy),
          description: orNull(ev.description),
          ordinal,
          sharing: this.sharing(ev.sharing, storedEvent?.sharing),
          source: ref(this.passage(ev.source)),
        });
      });
    }
    for (const gone of [...memberIndex.values(), ...eventIndex.values()]) this.em.remove(gone);
    this.count('TransnationalPartnership', specs.length);
  }

  private async syncObservations(projectRef: (key?: string) => unknown) {
    const f = this.file;
    // Metrics are global by key; this partnership owns the ones its file defines.
    const existingMetrics = await this.em.find(Metric, { key: { $in: f.metrics.map((m) => m.key) } });
    const metrics = new Map(existingMetrics.map((m) => [m.key, m]));
    for (const spec of f.metrics) {
      const metric = metrics.get(spec.key) ?? draft(this.em, Metric, { key: spec.key });
      Object.assign(metric, {
        label: spec.label,
        unit: spec.unit,
        // Unknown means people: protecting a count of teams costs little, exposing people costs much.
        countOf: spec.unit === MeasurementUnit.COUNT ? (spec.countOf ?? CountOf.PEOPLE) : orNull(undefined),
        description: orNull(spec.description),
        definedBy: ref(this.partnership),
      });
      metrics.set(spec.key, metric);
    }
    if (this.partnership.id) {
      const dropped = await this.em.find(Metric, { definedBy: this.partnership, key: { $nin: f.metrics.map((m) => m.key) } });
      for (const metric of dropped) this.em.remove(metric);
    }
    this.count('Metric', f.metrics.length);

    // A breakdown item is an observation too: same metric and period as its total.
    type Flat = Keyed & {
      source: SourceRef;
      sharing?: SharingLevel;
      total: (typeof f.observations)[number];
      item?: (typeof f.observations)[number]['breakdown'][number];
    };
    const flat: Flat[] = f.observations.flatMap((o) => [
      { key: o.key, source: o.source, sharing: o.sharing, total: o },
      // A part is shared as its total unless stated otherwise.
      ...o.breakdown.map((b) => ({ key: b.key, source: b.source, sharing: b.sharing ?? o.sharing, total: o, item: b })),
    ]);
    const records = new Map<string, IndicatorObservation>();
    const synced = await this.sync(IndicatorObservation, flat, (e, s) => {
      const o = s.total;
      const figure = s.item ?? o;
      const metric = metrics.get(o.metric)!;
      Object.assign(e, {
        metric: ref(metric),
        scope: o.scope ?? ObservationScope.PARTNERSHIP,
        nature: o.nature ?? ObservationNature.REPORTED,
        project: projectRef(o.project),
        value: figure.value,
        unit: metric.unit,
        currency: orNull(o.currency),
        qualifier: figure.qualifier,
        status: figure.status ?? ObservationStatus.NORMAL,
        statedAs: figure.statedAs,
        subject: orNull(o.subject),
        periodLabel: orNull(o.period?.label),
        periodStart: orNull(o.period?.start),
        periodEnd: orNull(o.period?.end),
        asOf: orNull(o.asOf),
        area: o.area ? ref(this.places.get(o.area)!) : orNull(undefined),
        breakdownDimension: orNull(s.item ? o.breakdownDimension : undefined),
        breakdownCategory: orNull(s.item?.category),
      });
    });
    synced.forEach((r) => records.set(r.key, r));
    for (const s of flat) {
      const record = records.get(s.key)!;
      record.parent = s.item ? ref(records.get(s.total.key)!) : orNull(undefined);
      // A part is never shared more widely than its total.
      if (s.item) record.sharing = mostRestrictive(record.sharing, records.get(s.total.key)!.sharing);
      record.comparator = !s.item && s.total.comparator ? ref(records.get(s.total.comparator)!) : orNull(undefined);
      const sumsTo = (s.item ?? s.total).sumsTo;
      record.sumsTo = sumsTo ? ref(records.get(sumsTo)!) : orNull(undefined);
    }
    await this.syncConceptLinks(IndicatorObservationConcept, 'observation', synced, flat.map((s) => ({ concepts: (s.item ?? s.total).concepts })));
  }

  /**
   * A record's sharing level: as the file states it; else as stored (set with setSharing, which a
   * re-import does not undo); else its partnership's. Never wider than its partnership's.
   */
  private sharing(level: SharingLevel | undefined, stored?: SharingLevel): SharingLevel {
    return mostRestrictive(level ?? stored ?? this.partnership.sharing, this.partnership.sharing);
  }

  private count(kind: string, n = 1) {
    this.counts[kind] = (this.counts[kind] ?? 0) + n;
  }
}

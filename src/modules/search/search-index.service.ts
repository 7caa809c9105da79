import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Achievement } from '../achievement/achievement.entity';
import { Activity } from '../activity/activity.entity';
import { Illustration } from '../illustration/illustration.entity';
import { Innovation } from '../innovation/innovation.entity';
import { Objective } from '../objective/objective.entity';
import { IndicatorObservation } from '../observation/indicator-observation.entity';
import { Membership } from '../organisation/membership.entity';
import { PartnershipFieldSource } from '../partnership/partnership-field-source.entity';
import { Partnership } from '../partnership/partnership.entity';
import { PartnershipField } from '../partnership/partnership.enum';
import { ProgressNote } from '../progress-note/progress-note.entity';
import { Project } from '../project/project.entity';
import { Report } from '../report/report.entity';
import { BeneficiaryCategory, TargetGroup } from '../target-group/target-group.entity';
import { Testimonial } from '../testimonial/testimonial.entity';
import { TransnationalEvent } from '../transnational/transnational-event.entity';
import { Audience } from '../../access/audience';
import { SearchEntry, SearchIndexState } from './search-entry.entity';
import { SEARCH_RECORD_TYPE_NAME, SearchField, SearchRecordType } from './search.enum';

/**
 * Bump when INDEXED changes: partnerships indexed with an older version are re-indexed on the next
 * start or seed (refreshStale), without re-importing their files.
 */
export const SEARCH_INDEX_VERSION = 3;

export interface IndexedKind {
  type: SearchRecordType;
  entity: EntityClass<object>;
  /** The many-to-one naming the record's partnership (the record itself for Partnership). */
  partnership?: string;
  /** field -> entity property. */
  fields: Partial<Record<SearchField, string>>;
}

/**
 * Every narrative field the search covers. Personal data (contacts, who said a quote, who referred
 * them) is left out on purpose: a search must not find people.
 */
export const INDEXED: IndexedKind[] = [
  {
    type: SearchRecordType.PARTNERSHIP,
    entity: Partnership,
    fields: {
      NAME: 'name',
      THEME: 'theme',
      DESCRIPTION: 'description',
      BACKGROUND: 'background',
      AIMS: 'aims',
      ORIGINS: 'origins',
      INTENDED_IMPACT: 'intendedImpact',
      ROUND_ONE_HISTORY: 'roundOneHistory',
    },
  },
  { type: SearchRecordType.OBJECTIVE, entity: Objective, partnership: 'partnership', fields: { TEXT: 'text' } },
  { type: SearchRecordType.ACTIVITY, entity: Activity, partnership: 'partnership', fields: { TEXT: 'text' } },
  { type: SearchRecordType.TARGET_GROUP, entity: TargetGroup, partnership: 'partnership', fields: { LABEL: 'label', NOTE: 'note' } },
  { type: SearchRecordType.BENEFICIARY_CATEGORY, entity: BeneficiaryCategory, partnership: 'partnership', fields: { LABEL: 'label', NOTE: 'note' } },
  {
    type: SearchRecordType.PROJECT,
    entity: Project,
    partnership: 'partnership',
    fields: { NAME: 'name', SUMMARY: 'summary', BACKGROUND: 'background', WHAT_CHANGED: 'whatChanged', DIFFERENCE: 'difference' },
  },
  { type: SearchRecordType.ACHIEVEMENT, entity: Achievement, partnership: 'partnership', fields: { TITLE: 'title', NARRATIVE: 'narrative' } },
  { type: SearchRecordType.TESTIMONIAL, entity: Testimonial, partnership: 'partnership', fields: { TEXT: 'text' } },
  { type: SearchRecordType.INNOVATION, entity: Innovation, partnership: 'partnership', fields: { DESCRIPTION: 'description' } },
  { type: SearchRecordType.REPORT, entity: Report, partnership: 'partnership', fields: { TITLE: 'title', DESCRIPTION: 'description' } },
  { type: SearchRecordType.PROGRESS_NOTE, entity: ProgressNote, partnership: 'partnership', fields: { TEXT: 'text' } },
  { type: SearchRecordType.ILLUSTRATION, entity: Illustration, partnership: 'partnership', fields: { CAPTION: 'caption' } },
  { type: SearchRecordType.TRANSNATIONAL_EVENT, entity: TransnationalEvent, partnership: 'declaredBy', fields: { TITLE: 'title', DESCRIPTION: 'description' } },
  { type: SearchRecordType.MEMBERSHIP, entity: Membership, partnership: 'partnership', fields: { DESCRIPTION: 'description' } },
  { type: SearchRecordType.INDICATOR_OBSERVATION, entity: IndicatorObservation, partnership: 'partnership', fields: { SUBJECT: 'subject' } },
];

/** Partnership fields whose provenance is a PartnershipFieldSource of the same name. */
const PARTNERSHIP_FIELD_SOURCE: Partial<Record<SearchField, PartnershipField>> = {
  NAME: PartnershipField.NAME,
  THEME: PartnershipField.THEME,
  DESCRIPTION: PartnershipField.DESCRIPTION,
  BACKGROUND: PartnershipField.BACKGROUND,
  AIMS: PartnershipField.AIMS,
  ORIGINS: PartnershipField.ORIGINS,
  INTENDED_IMPACT: PartnershipField.INTENDED_IMPACT,
  ROUND_ONE_HISTORY: PartnershipField.ROUND_ONE_HISTORY,
};

/** Maintains the search_entry rows of partnerships: derived data, rebuilt from the stored records. */
export class SearchIndexService {
  constructor(private readonly em: EntityManager) {}

  private column(entity: EntityClass<object>, property: string): string {
    return `"${this.em.getMetadata().get(entity.name).properties[property].fieldNames[0]}"`;
  }

  private table(entity: EntityClass<object>): string {
    return `"${this.em.getMetadata().get(entity.name).tableName}"`;
  }

  /** SELECT of every (type, record, partnership, field, passage, text) of one partnership. */
  private entriesOf(partnershipId: number): { sql: string; bindings: unknown[] } {
    const selects: string[] = [];
    const bindings: unknown[] = [];
    const fieldSources = this.table(PartnershipFieldSource);
    for (const kind of INDEXED) {
      const typeName = SEARCH_RECORD_TYPE_NAME[kind.type];
      const owner = kind.partnership ? `t.${this.column(kind.entity, kind.partnership)}` : 't."id"';
      const { properties } = this.em.getMetadata().get(kind.entity.name);
      // Who may see the entry: the record's own level (records without one are public).
      const sharing = properties.sharing ? `t.${this.column(kind.entity, 'sharing')}` : `'PUBLIC'::text`;
      for (const [field, property] of Object.entries(kind.fields) as Array<[SearchField, string]>) {
        const text = `t.${this.column(kind.entity, property)}`;
        // The text as each audience reads it, where that differs (access/derivation.ts stores it in `masks`).
        const masked = (audience: Audience) => (properties.masks ? `t."masks" #>> '{${audience},${property}}'` : 'null::text');
        const fieldSource = kind.type === SearchRecordType.PARTNERSHIP ? PARTNERSHIP_FIELD_SOURCE[field] : undefined;
        // A partnership field's passage is its own field source, else where the partnership is named.
        const passage = fieldSource
          ? `coalesce((select fs."source_id" from ${fieldSources} fs where fs."partnership_id" = t."id" and fs."field" = ?), t."source_id")`
          : `t."source_id"`;
        selects.push(
          `select ?::text as record_type, t."id" as record_id, ${owner} as partnership_id, ?::text as field, ${passage} as passage_id, ${text} as text, ` +
            `${masked(Audience.PUBLIC)} as public_text, ${masked(Audience.PARTNERS)} as partners_text, ${sharing} as sharing ` +
            `from ${this.table(kind.entity)} t where ${owner} = ? and ${text} is not null and btrim(${text}) <> ''`,
        );
        bindings.push(typeName, field, ...(fieldSource ? [fieldSource] : []), partnershipId);
      }
    }
    return { sql: selects.join('\nunion all\n'), bindings };
  }

  /** MD5 of the rows the partnership's records make now, in a stable order. */
  private async digest(partnershipId: number): Promise<string> {
    const { sql, bindings } = this.entriesOf(partnershipId);
    const [{ digest }] = await this.em.execute<Array<{ digest: string }>>(
      `select md5(coalesce(string_agg(concat_ws(':', record_type, record_id, field, passage_id, text, coalesce(public_text, E'\\x01'), coalesce(partners_text, E'\\x01'), sharing), E'\\n' ` +
        `order by record_type, record_id, field), '')) as digest from (${sql}) d`,
      bindings,
    );
    return digest;
  }

  /** Replaces the partnership's search rows with ones derived from its records now. */
  async rebuild(partnershipId: number, digest?: string): Promise<void> {
    const entries = this.table(SearchEntry);
    const { sql, bindings } = this.entriesOf(partnershipId);
    await this.em.execute(`delete from ${entries} where "partnership_id" = ?`, [partnershipId]);
    await this.em.execute(
      `insert into ${entries} ("record_type", "record_id", "partnership_id", "field", "passage_id", "text", "public_text", "partners_text", "sharing") ${sql}`,
      bindings,
    );
    await this.em.execute(
      `insert into ${this.table(SearchIndexState)} ("partnership_id", "version", "digest", "indexed_at") values (?, ?, ?, now())
       on conflict ("partnership_id") do update set "version" = excluded."version", "digest" = excluded."digest", "indexed_at" = excluded."indexed_at"`,
      [partnershipId, SEARCH_INDEX_VERSION, digest ?? (await this.digest(partnershipId))],
    );
  }

  /**
   * Brings the partnership's rows in step with its records: rebuilt when they would differ from
   * what is stored (or were built by an older definition), untouched otherwise. Returns whether
   * it rebuilt.
   */
  async refresh(partnershipId: number): Promise<boolean> {
    const [state] = await this.em.execute<Array<{ version: number; digest: string }>>(
      `select "version", "digest" from ${this.table(SearchIndexState)} where "partnership_id" = ?`,
      [partnershipId],
    );
    const digest = await this.digest(partnershipId);
    if (state?.version === SEARCH_INDEX_VERSION && state.digest === digest) return false;
    await this.rebuild(partnershipId, digest);
    return true;
  }

  /** Re-indexes every partnership indexed with an older definition (or never): cheap when none is. */
  async refreshStale(): Promise<number> {
    const stale = await this.em.execute<Array<{ id: number }>>(
      `select p."id" from ${this.table(Partnership)} p left join ${this.table(SearchIndexState)} s on s."partnership_id" = p."id"
       where s."version" is distinct from ? order by p."id"`,
      [SEARCH_INDEX_VERSION],
    );
    for (const { id } of stale) await this.em.transactional((em) => new SearchIndexService(em).rebuild(id));
    return stale.length;
  }
}

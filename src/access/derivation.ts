import { isDeepStrictEqual } from 'node:util';
import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AUDIENCE_LEVELS, AUDIENCES, Audience, seesLevel, type AudienceMasks } from './audience';
import { DisclosureControl, type DisclosureFigure } from './disclosure';
import { Suppression } from './disclosure.enum';
import type { SharingLevel } from './roles';
import { rulesOf, type NarrativeOwner } from './rules';
import { applyMasks, maskNarrative, maskNumbers } from './text-masks';
import { ownerColumnOf } from './visibility';
import { GlobalIds } from '../graphql/global-id';

/** Bump when what is derived changes: partnerships derived by an older version are derived again on start. */
export const ACCESS_DERIVATION_VERSION = 2;

export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;
const THRESHOLD_SETTING = 'small-count-threshold';
/** Rows per update statement. */
const BATCH = 5000;

/** A figure as disclosure control and the masks read it. */
export interface FigureRow extends DisclosureFigure {
  partnershipId: number;
  sharing: SharingLevel;
  sourceId: number;
  documentId: number;
  quote: string;
}

type StoredFigure = FigureRow & { storedPublic: Suppression | null; storedPartners: Suppression | null };

/** Stored masks equal computed ones (jsonb gives keys back in its own order). */
const sameMasks = (a: AudienceMasks | null | undefined, b: AudienceMasks | null) => isDeepStrictEqual(a ?? null, b);

/** Decisions of one audience: withheld figures (primary or secondary); figures it may not see count as withheld. */
export type AudienceDecisions = Map<number, Suppression>;

/**
 * The decisions of every audience for the figures of some partnerships, from scratch: what is
 * stored must always equal this (a test holds them to it). Figures an audience may not see are
 * withheld from it too (SECONDARY): they are never shown to it, and their passages are masked.
 */
export function decideFigures(figures: readonly FigureRow[], threshold: number): Map<Audience, AudienceDecisions> {
  const control = new DisclosureControl(threshold);
  const byPartnership = new Map<number, FigureRow[]>();
  for (const f of figures) {
    const list = byPartnership.get(f.partnershipId);
    if (list) list.push(f);
    else byPartnership.set(f.partnershipId, [f]);
  }
  const result = new Map<Audience, AudienceDecisions>();
  for (const audience of AUDIENCES) {
    const decisions: AudienceDecisions = new Map();
    // Groups (breakdowns, sums) never leave a partnership's file: each is decided on its own.
    for (const group of byPartnership.values()) {
      const unseen = group.filter((f) => !seesLevel(audience, f.sharing)).map((f) => f.id);
      for (const [id, suppression] of control.decide(group, unseen)) decisions.set(id, suppression);
      for (const id of unseen) decisions.set(id, Suppression.SECONDARY);
    }
    result.set(audience, decisions);
  }
  return result;
}

const ints = (ids: Iterable<number>): string => {
  const list = [...new Set(ids)];
  if (!list.every(Number.isInteger)) throw new Error('ids must be integers');
  return list.length ? list.join(', ') : 'null';
};

/** Masks of one row: only the audiences and fields whose text differs; null when none does. */
function masksOf(fields: Array<{ property: string; text: string | null; masked: (audience: Audience) => string }>): AudienceMasks | null {
  const masks: AudienceMasks = {};
  for (const audience of AUDIENCES) {
    for (const { property, text, masked } of fields) {
      if (text === null || text === '') continue;
      const value = masked(audience);
      if (value !== text) (masks[audience] ??= {})[property] = value;
    }
  }
  return Object.keys(masks).length ? masks : null;
}

/**
 * Decides, when data changes, everything about who sees what that depends on the data alone, and
 * stores it per audience (PUBLIC, PARTNERS), so that reads only select it:
 *
 * - disclosure decisions for every figure (withheld_public / withheld_partners);
 * - source passages and document texts as each audience reads them (personal values and the
 *   numbers of withheld figures masked);
 * - narratives (and figures' subjects) repeating a withheld figure's sentence, masked likewise;
 * - positions of records among the siblings each audience sees (no gap where one is hidden).
 *
 * Runs in the transaction that changes the data (import, sharing change), for the partnerships it
 * changed and everything depending on them: the documents they cite or own, the partnerships whose
 * figures cite those documents, the owners of those documents (whose narratives repeat them).
 * The search index is built from the stored masks afterwards (search-index.service.ts).
 */
export class AccessDerivation {
  constructor(private readonly em: EntityManager) {}

  /** The threshold stored decisions are made with (set from the configuration on start). */
  async threshold(): Promise<number> {
    const [row] = await this.em.execute<Array<{ value: string }>>(`select "value" from "hub_setting" where "name" = ?`, [THRESHOLD_SETTING]);
    return row ? Number(row.value) : DEFAULT_SMALL_COUNT_THRESHOLD;
  }

  /** Stores the configured threshold; partnerships derived with another are then stale (refreshStale). */
  async setThreshold(threshold: number): Promise<void> {
    await this.em.execute(
      `insert into "hub_setting" ("name", "value") values (?, ?) on conflict ("name") do update set "value" = excluded."value"`,
      [THRESHOLD_SETTING, String(threshold)],
    );
  }

  /** Derives again every partnership derived by another version or threshold (or never); returns how many. */
  async refreshStale(batchSize = 100): Promise<number> {
    const threshold = await this.threshold();
    const stale = await this.em.execute<Array<{ id: number }>>(
      `select p."id" from "partnership" p left join "access_state" s on s."partnership_id" = p."id"
        where s."version" is distinct from ? or s."threshold" is distinct from ? order by p."id"`,
      [ACCESS_DERIVATION_VERSION, threshold],
    );
    for (let i = 0; i < stale.length; i += batchSize) {
      const batch = stale.slice(i, i + batchSize).map((r) => r.id);
      await this.em.transactional((em) => new AccessDerivation(em).refresh(batch));
    }
    return stale.length;
  }

  /** Derives again what depends on these partnerships' data; returns the partnerships whose stored data it rewrote. */
  async refresh(partnershipIds: readonly number[]): Promise<number[]> {
    if (partnershipIds.length === 0) return [];
    const changed = ints(partnershipIds);
    const threshold = await this.threshold();
    const metadata = Object.values(this.em.getMetadata().getAll()).filter((m) => !m.abstract && !m.embeddable);
    const personal = metadata.filter((m) => rulesOf(m.class).personal.length && m.properties.source);

    // Documents in play: those the partnerships own, and those their figures and personal records cite.
    const cited = [
      `select "id" from "source_document" where "owner_id" in (${changed})`,
      `select sp."document_id" from "indicator_observation" o join "source_passage" sp on sp."id" = o."source_id" where o."partnership_id" in (${changed})`,
      ...personal.map(
        (m) => `select sp."document_id" from "${m.tableName}" r join "source_passage" sp on sp."id" = r."source_id" where r."${ownerColumnOf(m)}" in (${changed})`,
      ),
    ];
    const first = await this.ids(cited.join(' union '));
    // Their owners' narratives repeat them; those owners' other documents mask those narratives too.
    const owners = new Set([...partnershipIds, ...(await this.ids(`select distinct "owner_id" from "source_document" where "id" in (${ints(first)}) and "owner_id" is not null`))]);
    const documents = new Set([...first, ...(await this.ids(`select "id" from "source_document" where "owner_id" in (${ints(owners)})`))]);
    const decided = new Set([
      ...owners,
      ...(await this.ids(
        `select distinct o."partnership_id" from "indicator_observation" o join "source_passage" sp on sp."id" = o."source_id" where sp."document_id" in (${ints(documents)})`,
      )),
    ]);

    const figures = await this.em.execute<StoredFigure[]>(
      `select o."id", o."value", o."unit", o."scope", o."parent_id" as "parentId", o."sums_to_id" as "sumsTo", o."partnership_id" as "partnershipId",
              o."sharing", m."count_of" as "countOf", o."source_id" as "sourceId", sp."document_id" as "documentId", sp."quote",
              o."withheld_public" as "storedPublic", o."withheld_partners" as "storedPartners"
         from "indicator_observation" o join "metric" m on m."id" = o."metric_id" join "source_passage" sp on sp."id" = o."source_id"
        where o."partnership_id" in (${ints(decided)})`,
    );
    const decisions = decideFigures(figures, threshold);
    await this.storeDecisions(figures, decisions);
    await this.storeGlobalIds(changed);

    // Per document and audience: the quotes of figures withheld from it (their numbers are masked wherever repeated).
    const withheldQuotes = new Map<number, Map<Audience, Set<string>>>();
    for (const f of figures) {
      if (!documents.has(f.documentId)) continue;
      for (const audience of AUDIENCES) {
        if (!decisions.get(audience)!.has(f.id)) continue;
        let byAudience = withheldQuotes.get(f.documentId);
        if (!byAudience) withheldQuotes.set(f.documentId, (byAudience = new Map()));
        let quotes = byAudience.get(audience);
        if (!quotes) byAudience.set(audience, (quotes = new Set()));
        quotes.add(f.quote);
      }
    }
    const quotesOf = (documentId: number, audience: Audience) => [...(withheldQuotes.get(documentId)?.get(audience) ?? [])];
    const personalValues = await this.personalValues(personal, documents);
    const sourceMasks = (documentId: number, audience: Audience) => ({ personal: personalValues.get(documentId) ?? [], withheld: quotesOf(documentId, audience) });

    await this.storeSourceTexts(documents, sourceMasks);

    // Narratives: per owning partnership and audience, the withheld quotes of the documents it owns.
    const ownedDocuments = await this.em.execute<Array<{ id: number; ownerId: number }>>(
      `select "id", "owner_id" as "ownerId" from "source_document" where "owner_id" in (${ints(owners)})`,
    );
    const narrativeQuotes = new Map<string, string[]>();
    for (const { id, ownerId } of ownedDocuments) {
      for (const audience of AUDIENCES) {
        const key = `${ownerId}|${audience}`;
        narrativeQuotes.set(key, [...(narrativeQuotes.get(key) ?? []), ...quotesOf(id, audience)]);
      }
    }
    const quotesFor = (ownerId: number | null, audience: Audience) => (ownerId === null ? [] : (narrativeQuotes.get(`${ownerId}|${audience}`) ?? []));
    for (const meta of metadata) {
      const narratives = rulesOf(meta.class).narratives;
      if (narratives.length) await this.storeNarratives(meta, narratives, owners, quotesFor, decisions);
    }

    await this.storePositions(metadata, changed);

    const rewritten = [...new Set([...decided, ...owners])];
    const current = new Set(
      await this.ids(
        `select "partnership_id" from "access_state" where "partnership_id" in (${ints(rewritten)}) and "version" = ${ACCESS_DERIVATION_VERSION} and "threshold" = ${threshold}`,
      ),
    );
    const stale = rewritten.filter((id) => !current.has(id));
    if (stale.length) {
      await this.em.execute(
        `insert into "access_state" ("partnership_id", "version", "threshold", "derived_at")
         select x.id, ?, ?, now() from json_to_recordset(?::json) as x(id int)
         on conflict ("partnership_id") do update set "version" = excluded."version", "threshold" = excluded."threshold", "derived_at" = excluded."derived_at"`,
        [ACCESS_DERIVATION_VERSION, threshold, JSON.stringify(stale.map((id) => ({ id })))],
      );
    }
    return rewritten;
  }

  private async ids(sql: string): Promise<number[]> {
    const rows = await this.em.execute<Array<Record<string, number>>>(sql);
    return rows.map((r) => Object.values(r)[0]).filter((v): v is number => v !== null);
  }

  /** Writes the decisions that differ from the stored ones (none differing: no statement). */
  private async storeDecisions(figures: readonly StoredFigure[], decisions: Map<Audience, AudienceDecisions>): Promise<void> {
    const rows = figures
      .map((f) => ({ f, pub: decisions.get(Audience.PUBLIC)!.get(f.id) ?? null, par: decisions.get(Audience.PARTNERS)!.get(f.id) ?? null }))
      .filter(({ f, pub, par }) => pub !== f.storedPublic || par !== f.storedPartners)
      .map(({ f, pub, par }) => ({ id: f.id, pub, par }));
    for (let i = 0; i < rows.length; i += BATCH) {
      await this.em.execute(
        `update "indicator_observation" t set "withheld_public" = v.pub, "withheld_partners" = v.par
           from json_to_recordset(?::json) as v(id int, pub text, par text) where t."id" = v.id`,
        [JSON.stringify(rows.slice(i, i + BATCH))],
      );
    }
  }

  /**
   * The global IDs of the partnerships' figures that have none yet (new ones), as the API makes
   * them: an ID depends only on the record and the database's secret, so it is written once and a
   * whole-table export reads it instead of computing it per row.
   */
  private async storeGlobalIds(changed: string): Promise<void> {
    const missing = await this.ids(`select "id" from "indicator_observation" where "partnership_id" in (${changed}) and "global_id" is null`);
    if (!missing.length) return;
    const ids = await GlobalIds.load(this.em);
    for (let i = 0; i < missing.length; i += BATCH) {
      const rows = missing.slice(i, i + BATCH).map((id) => ({ id, g: ids.to('IndicatorObservation', id) }));
      await this.em.execute(
        `update "indicator_observation" t set "global_id" = v.g from json_to_recordset(?::json) as v(id int, g text) where t."id" = v.id`,
        [JSON.stringify(rows)],
      );
    }
  }

  /** Per document: the personal values its records cite (masked for every audience: none owns them). */
  private async personalValues(personal: EntityMetadata[], documents: Set<number>): Promise<Map<number, string[]>> {
    const values = new Map<number, string[]>();
    if (!documents.size || !personal.length) return values;
    const selects = personal.map((m) => {
      const columns = rulesOf(m.class).personal.map((p) => `r."${m.properties[p].fieldNames[0]}"`);
      return `select sp."document_id" as "documentId", array[${columns.join(', ')}]::text[] as "terms"
                from "${m.tableName}" r join "source_passage" sp on sp."id" = r."source_id" where sp."document_id" in (${ints(documents)})`;
    });
    for (const row of await this.em.execute<Array<{ documentId: number; terms: Array<string | null> }>>(selects.join(' union all '))) {
      const list = values.get(row.documentId) ?? [];
      for (const term of row.terms) if (term && !list.includes(term)) list.push(term);
      values.set(row.documentId, list);
    }
    return values;
  }

  /** Passages and full texts of the documents, as each audience reads them. */
  private async storeSourceTexts(
    documents: Set<number>,
    masks: (documentId: number, audience: Audience) => { personal: string[]; withheld: string[] },
  ): Promise<void> {
    if (!documents.size) return;
    const list = ints(documents);
    const passages = await this.em.execute<Array<{ id: number; documentId: number; quote: string; masks: AudienceMasks | null }>>(
      `select "id", "document_id" as "documentId", "quote", "masks" from "source_passage" where "document_id" in (${list})`,
    );
    await this.writeMasks(
      'source_passage',
      passages.map((p) => ({
        id: p.id,
        stored: p.masks,
        masks: masksOf([{ property: 'quote', text: p.quote, masked: (a) => applyMasks(p.quote, masks(p.documentId, a)) }]),
      })),
    );
    const texts = await this.em.execute<Array<{ id: number; text: string; masks: AudienceMasks | null }>>(
      `select "id", "text", "masks" from "source_document" where "id" in (${list})`,
    );
    await this.writeMasks(
      'source_document',
      texts.map((d) => ({ id: d.id, stored: d.masks, masks: masksOf([{ property: 'text', text: d.text, masked: (a) => applyMasks(d.text, masks(d.id, a)) }]) })),
    );
  }

  private async storeNarratives(
    meta: EntityMetadata,
    narratives: Array<{ property: string; owner: NarrativeOwner }>,
    owners: Set<number>,
    quotesFor: (ownerId: number | null, audience: Audience) => string[],
    decisions: Map<Audience, AudienceDecisions>,
  ): Promise<void> {
    // Every narrative of an entity names its owner the same way.
    const ownerKind = narratives[0].owner;
    const owner =
      ownerKind === 'self'
        ? 'r."id"'
        : ownerKind === 'record'
          ? `r."${ownerColumnOf(meta)}"`
          : `(select d."owner_id" from "source_passage" sp join "source_document" d on d."id" = sp."document_id" where sp."id" = r."source_id")`;
    const columns = narratives.map((n) => `r."${meta.properties[n.property].fieldNames[0]}" as "${n.property}"`);
    const figure = meta.className === 'IndicatorObservation';
    const rows = await this.em.execute<Array<Record<string, string | number | null> & { __masks: AudienceMasks | null }>>(
      `select * from (select r."id", ${owner} as "__owner", r."masks" as "__masks"${figure ? ', r."parent_id" as "__parent"' : ''}, ${columns.join(', ')}
                        from "${meta.tableName}" r) x
        where x."__owner" in (${ints(owners)})`,
    );
    await this.writeMasks(
      meta.tableName,
      rows.map((row) => {
        const ownerId = row.__owner as number | null;
        const masked = (property: string, text: string, audience: Audience) => {
          let value = text;
          // A figure's subject may state its value ("6 of which ..."); a breakdown item repeats its total's.
          if (figure && property === 'subject') {
            const withheld = decisions.get(audience)!;
            if (withheld.has(row.id as number) || (row.__parent !== null && withheld.has(row.__parent as number))) value = maskNumbers(value);
          }
          return maskNarrative(value, quotesFor(ownerId, audience));
        };
        return {
          id: row.id as number,
          stored: row.__masks,
          masks: masksOf(
            narratives.map(({ property }) => {
              const text = row[property] as string | null;
              return { property, text, masked: (audience: Audience) => masked(property, text ?? '', audience) };
            }),
          ),
        };
      }),
    );
  }

  /** Writes the masks that differ from the stored ones (null clears them); none differing: no statement. */
  private async writeMasks(table: string, rows: Array<{ id: number; stored: AudienceMasks | null | undefined; masks: AudienceMasks | null }>): Promise<void> {
    const changed = rows.filter((r) => !sameMasks(r.stored, r.masks)).map(({ id, masks }) => ({ id, masks }));
    for (let i = 0; i < changed.length; i += BATCH) {
      await this.em.execute(
        `update "${table}" t set "masks" = v.masks from json_to_recordset(?::json) as v(id int, masks jsonb) where t."id" = v.id`,
        [JSON.stringify(changed.slice(i, i + BATCH))],
      );
    }
  }

  /**
   * Positions of the partnerships' records among their siblings (same owner and, where declared,
   * same parent), counted over all of them and over those each audience sees: computed in SQL,
   * read first and written only where they moved (an unchanged partnership writes nothing).
   */
  private async storePositions(metadata: EntityMetadata[], changed: string): Promise<void> {
    for (const meta of metadata) {
      const within = rulesOf(meta.class).positionedWithin;
      const owner = ownerColumnOf(meta);
      if (!within || !owner || !meta.properties.positions || !meta.properties.ordinal) continue;
      const partition = [owner, ...within.map((p) => meta.properties[p].fieldNames[0])].map((c) => `"${c}"`).join(', ');
      const order = `order by "ordinal", "id"`;
      const seen = (audience: Audience) => `case when "sharing" in (${AUDIENCE_LEVELS[audience].map((l) => `'${l}'`).join(', ')}) then 1 end`;
      const position = (audience: Audience) =>
        `case when ${seen(audience)} = 1 then count(${seen(audience)}) over (partition by ${partition} ${order}) - 1 end`;
      const moved = await this.em.execute<Array<{ id: number; positions: string }>>(
        `select v."id", v.positions::text as positions
           from (select "id", "positions" as stored,
                        jsonb_strip_nulls(jsonb_build_object('ALL', row_number() over (partition by ${partition} ${order}) - 1,
                          ${AUDIENCES.map((a) => `'${a}', ${position(a)}`).join(', ')})) as positions
                   from "${meta.tableName}" where "${owner}" in (${changed})) v
          where v.stored is distinct from v.positions`,
      );
      for (let i = 0; i < moved.length; i += BATCH) {
        await this.em.execute(
          `update "${meta.tableName}" t set "positions" = v.positions::jsonb from json_to_recordset(?::json) as v(id int, positions text) where t."id" = v.id`,
          [JSON.stringify(moved.slice(i, i + BATCH))],
        );
      }
    }
  }
}

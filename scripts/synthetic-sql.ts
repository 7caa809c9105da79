/**
 * Synthetic partnerships, fast: set-based SQL copies of the seed partnerships' rows, one
 * INSERT ... SELECT per table for every copy at once (2,000 partnerships in seconds, where the
 * importer takes minutes). Then who sees what and the search index are derived exactly as the
 * importer derives them (refreshDerivedData: personal links, AccessDerivation.refresh, search).
 *
 * Copy k (1..N-5) of seed partnership P (the seeds in slug order, round robin):
 * - every row P owns (its own row, its source documents and their passages, its metrics, the
 *   organisations and transnational partnerships cited from its documents, and every row with
 *   P as owner column) is copied with id + k * stride, and references between those rows follow
 *   (references to anything else, e.g. places, concepts, another seed partnership, are kept);
 * - globally unique keys get `-copy-k` (slug, document, metric, organisation, transnational
 *   partnership keys), the name ` (copy k)`; indicator mappings of its metrics are copied too, so
 *   copies appear in comparisons like their originals;
 * - so each copy OWNS what it cites (no shared documents: masks are derived per copy);
 * - "varied" copies (about half, chosen from the seed) get deterministically random sharing
 *   levels (80% PUBLIC, 12% PARTNERS, 8% OWNER; OWNER rows stay OWNER; the partnership row stays
 *   as it is) and some counts made small (1-4), so disclosure control has work; the others are
 *   faithful copies that must answer like their originals.
 * Deterministic: same seed, same N -> same rows (md5 of seed, table and id; no random()).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { refreshDerivedData } from '../src/modules/derived/derived-data.service';
import { AccessDerivation } from '../src/access/derivation';
import { SearchIndexService } from '../src/modules/search/search-index.service';

export interface SyntheticOptions {
  /** Partnerships in total, seed included (>= 5). */
  partnerships: number;
  seed?: number;
  /** Add figures until the database holds this many (the export case's rows); 0: none. */
  exportRows?: number;
  /** Partnerships per derivation transaction. */
  batchSize?: number;
  /** Derivation transactions at once (needs as many pooled connections, plus one). */
  concurrency?: number;
  log?: (message: string) => void;
}

export interface SyntheticResult {
  created: number;
  /** The copies made: copy number, slug, the original's slug, whether sharing and counts were varied. */
  copies: Array<{ k: number; slug: string; originSlug: string; varied: boolean }>;
  exportFigures: number;
  seconds: { copy: number; derive: number };
}

/** Tables never copied: derived (rebuilt after), administrative, or global catalogues. */
const NOT_COPIED = new Set([
  'access_state', 'search_entry', 'search_index_state', 'api_key', 'api_key_partnership', 'audit_entry', 'dataset_import',
  'hub_setting', 'mikro_orm_migrations', 'place', 'concept', 'concept_label', 'indicator', 'indicator_mapping',
]);
/** The column naming a table's owning partnership, where it is not partnership_id. */
const OWNER_COLUMN: Record<string, string> = {
  partnership: 'id',
  source_document: 'owner_id',
  metric: 'defined_by_id',
  transnational_member: 'declared_by_id',
  transnational_event: 'declared_by_id',
};
/** Tables with a globally unique key column. */
const GLOBAL_KEYS = new Set(['source_document', 'metric', 'organisation', 'transnational_partnership']);

/** A deterministic number 0..99 from the seed, a label and a SQL expression (an id). */
const roll = (seed: number, label: string, id: string) => `(('x' || substr(md5('${seed}:${label}:' || (${id})::text), 1, 7))::bit(28)::int % 100)`;

export async function fillSynthetic(em: EntityManager, options: SyntheticOptions): Promise<SyntheticResult> {
  const seed = Math.trunc(options.seed ?? 1);
  const total = Math.trunc(options.partnerships);
  const log = options.log ?? (() => undefined);
  const run = <T = Array<Record<string, unknown>>>(sql: string, params: unknown[] = []) => em.getConnection().execute(sql, params) as unknown as Promise<T>;

  const [{ count }] = await run<Array<{ count: number }>>(`select count(*)::int as count from partnership`);
  if (count === total) {
    log(`the database already holds ${total} partnerships: nothing to do`);
    return { created: 0, copies: [], exportFigures: 0, seconds: { copy: 0, derive: 0 } };
  }
  if (count !== 5) throw new Error(`the database holds ${count} partnerships; synthetic copies are made from the 5 seed partnerships alone (use an empty database)`);
  if (total < 5) throw new Error('--partnerships must be at least 5 (the seed has 5)');

  const copyStarted = Date.now();
  const newIds: number[] = [];
  const copies: SyntheticResult['copies'] = [];
  let exportFigures = 0;
  await em.getConnection().transactional(async (trx) => {
    const q = <T = Array<Record<string, unknown>>>(sql: string) => em.getConnection().execute(sql, [], 'all', trx) as unknown as Promise<T>;
    // FKs are consistent by construction; the partnership <-> passage cycle makes row order impossible otherwise.
    await q(`set local session_replication_role = replica`);
    await q(`set local statement_timeout = 0`);
    const columns = await q<Array<{ table: string; column: string }>>(
      `select table_name as "table", column_name as "column" from information_schema.columns
        where table_schema = current_schema() order by table_name, ordinal_position`,
    );
    const fks = await q<Array<{ table: string; column: string; target: string }>>(
      `select cl.relname as "table", a.attname as "column", tc.relname as "target"
         from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_class tc on tc.oid = c.confrelid
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and cl.relnamespace = current_schema()::regnamespace`,
    );
    const tables = new Map<string, string[]>();
    for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);
    const copied = [...tables.keys()].filter((t) => !NOT_COPIED.has(t));
    const fkOf = (table: string, column: string) => fks.find((f) => f.table === table && f.column === column)?.target;

    // Which seed partnership owns each row (the rows a copy duplicates).
    await q(`create temp table syn_own (tbl text, id int, origin int, primary key (tbl, id)) on commit drop`);
    await q(`insert into syn_own select 'partnership', id, id from partnership`);
    await q(`insert into syn_own select 'source_document', id, owner_id from source_document where owner_id is not null`);
    await q(`insert into syn_own select 'source_passage', sp.id, o.origin from source_passage sp join syn_own o on o.tbl = 'source_document' and o.id = sp.document_id`);
    for (const table of copied) {
      if (['partnership', 'source_document', 'source_passage'].includes(table)) continue;
      const cols = tables.get(table)!;
      const owner = OWNER_COLUMN[table] ?? (cols.includes('partnership_id') ? 'partnership_id' : undefined);
      if (owner) await q(`insert into syn_own select '${table}', id, "${owner}" from "${table}" where "${owner}" is not null`);
      else if (cols.includes('source_id'))
        await q(`insert into syn_own select '${table}', t.id, o.origin from "${table}" t join syn_own o on o.tbl = 'source_passage' and o.id = t.source_id`);
      else throw new Error(`synthetic data: do not know who owns the rows of ${table}`);
    }
    const [{ stride }] = await q<Array<{ stride: number }>>(
      `select (ceil((${copied.map((t) => `coalesce((select max(id) from "${t}"), 0)`).join(' + ')} + 1) / 1000.0) * 1000)::int as stride`,
    );
    await q(`create temp table syn_copy (k int primary key, origin int, varied boolean) on commit drop`);
    await q(
      `insert into syn_copy select g, s.id, ${roll(seed, 'varied', 'g')} < 50
         from generate_series(1, ${total - 5}) g
         join (select id, row_number() over (order by slug) - 1 as i from partnership) s on s.i = (g - 1) % 5`,
    );

    for (const table of copied) {
      const cols = tables.get(table)!;
      const values = cols.map((c) => {
        const t = `t."${c}"`;
        if (c === 'id') return `t.id + k.k * ${stride}`;
        const target = fkOf(table, c);
        if (target && !NOT_COPIED.has(target))
          return `case when exists (select 1 from syn_own r where r.tbl = '${target}' and r.id = ${t} and r.origin = k.origin) then ${t} + k.k * ${stride} else ${t} end`;
        if (table === 'partnership' && c === 'slug') return `${t} || '-copy-' || k.k`;
        if (table === 'partnership' && c === 'name') return `${t} || ' (copy ' || k.k || ')'`;
        if (GLOBAL_KEYS.has(table) && c === 'key') return `${t} || '-copy-' || k.k`;
        if (c === 'sharing' && table !== 'partnership') {
          const h = roll(seed, `${table}:sharing`, `t.id + k.k * ${stride}`);
          return `case when not k.varied or ${t} = 'OWNER' then ${t} when ${h} < 80 then 'PUBLIC' when ${h} < 92 then 'PARTNERS' else 'OWNER' end`;
        }
        if (table === 'indicator_observation' && (c === 'value' || c === 'stated_as')) {
          const h = roll(seed, 'value', `t.id + k.k * ${stride}`);
          const small = `k.varied and t.unit = 'COUNT' and t.value is not null and ${h} < 15`;
          return `case when ${small} then ${c === 'value' ? `1 + ${h} % 4` : `(1 + ${h} % 4)::text`} else ${t} end`;
        }
        return t;
      });
      await q(
        `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')})
         select ${values.join(', ')} from "${table}" t join syn_own o on o.tbl = '${table}' and o.id = t.id join syn_copy k on k.origin = o.origin`,
      );
    }
    // The copies' metrics map to the same indicators as their originals' (comparisons find them).
    await q(
      `insert into indicator_mapping (created_at, updated_at, metric_key, indicator_id, strength, note)
       select im.created_at, im.updated_at, im.metric_key || '-copy-' || k.k, im.indicator_id, im.strength, im.note
         from indicator_mapping im join metric m on m.key = im.metric_key join syn_own o on o.tbl = 'metric' and o.id = m.id join syn_copy k on k.origin = o.origin`,
    );
    for (const table of [...copied, 'indicator_mapping'])
      await q(`select setval(pg_get_serial_sequence('"${table}"', 'id'), (select max(id) from "${table}"))`);
    const ids = await q<Array<{ id: number; k: number; slug: string; originSlug: string; varied: boolean }>>(
      `select p.id, k.k, p.slug, o.slug as "originSlug", k.varied from syn_copy k join partnership p on p.id = k.origin + k.k * ${stride}
         join partnership o on o.id = k.origin order by k.k`,
    );
    newIds.push(...ids.map((r) => r.id));
    copies.push(...ids.map(({ k, slug, originSlug, varied }) => ({ k, slug, originSlug, varied })));

    if (options.exportRows) {
      // Extra figures (for the export): on the copies of the seed partnership last by name (out of
      // the first pages of lists and dashboards), else on it; public counts of at least 5.
      const [{ figures }] = await q<Array<{ figures: number }>>(`select count(*)::int as figures from indicator_observation`);
      const extra = Math.max(0, options.exportRows - figures);
      if (extra > 0) {
        const [{ id: last }] = await q<Array<{ id: number }>>(`select id from partnership where id in (select origin from syn_own where tbl = 'partnership') order by name desc limit 1`);
        const targets = await q<Array<{ id: number }>>(
          `select id from partnership where id = ${last} and not exists (select 1 from syn_copy where origin = ${last})
           union all select ${last} + k * ${stride} from syn_copy where origin = ${last} order by 1`,
        );
        const per = Math.ceil(extra / targets.length);
        await q(
          `insert into indicator_observation (created_at, updated_at, key, source_id, partnership_id, ordinal, metric_id, scope, nature, value, unit, qualifier, stated_as, sharing)
           select now(), now(), 'export-' || g, tpl.source_id, tpl.partnership_id, 100000 + g, tpl.metric_id, tpl.scope, tpl.nature, 5 + g % 95, 'COUNT', tpl.qualifier, (5 + g % 95)::text, 'PUBLIC'
             from (select x.id, row_number() over (order by x.id) - 1 as i from (${targets.map((t) => `select ${t.id} as id`).join(' union all ')}) x) p
             cross join lateral (select * from indicator_observation o where o.partnership_id = p.id and o.parent_id is null and o.sums_to_id is null
                                   and o.unit = 'COUNT' and o.sharing = 'PUBLIC' order by o.id limit 1) tpl
             cross join lateral generate_series(1, least(${per}, ${extra} - p.i * ${per})) g`,
        );
        const [{ after }] = await q<Array<{ after: number }>>(`select count(*)::int as after from indicator_observation`);
        exportFigures = after - figures;
      }
    }
  });
  const copySeconds = (Date.now() - copyStarted) / 1000;
  log(`copied ${newIds.length} partnerships${exportFigures ? ` (+${exportFigures} export figures)` : ''} in ${copySeconds.toFixed(1)} s; deriving who sees what and the search index ...`);

  const deriveStarted = Date.now();
  const batchSize = options.batchSize ?? 100;
  // Partnerships whose figures grew (export) need deriving again too: they are among the new ones, or the seed one.
  const toDerive = newIds.length ? newIds : [];
  if (exportFigures && !newIds.length) {
    const [{ id }] = await run<Array<{ id: number }>>(`select id from partnership order by name desc limit 1`);
    toDerive.push(id);
  }
  // Copies own all they cite, so batches are independent: `concurrency` transactions at once
  // (PostgreSQL does most of the work; on PGlite, with one backend, use 1).
  const batches: number[][] = [];
  for (let i = 0; i < toDerive.length; i += batchSize) batches.push(toDerive.slice(i, i + batchSize));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      await em.fork().transactional(async (tx) => {
        await tx.execute('set local statement_timeout = 0');
        await refreshDerivedData(tx, batch!);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  await new AccessDerivation(em.fork()).refreshStale();
  await new SearchIndexService(em.fork()).refreshStale();
  await run('analyze');
  return { created: newIds.length, copies, exportFigures, seconds: { copy: copySeconds, derive: (Date.now() - deriveStarted) / 1000 } };
}

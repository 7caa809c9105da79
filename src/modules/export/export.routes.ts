import { once } from 'node:events';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { HubConfig } from '../../config';
import { fetchRows, type ReadScope } from '../../db/row-loaders';
import type { Logger } from '../../logger';
import type { Caller } from '../../access/caller';
import type { RequestContextFactory } from '../../graphql/context';
import { SourceDocument } from '../source/source-document.entity';
import { copyOut } from '../../db/copy-out';
import { crlfRecords } from './crlf-records';
import { EXPORT_COLUMNS, exportObservationRows, observationExportCopy, withheldInExport, type ExportBatch, type ExportFilter } from './export.service';

const Query = z
  .object({
    lang: z.enum(['en', 'cy'], { message: 'lang must be en or cy' }).default('en'),
    partnership: z.union([z.string(), z.array(z.string())]).optional(),
    metric: z.union([z.string(), z.array(z.string())]).optional(),
    bom: z.enum(['true', 'false'], { message: 'bom must be true or false' }).default('false'),
  })
  .strict();

const list = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
}

/**
 * The exports' query string (lang, partnership, metric, bom) parsed once for every export route:
 * undefined after a 400 has been sent. With `rejectUnknown`, a partnership or metric the caller
 * cannot see (or that does not exist: the answer does not tell which) is a 400 naming the value.
 */
export async function prepareExport(
  deps: { context: RequestContextFactory },
  req: Request,
  res: Response,
  options: { rejectUnknown?: boolean } = {},
): Promise<{ scope: ReadScope; filter: ExportFilter; lang: 'en' | 'cy'; bom: boolean } | undefined> {
  const parsed = Query.safeParse(req.query);
  if (!parsed.success) {
    fail(res, 400, 'BAD_USER_INPUT', parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter(s): ${i.keys.join(', ')}` : i.message)).join('; '));
    return undefined;
  }
  // identifyCaller (app.ts) ran first; the same context factory as GraphQL's.
  const { loaders } = deps.context(res.locals.caller as Caller, res.locals.requestId as string);
  const filter: ExportFilter = { partnerships: list(parsed.data.partnership), metrics: list(parsed.data.metric), lang: parsed.data.lang };
  const scope: ReadScope = loaders.scope;
  // Observability reads the withheld values this answer carries from it when the response is sent.
  res.locals.readPolicy = scope.policy;
  if (options.rejectUnknown) {
    const unknown = await unknownFilterValues(scope, filter);
    if (unknown.length) {
      fail(res, 400, 'BAD_USER_INPUT', `unknown ${unknown.map((u) => `${u.parameter} "${u.value}"`).join(', ')}`);
      return undefined;
    }
  }
  return { scope, filter, lang: parsed.data.lang, bom: parsed.data.bom === 'true' };
}

/** Filter values that match nothing the caller may see. */
async function unknownFilterValues(scope: ReadScope, filter: ExportFilter): Promise<Array<{ parameter: string; value: string }>> {
  const knex = scope.em.getKnex();
  const known = async (table: string, entity: string, column: string, values?: string[]) => {
    if (!values?.length) return [];
    let query = knex.select(`x.${column} as value`).from({ x: table }).whereIn(`x.${column}`, values);
    const visible = scope.policy.visible(entity, 'x');
    if (visible) query = query.whereRaw(visible.sql, visible.bindings as never[]);
    const found = new Set((await fetchRows<{ value: string }>(scope.em, query)).map((r) => r.value));
    return values.filter((v) => !found.has(v));
  };
  return [
    ...(await known('partnership', 'Partnership', 'slug', filter.partnerships)).map((value) => ({ parameter: 'partnership', value })),
    ...(await known('metric', 'Metric', 'key', filter.metrics)).map((value) => ({ parameter: 'metric', value })),
  ];
}

/** What a file of figures needs to be understood on its own, away from the hub. */
async function metadata(scope: ReadScope, config: HubConfig, filter: ExportFilter, lang: string) {
  const knex = scope.em.getKnex();
  let documents = knex
    .distinct('d.key', 'd.title', 'd.file_name as fileName', 'd.publisher', 'd.url', 'd.kind')
    .from({ d: 'source_document' })
    .join({ p: 'partnership' }, 'p.id', 'd.owner_id')
    .orderBy('d.key');
  if (filter.partnerships?.length) documents = documents.whereIn('p.slug', filter.partnerships);
  // Only the documents of partnerships the caller sees: the catalogue names them.
  const visible = scope.policy.visible(SourceDocument, 'd');
  if (visible) documents = documents.whereRaw(visible.sql, visible.bindings as never[]);
  return {
    dataset: 'Partnership Data Hub: indicator observations',
    generatedAt: new Date().toISOString(),
    language: lang,
    licence: config.dataLicence,
    filters: { partnerships: filter.partnerships ?? null, metrics: filter.metrics ?? null },
    audience: scope.policy.caller.role,
    disclosureControl: {
      rule: `Counts from 1 to ${config.smallCountThreshold - 1} are withheld (value and stated_as empty, numbers masked in source_quote, suppressed=true), except for the owning partnership; further figures of the same breakdown are withheld where a withheld count could otherwise be worked out from its total. Both kinds carry the reason SMALL_COUNTS, so which withheld figure is the small one is not told. Only counts of people are protected.`,
      threshold: config.smallCountThreshold,
    },
    columns: EXPORT_COLUMNS,
    sources: await fetchRows(scope.em, documents),
  };
}

/**
 * GET /export/observations.{csv,ndjson,json}: every figure the caller may see, streamed from the
 * database in constant memory, with disclosure control applied. GET /export/metadata.json
 * describes them (sources, licence, rule applied, columns).
 */
export function exportRouter(deps: { context: RequestContextFactory; config: HubConfig; logger: Logger }): Router {
  const router = express.Router();

  // An unknown (or hidden) partnership or metric is a 400 naming it, as GraphQL refuses unknown codes, not an empty file.
  const prepare = (req: Request, res: Response) => prepareExport(deps, req, res, { rejectUnknown: true });

  router.get('/export/metadata.json', async (req, res, next) => {
    try {
      const ready = await prepare(req, res);
      if (ready) res.json(await metadata(ready.scope, deps.config, ready.filter, ready.lang));
    } catch (e) {
      next(e);
    }
  });

  router.get('/export/observations.:format', async (req, res, next) => {
    const format = req.params.format as keyof typeof FORMATS;
    if (!(format in FORMATS)) return fail(res, 404, 'NOT_FOUND', 'Exports are .csv, .ndjson or .json');
    try {
      const ready = await prepare(req, res);
      if (!ready) return;
      const { scope, filter, lang, bom } = ready;
      const query = new URLSearchParams(req.query as Record<string, string>).toString();
      res.status(200);
      res.setHeader('Content-Type', FORMATS[format]);
      res.setHeader('Content-Disposition', `attachment; filename="observations.${format}"`);
      res.setHeader('Link', `</export/metadata.json${query ? `?${query}` : ''}>; rel="describedby"; type="application/json"`);
      res.setHeader('Content-Language', lang);
      res.setHeader('Cache-Control', 'no-store');
      if (format === 'csv') await streamCsv(res, scope, filter, bom, deps.config.limits.exportTimeoutMs);
      else await stream(res, format, countingWithheld(scope, exportObservationRows(scope, filter)), () => metadata(scope, deps.config, filter, lang));
    } catch (e) {
      if (res.headersSent) {
        deps.logger.error({ err: e, requestId: res.locals.requestId }, 'export failed mid-stream');
        res.destroy(e as Error); // the client sees a broken download, not a file that looks complete
      } else next(e);
    }
  });
  return router;
}

async function write(res: Response, chunk: string | Buffer) {
  if (!res.write(chunk)) await once(res, 'drain');
}

/** Writes a chunk; false once the client has gone (a full buffer waits for drain or close). */
function send(res: Response, chunk: Buffer | string): Promise<boolean> | boolean {
  if (res.destroyed || res.writableEnded) return false;
  if (res.write(chunk)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off('drain', drained);
      res.off('close', closed);
      resolve(ok);
    };
    const drained = done(true);
    const closed = done(false);
    res.once('drain', drained);
    res.once('close', closed);
  });
}

/**
 * CSV: one COPY of the whole export, PostgreSQL's bytes passed on as they come (RFC 4180: quotes
 * where needed, CRLF record ends), so a download costs what PostgreSQL's COPY costs.
 */
async function streamCsv(res: Response, scope: ReadScope, filter: ExportFilter, bom: boolean, statementTimeoutMs: number) {
  await streamCopy(res, scope, filter, await observationExportCopy(scope, filter), bom, statementTimeoutMs);
}

/**
 * A `COPY ... TO STDOUT (FORMAT csv)` statement of the figures of `filter` (the CSV and SDMX-CSV
 * exports): its bytes to the client, CRLF record ends, optional BOM.
 */
export async function streamCopy(res: Response, scope: ReadScope, filter: ExportFilter, sql: string, bom: boolean, statementTimeoutMs: number) {
  // Counted before the COPY, not after: the request's log line and metrics are written when it ends.
  scope.policy.withheldServed += await withheldInExport(scope, filter);
  const crlf = crlfRecords();
  let first = true;
  await copyOut(scope.em, sql, {
    statementTimeoutMs,
    write: (chunk) => {
      const out = crlf(chunk);
      if (first && bom) {
        first = false;
        return send(res, Buffer.concat([Buffer.from('\ufeff'), out]));
      }
      return send(res, out);
    },
  });
  if (!res.destroyed) res.end();
}

/** Passes the batches on, tallying their withheld rows on the request's policy (for /metrics). */
async function* countingWithheld(scope: ReadScope, batches: AsyncGenerator<ExportBatch>): AsyncGenerator<ExportBatch> {
  try {
    for await (const rows of batches) {
      for (const r of rows) if (r.row.suppressed) scope.policy.withheldServed += 1;
      yield rows;
    }
  } finally {
    await batches.return(undefined);
  }
}

async function stream(res: Response, format: 'ndjson' | 'json', batches: AsyncGenerator<ExportBatch>, metadata: () => Promise<unknown>) {
  const closed = () => res.destroyed || res.writableEnded;
  if (format === 'ndjson') {
    for await (const rows of batches) {
      if (closed()) return batches.return(undefined);
      if (rows.length) await write(res, rows.map((r) => JSON.stringify(r.row)).join('\n') + '\n');
    }
    res.end();
    return;
  }
  await write(res, `{"metadata":${JSON.stringify(await metadata())},"rows":[`);
  let first = true;
  for await (const rows of batches) {
    if (closed()) return batches.return(undefined);
    if (rows.length === 0) continue;
    await write(res, (first ? '' : ',') + rows.map((r) => JSON.stringify(r.row)).join(','));
    first = false;
  }
  res.end(']}\n');
}

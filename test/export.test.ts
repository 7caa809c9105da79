/**
 * Issue 5, exports: /export/observations.{csv,ndjson,json} stream every figure a caller may see,
 * in constant memory, with disclosure control applied; CSV opens in a spreadsheet (RFC 4180,
 * optional UTF-8 BOM) and parses back to the same values; the GraphQL field gives the same rows.
 */
import { AccessDerivation } from '../src/access/derivation';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { Role } from '../src/access/roles';
import { GlobalIds } from '../src/graphql/global-id';
import { ObservationExportDocument, SetSharingDocument, SharingTreeDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.origin}${path}`, { headers });
/** A partnership's NDJSON export, as rows. */
const ndjsonRows = async (partnership: string, headers: Record<string, string> = {}) =>
  (await (await get(`/export/observations.ndjson?partnership=${partnership}`, headers)).text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string | null>);

describe('small exports', () => {
  test('CSV: RFC 4180 quoting parses back to exactly what GraphQL returns, withheld counts included', async () => {
    const response = await get('/export/observations.csv?partnership=bury-est');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('link')).toBe('</export/metadata.json?partnership=bury-est>; rel="describedby"; type="application/json"');
    const text = await response.text();
    expect(text.split('\r\n')[0].split(',').slice(0, 3)).toEqual(['observation_id', 'partnership_slug', 'partnership_name']);
    const records = parseSync(text, { columns: true }) as Array<Record<string, string>>;

    const graphql = await t.client.data(ObservationExportDocument, { partnerships: ['bury-est'], first: 1000 });
    expect(records).toHaveLength(graphql.observationExport.rows.length);
    expect(records.length).toBe(22); // 14 figures and 8 breakdown items
    for (const [i, row] of graphql.observationExport.rows.entries()) {
      const csv = records[i];
      expect(csv.observation_id).toBe(row.observation_id);
      expect(csv.value).toBe(row.value === null ? '' : String(row.value));
      expect(csv.stated_as).toBe(row.stated_as ?? '');
      expect(csv.suppressed).toBe(String(row.suppressed));
      expect(csv.source_quote).toBe(row.source_quote ?? '');
      // The figure's status (issue 12 point 7) in every export row.
      expect(csv.status).toBe(row.status);
      expect(['NORMAL', 'ESTIMATED', 'PROVISIONAL', 'FORECAST', 'REVISED']).toContain(csv.status);
    }
    const physical = records.find((r) => r.breakdown_category === 'Physical Disability')!;
    expect(physical).toMatchObject({ value: '', stated_as: '', suppressed: 'true', suppression_reason: 'SMALL_COUNTS', source_quote: 'Physical Disability [withheld]' });
    expect(records.find((r) => r.metric_code === 'bury-est/starters' && r.breakdown_of === '')!.source_quote).toContain('Physical Disability [withheld]');
  });

  test('indicator and concept codes in stable columns, their labels in the language asked for', async () => {
    const read = async (lang: string) =>
      parseSync(await (await get(`/export/observations.csv?partnership=bury-est&lang=${lang}`)).text(), { columns: true }) as Array<Record<string, string>>;
    const [en, cy] = [await read('en'), await read('cy')];
    const starters = en.find((r) => r.metric_code === 'bury-est/starters' && r.breakdown_of === '')!;
    expect(starters).toMatchObject({ indicator_codes: 'esf.participants', indicator_labels: 'Participants', mapping_strengths: 'EXACT' });
    const physical = en.find((r) => r.breakdown_category === 'Physical Disability')!;
    expect(physical).toMatchObject({ concept_codes: 'physical-disability', concept_labels: 'People with physical disabilities' });
    const physicalCy = cy.find((r) => r.observation_id === physical.observation_id)!;
    expect(physicalCy).toMatchObject({ concept_codes: 'physical-disability', concept_labels: 'Pobl ag anableddau corfforol' });
    expect(cy.find((r) => r.observation_id === starters.observation_id)!.indicator_labels).toBe('Cyfranogwyr');
    // Every label in the Welsh file is Welsh: none is the English fallback.
    for (const [i, row] of cy.entries()) {
      if (row.concept_labels) expect(row.concept_labels).not.toBe(en[i].concept_labels);
      if (row.indicator_labels) expect(row.indicator_labels).not.toBe(en[i].indicator_labels);
    }
    // The codes do not change with the language.
    expect(cy.map((r) => [r.indicator_codes, r.concept_codes])).toEqual(en.map((r) => [r.indicator_codes, r.concept_codes]));
  });

  test('the owner gets every figure in the file', async () => {
    const editor = await t.createKey(Role.PARTNERSHIP_EDITOR, ['bury-est']);
    const text = await (await get('/export/observations.csv?partnership=bury-est', { authorization: `Bearer ${editor}` })).text();
    const records = parseSync(text, { columns: true }) as Array<Record<string, string>>;
    expect(records.filter((r) => r.suppressed === 'true')).toEqual([]);
    expect(records.find((r) => r.breakdown_category === 'Physical Disability')!.value).toBe('2');
  });

  test('a UTF-8 BOM on request, for spreadsheets; quotes, commas and non-ASCII survive', async () => {
    const bytes = Buffer.from(await (await get('/export/observations.csv?partnership=powys-equals&bom=true')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseSync(bytes, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r.stated_as)).toContain('£8.4 billion');
    expect(records.find((r) => r.stated_as === '£8.4 billion')!.source_quote).toContain('contribute £8.4 billion per year to the UK economy');
  });

  test('NDJSON gives one JSON row per line; JSON wraps the rows with their metadata', async () => {
    const lines = (await (await get('/export/observations.ndjson?partnership=conwy')).text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.stated_as)).toEqual(expect.arrayContaining(['887', '778', '50%', '75%', '56.7%']));
    const json = (await (await get('/export/observations.json?partnership=conwy')).json()) as { metadata: any; rows: unknown[] };
    expect(json.rows).toEqual(lines);
    expect(json.metadata).toMatchObject({ language: 'en', licence: 'CC-BY-4.0', audience: 'PUBLIC', disclosureControl: { threshold: 5 } });
    expect(json.metadata.sources.map((s: { key: string }) => s.key)).toEqual(['003-ad525a32b259ab58']);
    expect(json.metadata.columns.map((c: { name: string }) => c.name)).toContain('suppression_reason');
    expect(Date.now() - new Date(json.metadata.generatedAt).getTime()).toBeLessThan(60_000);
  });

  test.each([
    ['/export/observations.xlsx', 404, 'NOT_FOUND'],
    ['/export/observations.csv?lang=fr', 400, 'BAD_USER_INPUT'],
    ['/export/observations.csv?bom=maybe', 400, 'BAD_USER_INPUT'],
    ['/export/observations.csv?colour=blue', 400, 'BAD_USER_INPUT'],
  ])('%s is refused with %d %s', async (path, status, code) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(code);
  });

  test.each([
    ['/export/observations.csv?metric=no-such-metric', 'metric "no-such-metric"'],
    ['/export/observations.ndjson?partnership=no-such-partnership', 'partnership "no-such-partnership"'],
    ['/export/observations.json?partnership=bury-est&metric=bury-est/no-such', 'metric "bury-est/no-such"'],
    ['/export/metadata.json?partnership=nowhere', 'partnership "nowhere"'],
  ])('%s: an unknown code is a 400 naming it (as GraphQL refuses it), not an empty file', async (path, named) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(named);
  });

  test('a bad API key gets 401, not a public file', async () => {
    const response = await get('/export/observations.csv', { authorization: 'Bearer nonsense' });
    expect(response.status).toBe(401);
  });

  test('CSV (one COPY) and NDJSON (batches) give the same rows, column for column, to every kind of caller', async () => {
    const callers: Array<[string, Record<string, string>]> = [
      ['anonymous', {}],
      ['analyst', { authorization: `Bearer ${await t.createKey(Role.ANALYST)}` }],
      ['editor of bury-est', { authorization: `Bearer ${await t.createKey(Role.PARTNERSHIP_EDITOR, ['bury-est'])}` }],
      ['admin', { authorization: `Bearer ${await t.createKey(Role.ADMIN)}` }],
    ];
    const asCsv = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    for (const query of ['', '?lang=cy', '?partnership=bury-est&partnership=conwy', '?metric=bury-est/starters']) {
      for (const [, headers] of callers) {
        const csvText = await (await get(`/export/observations.csv${query}`, headers)).text();
        const ndjson = (await (await get(`/export/observations.ndjson${query}`, headers)).text())
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        const records = parseSync(csvText, { columns: true }) as Array<Record<string, string>>;
        expect(records.length).toBe(ndjson.length);
        expect(records.length).toBeGreaterThan(0);
        expect(records).toEqual(ndjson.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCsv(v)]))));
        // RFC 4180: every record ends with CRLF, none with a bare LF.
        expect(csvText.endsWith('\r\n')).toBe(true);
        expect(csvText.split('\r\n').length - 1).toBeGreaterThanOrEqual(records.length + 1);
      }
    }
    // The audiences differ (the rows are not one answer for all): the editor sees Bury's small counts.
    const suppressedFor = async (headers: Record<string, string>) =>
      (parseSync(await (await get('/export/observations.csv?partnership=bury-est', headers)).text(), { columns: true }) as Array<Record<string, string>>).filter(
        (r) => r.suppressed === 'true',
      ).length;
    expect(await suppressedFor(callers[0][1])).toBeGreaterThan(0);
    expect(await suppressedFor(callers[2][1])).toBe(0);
  });

  test("every figure's stored global ID is the one the API gives it", async () => {
    const em = t.hub.orm.em.fork();
    const rows = await em.execute<Array<{ id: number; globalId: string | null }>>(`select id, global_id as "globalId" from indicator_observation`);
    expect(rows.length).toBeGreaterThan(0);
    const ids = await GlobalIds.load(em);
    expect(rows.filter((r) => r.globalId !== ids.to('IndicatorObservation', r.id))).toEqual([]);
  });

  test('the GraphQL field pages through the same rows, whole groups per page', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: Awaited<ReturnType<typeof t.client.data<any, any>>> = await t.client.data(ObservationExportDocument, { partnerships: ['bury-est'], first: 5, after });
      const rows = page.observationExport.rows as Array<{ observation_id: string; breakdown_of: string | null }>;
      expect(rows.length).toBeGreaterThan(0);
      // A page never ends inside a breakdown: every part's total is on the same page.
      for (const row of rows) if (row.breakdown_of) expect(rows.map((r) => r.observation_id)).toContain(row.breakdown_of);
      ids.push(...rows.map((r) => r.observation_id));
      after = page.observationExport.endCursor;
      if (!after) break;
    }
    expect(ids).toHaveLength(22);
    expect(new Set(ids).size).toBe(22);
  });
});

test('a comparator the caller may not see is not named in an export row', async () => {
  const rows = (headers: Record<string, string> = {}) => ndjsonRows('conwy', headers);
  const before = await rows();
  const eet = before.find((r) => r.stated_as === '50%' && r.comparator_id)!;
  const average = before.find((r) => r.observation_id === eet.comparator_id)!;
  expect(average.stated_as).toBe('56.7%');

  const admin = await t.clientAs(Role.ADMIN);
  await admin.data(SetSharingDocument, { id: average.observation_id!, sharing: 'OWNER' });
  try {
    const after = await rows();
    expect(after.map((r) => r.observation_id)).not.toContain(average.observation_id);
    expect(after.find((r) => r.observation_id === eet.observation_id)!.comparator_id).toBeNull();
    const owner = await rows({ authorization: `Bearer ${await t.createKey(Role.PARTNERSHIP_EDITOR, ['conwy'])}` });
    expect(owner.find((r) => r.observation_id === eet.observation_id)!.comparator_id).toBe(average.observation_id);
  } finally {
    await admin.data(SetSharingDocument, { id: average.observation_id!, sharing: 'PUBLIC' });
  }
});

test('a project the caller may not see is not named in an export row', async () => {
  const rows = (headers: Record<string, string> = {}) => ndjsonRows('bury-est', headers);
  const admin = await t.clientAs(Role.ADMIN);
  const project = (await admin.data(SharingTreeDocument, { slug: 'bury-est' })).partnership!.projects.find((p) => p.key === 'pilot-job-retention-initiative')!;
  const named = (await rows()).filter((r) => r.project !== null).map((r) => r.project);
  expect(named).toContain('pilot job retention initiative');
  await admin.data(SetSharingDocument, { id: project.id, sharing: 'OWNER' });
  try {
    expect((await rows()).map((r) => r.project)).not.toContain('pilot job retention initiative');
    const owner = await rows({ authorization: `Bearer ${await t.createKey(Role.PARTNERSHIP_EDITOR, ['bury-est'])}` });
    expect(owner.map((r) => r.project)).toContain('pilot job retention initiative');
  } finally {
    await admin.data(SetSharingDocument, { id: project.id, sharing: 'PUBLIC' });
  }
});

describe('a large export', () => {
  const SYNTHETIC = 100_000;

  beforeAll(async () => {
    // 100,000 counts of people for SEEM, values 0..49 (so 8% are small counts), inserted in one statement.
    // One long statement: not bound by the hub's per-request statement_timeout (a loaded CI machine).
    await t.hub.orm.em.fork().transactional(async (em) => {
      await em.execute('set local statement_timeout = 0');
      await em.execute(
        `insert into indicator_observation
           (key, source_id, partnership_id, ordinal, metric_id, scope, nature, value, unit, qualifier, stated_as, sharing, created_at, updated_at)
         select 'synthetic-' || g, o.source_id, o.partnership_id, 1000 + g, o.metric_id, 'PARTNERSHIP', 'REPORTED',
                g % 50, 'COUNT', 'EXACT', (g % 50)::text, 'PUBLIC', now(), now()
           from generate_series(1, ${SYNTHETIC}) g,
                (select source_id, partnership_id, metric_id from indicator_observation where key = 'people-interested-in-social-enterprise-reached') o`,
      );
      // Written behind the importer's back: who sees what is derived as any write would (access/derivation.ts).
      const [{ id }] = await em.execute<Array<{ id: number }>>(`select id from partnership where slug = 'seem'`);
      await new AccessDerivation(em).refresh([id]);
    });
  }, 300_000);

  test(`${SYNTHETIC.toLocaleString('en')} figures stream as CSV in constant memory and parse back to the same values`, async () => {
    const em = t.hub.orm.em.fork();
    const [expected] = await em.execute(
      `select count(*)::int as rows,
              count(*) filter (where unit = 'COUNT' and scope <> 'CONTEXT' and value > 0 and value < 5)::int as small,
              sum(value) filter (where not (unit = 'COUNT' and scope <> 'CONTEXT' and value > 0 and value < 5) and parent_id is null and key like 'synthetic-%')::float as visible_sum
         from indicator_observation where partnership_id = (select id from partnership where slug = 'seem')`,
    );
    // Live heap, not garbage waiting for collection: npm test runs node with --expose-gc.
    const live = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    const baseline = live();
    let peak = baseline;
    // Once a second: each sample is a full GC, which also stalls the server (same process).
    const sampler = setInterval(() => (peak = Math.max(peak, live())), 1000);

    const response = await get('/export/observations.csv?partnership=seem');
    expect(response.status).toBe(200);
    let rows = 0;
    let suppressed = 0;
    let visibleSum = 0;
    const parser = parse({ columns: true });
    const counting = (async () => {
      for await (const record of parser as AsyncIterable<Record<string, string>>) {
        rows++;
        if (record.suppressed === 'true') {
          suppressed++;
          expect(record.value).toBe('');
        } else if (record.metric_code === 'seem/people-interested-in-social-enterprise-reached' && record.stated_as !== 'over 300') {
          visibleSum += Number(record.value);
        }
      }
    })();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
    }
    parser.end();
    await counting;
    clearInterval(sampler);

    expect(rows).toBe(expected.rows);
    expect(rows).toBeGreaterThanOrEqual(SYNTHETIC);
    expect(suppressed).toBe(expected.small);
    expect(visibleSum).toBe(expected.visible_sum);
    const growth = (peak - baseline) / 1024 / 1024;
    console.log(`export of ${rows} rows: heap grew by at most ${growth.toFixed(1)} MB`);
    expect(growth).toBeLessThan(50);
  }, 600_000);

  test('downloads cut off mid-file free their connection: more of them than the pool holds, then a whole file', async () => {
    const poolSize = t.hub.orm.config.get('pool')?.max ?? 10;
    for (let i = 0; i < poolSize + 2; i++) {
      const controller = new AbortController();
      const response = await fetch(`${t.origin}/export/observations.csv?partnership=seem`, { signal: controller.signal });
      const reader = response.body!.getReader();
      expect((await reader.read()).done).toBe(false);
      controller.abort();
      await reader.closed.catch(() => undefined);
    }
    const text = await (await get('/export/observations.csv?partnership=bury-est')).text();
    expect(parseSync(text, { columns: true })).toHaveLength(22);
    // No COPY is left running on the server for a reader that left.
    const em = t.hub.orm.em.fork();
    for (let wait = 0; wait < 50; wait++) {
      const [{ running }] = await em.execute<Array<{ running: number }>>(
        `select count(*)::int as running from pg_stat_activity where query like 'copy (%' and state = 'active' and pid <> pg_backend_pid()`,
      );
      if (running === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('a COPY kept running after its reader left');
  }, 120_000);
});

/**
 * Issue 12 point 7, SDMX for transnational partners: /export/observations.sdmx.csv (SDMX-CSV 2.0),
 * /export/structure.json (its structure and code lists) and /export/datapackage.json (Frictionless).
 */
import { parse as parseSync } from 'csv-parse/sync';
import { Role } from '../src/access/roles';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.origin}${path}`, { headers });
const records = async (path: string, headers: Record<string, string> = {}) => {
  const response = await get(path, headers);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { header: text.split('\r\n')[0].split(','), rows: parseSync(text, { columns: true }) as Array<Record<string, string>> };
};
const DIMENSIONS = ['PARTNERSHIP', 'INDICATOR', 'CONCEPT', 'PERIOD', 'UNIT_MEASURE', 'FIGURE'];

describe("SDMX-CSV export of Bury's figures", () => {
  test('parses with a CSV parser, SDMX-CSV 2.0 header, one row per figure of the CSV export, unique keys', async () => {
    const { header, rows } = await records('/export/observations.sdmx.csv?partnership=bury-est');
    expect(header).toEqual([
      'STRUCTURE', 'STRUCTURE_ID', 'ACTION', ...DIMENSIONS, 'OBS_VALUE', 'OBS_STATUS', 'CONF_STATUS', 'UNIT_MULT', 'OBS_NOTE', 'NATURE', 'COMMON_INDICATOR',
    ]);
    const csv = (await records('/export/observations.csv?partnership=bury-est')).rows;
    expect(rows.map((r) => r.FIGURE)).toEqual(csv.map((r) => r.observation_id));
    for (const row of rows) expect(row).toMatchObject({ STRUCTURE: 'dataflow', STRUCTURE_ID: 'PDH:OBSERVATIONS(1.0)', ACTION: 'I', UNIT_MULT: '0', PARTNERSHIP: 'bury-est' });
    expect(new Set(rows.map((r) => DIMENSIONS.map((d) => r[d]).join('|'))).size).toBe(rows.length);
    // Every code is a valid SDMX ID.
    for (const row of rows) for (const d of DIMENSIONS.filter((d) => d !== 'FIGURE')) expect(row[d]).toMatch(/^[A-Za-z0-9_@$-]+$/);
    // Qualifiers become notes; values and statuses follow the CSV export.
    for (const [i, row] of rows.entries()) {
      expect(row.OBS_VALUE).toBe(csv[i].value);
      expect(row.OBS_NOTE.includes('over')).toBe(csv[i].qualifier === 'AT_LEAST');
      expect(row.OBS_NOTE.includes('almost')).toBe(csv[i].qualifier === 'ALMOST');
      if (csv[i].suppressed === 'false') expect(row.OBS_STATUS).toBe({ NORMAL: 'A', ESTIMATED: 'E', PROVISIONAL: 'P', FORECAST: 'F', REVISED: 'A' }[csv[i].status]);
    }
  });

  test('withheld cells: CONF_STATUS C, OBS_STATUS Q, no value; the owner and the admin see the value for the same key', async () => {
    const anonymous = (await records('/export/observations.sdmx.csv?partnership=bury-est')).rows;
    const withheld = anonymous.filter((r) => r.CONF_STATUS === 'C');
    expect(withheld.length).toBeGreaterThan(0);
    for (const row of withheld) expect(row).toMatchObject({ OBS_VALUE: '', OBS_STATUS: 'Q' });
    for (const row of anonymous.filter((r) => r.CONF_STATUS !== 'C')) {
      expect(row.CONF_STATUS).toBe('F');
      expect(row.OBS_VALUE).not.toBe('');
    }
    const physical = (await records('/export/observations.csv?partnership=bury-est')).rows.find((r) => r.breakdown_category === 'Physical Disability')!;
    expect(withheld.map((r) => r.FIGURE)).toContain(physical.observation_id);

    const owner = await t.createKey(Role.PARTNERSHIP_EDITOR, ['bury-est']);
    const admin = await t.createKey(Role.ADMIN);
    for (const key of [owner, admin]) {
      const rows = (await records('/export/observations.sdmx.csv?partnership=bury-est', { authorization: `Bearer ${key}` })).rows;
      expect(rows.filter((r) => r.CONF_STATUS === 'C')).toEqual([]);
      const same = rows.find((r) => DIMENSIONS.every((d) => r[d] === withheld[0][d]))!;
      expect(same.OBS_VALUE).not.toBe('');
      expect(rows.find((r) => r.FIGURE === physical.observation_id)!.OBS_VALUE).toBe('2');
    }
  });

  test('structure.json lists every code the export uses, in SDMX-JSON structure shape', async () => {
    const callers: Array<Record<string, string>> = [{}, { authorization: `Bearer ${await t.createKey(Role.ADMIN)}` }];
    for (const headers of callers) {
      const { rows } = await records('/export/observations.sdmx.csv?partnership=bury-est', headers);
      const response = await get('/export/structure.json?partnership=bury-est', headers);
      expect(response.status).toBe(200);
      const structure = (await response.json()) as any;
      const dsd = structure.data.dataStructures[0];
      expect(dsd.dataStructureComponents.dimensionList.dimensions.map((d: any) => d.id)).toEqual(DIMENSIONS);
      expect(dsd.dataStructureComponents.measureList.measures.map((m: any) => m.id)).toEqual(['OBS_VALUE']);
      const codelists = new Map<string, Set<string>>(structure.data.codelists.map((c: any) => [c.id, new Set(c.codes.map((code: any) => code.id))]));
      const components = [...dsd.dataStructureComponents.dimensionList.dimensions, ...dsd.dataStructureComponents.attributeList.attributes];
      const coded = components.filter((c: any) => c.localRepresentation.enumeration);
      expect(coded.map((c: any) => c.id)).toEqual(expect.arrayContaining(['PARTNERSHIP', 'INDICATOR', 'CONCEPT', 'PERIOD', 'UNIT_MEASURE', 'OBS_STATUS', 'CONF_STATUS']));
      for (const component of coded) {
        const id = /Codelist=PDH:(\w+)\(/.exec(component.localRepresentation.enumeration)![1];
        const codes = codelists.get(id)!;
        const used = new Set(rows.map((r) => r[component.id]));
        // Exactly the codes used: none missing, none invented.
        expect([...used].sort()).toEqual([...codes].sort());
      }
      const names = structure.data.codelists.find((c: any) => c.id === 'CL_PARTNERSHIP').codes;
      expect(names).toEqual([{ id: 'bury-est', name: expect.any(String) }]);
    }
  });
});

describe('data package', () => {
  test("datapackage.json's fields are each export's header row", async () => {
    const response = await get('/export/datapackage.json');
    expect(response.status).toBe(200);
    const pkg = (await response.json()) as any;
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r: any) => r.path)).toEqual(['observations.csv', 'observations.ndjson', 'observations.sdmx.csv']);
    for (const resource of pkg.resources) {
      const names = resource.schema.fields.map((f: any) => f.name);
      for (const field of resource.schema.fields) expect(['string', 'number', 'integer', 'boolean', 'date']).toContain(field.type);
      const text = await (await get(`/export/${resource.path}?partnership=bury-est`)).text();
      const header = resource.format === 'ndjson' ? Object.keys(JSON.parse(text.split('\n')[0])) : text.split('\r\n')[0].split(',');
      expect(header).toEqual(names);
    }
  });
});

describe('bad input', () => {
  test.each(['/export/observations.sdmx.csv', '/export/structure.json', '/export/datapackage.json'])('%s: unknown filter values are a 400 naming them', async (path) => {
    for (const [query, named] of [
      ['partnership=no-such', 'no-such'],
      ['metric=no-such-metric', 'no-such-metric'],
      ['partnership=bury-est&partnership=nowhere', 'nowhere'],
    ]) {
      const response = await get(`${path}?${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain(`"${named}"`);
    }
    const bad = await get(`${path}?lang=xx`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

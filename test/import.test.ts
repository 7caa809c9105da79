/**
 * The importer that loads the seed data is the one partnerships' own uploads will use:
 * idempotent, updates records in place (stable IDs), removes what a file no longer states,
 * and changes nothing when a file fails.
 */
import { conceptSchemes, readDataSet, type DataSet } from '../src/modules/import/data-files';
import { ImportService } from '../src/modules/import/import.service';
import { InterchangeError, parsePartnershipFile } from '../src/modules/import/interchange.validate';
import { PartnershipFactsDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
let seed: DataSet;
beforeAll(async () => {
  t = await startTestHub();
  seed = readDataSet();
});
afterAll(() => t?.close());

const writes = (statements: string[]) => statements.filter((s) => /^(insert|update|delete)\b/i.test(s.trim()));
const importer = () => new ImportService(t.hub.orm.em.fork());
const seem = () => t.client.data(PartnershipFactsDocument, { slug: 'seem' }).then((d) => d.partnership!);

test('seeding again skips every unchanged file and writes nothing', async () => {
  let results: Awaited<ReturnType<ImportService['importDataSet']>> = [];
  const statements = await t.sql.during(async () => {
    results = await importer().importDataSet(seed);
  });
  expect(results.map((r) => r.skipped)).toEqual([true, true, true, true, true]);
  expect(writes(statements)).toEqual([]);
});

test('a forced re-import of unchanged files finds nothing to change', async () => {
  const before = await seem();
  const statements = await t.sql.during(() => importer().importDataSet(seed, { force: true }));
  expect(writes(statements)).toEqual([]);
  expect(await seem()).toEqual(before);
});

test('a changed file updates records in place, adds new ones and removes what it no longer states', async () => {
  const before = await seem();
  const entry = seed.partnerships.find((p) => p.file.partnership.slug === 'seem')!;
  const file = structuredClone(entry.file);
  file.objectives[0].text = 'developing a common understanding (revised wording)';
  file.objectives[0].source = { ...file.objectives[0].source };
  const removedGroup = file.targetGroups.pop()!;
  file.objectives.push({ ...file.objectives[9], key: 'objective-added-in-test', text: 'a new objective' });

  const result = await importer().importPartnership('seem.json', file, JSON.stringify(file), seed.documentTexts);
  expect(result.skipped).toBe(false);
  const after = await seem();

  expect(after.id).toBe(before.id);
  expect(after.objectives[0].text).toBe('developing a common understanding (revised wording)');
  expect(after.objectives.slice(1, 10)).toEqual(before.objectives.slice(1, 10));
  expect(after.objectives[10]).toMatchObject({ ordinal: 10, text: 'a new objective' });
  expect(after.targetGroups.map((g) => g.label)).not.toContain(removedGroup.label);
  expect(after.targetGroups).toHaveLength(before.targetGroups.length - 1);

  // Back to the seed file: the original state returns, same IDs throughout.
  await importer().importPartnership('seem.json', entry.file, entry.raw, seed.documentTexts);
  const restored = await seem();
  expect(restored.objectives.map((o) => o.text)).toEqual(before.objectives.map((o) => o.text));
  expect(restored.targetGroups.map((g) => g.label)).toEqual(before.targetGroups.map((g) => g.label));
});

test('issue 12: a figure\'s status (estimated, provisional, forecast, revised) is imported, NORMAL by default, and a re-import of the seed restores it', async () => {
  const entry = seed.partnerships.find((p) => p.file.partnership.slug === 'bury-est')!;
  const statuses = async () =>
    Object.fromEntries(
      (
        await t.hub.orm.em
          .fork()
          .execute<Array<{ key: string; status: string }>>(
            `select o.key, o.status from indicator_observation o join partnership p on p.id = o.partnership_id where p.slug = 'bury-est' order by o.key`,
          )
      ).map((r) => [r.key, r.status]),
    );
  const before = await statuses();
  expect(new Set(Object.values(before))).toEqual(new Set(['NORMAL']));
  const file = structuredClone(entry.file) as unknown as Record<string, any>;
  const starters = file.observations.find((o: { key: string }) => o.key === 'starters');
  starters.status = 'PROVISIONAL';
  starters.breakdown[0].status = 'ESTIMATED';
  const parsed = parsePartnershipFile('bury-est.json', file, {
    readDocumentText: (name: string) => seed.documentTexts.get(name),
    placeKeys: new Set(seed.reference.places.map((p) => p.key)),
    concepts: conceptSchemes(seed.reference),
  });
  await importer().importPartnership('bury-est.json', parsed, JSON.stringify(file), seed.documentTexts);
  try {
    const after = await statuses();
    expect(after.starters).toBe('PROVISIONAL');
    expect(after[starters.breakdown[0].key]).toBe('ESTIMATED');
    expect(after[starters.breakdown[1].key]).toBe('NORMAL');
    expect(Object.values(after).filter((s) => s !== 'NORMAL')).toHaveLength(2);
  } finally {
    await importer().importPartnership('bury-est.json', entry.file, entry.raw, seed.documentTexts);
  }
  expect(await statuses()).toEqual(before);
});

test('an import that fails half way changes nothing', async () => {
  const before = await seem();
  const entry = seed.partnerships.find((p) => p.file.partnership.slug === 'seem')!;
  const file = structuredClone(entry.file);
  file.objectives[0].text = 'this change must not survive';
  file.illustrations.push({ key: 'boom', caption: 'boom', source: file.objectives[1].source });

  // A database failure after the first rows are written: a trigger refuses the illustration.
  const em = t.hub.orm.em.fork();
  await em.execute(`create or replace function refuse_boom() returns trigger language plpgsql as $$
    begin if new.caption = 'boom' then raise exception 'refused by test trigger'; end if; return new; end $$`);
  await em.execute('create trigger refuse_boom before insert on illustration for each row execute function refuse_boom()');
  try {
    await expect(importer().importPartnership('seem.json', file, JSON.stringify(file), seed.documentTexts)).rejects.toThrow(
      /refused by test trigger/,
    );
  } finally {
    await em.execute('drop trigger refuse_boom on illustration');
  }
  expect(await seem()).toEqual(before);
});

describe('a malformed interchange file is refused before any write, with every problem located', () => {
  const context = () => ({
    readDocumentText: (name: string) => seed.documentTexts.get(name),
    placeKeys: new Set(seed.reference.places.map((p) => p.key)),
    concepts: conceptSchemes(seed.reference),
  });
  const seemFile = () => structuredClone(seed.partnerships.find((p) => p.file.partnership.slug === 'seem')!.file) as unknown as Record<string, any>;

  test('references, duplicate keys and quotes not found in the document', () => {
    const file = seemFile();
    file.partnership.places = ['atlantis'];
    file.objectives[1].key = file.objectives[0].key;
    file.observations[0].metric = 'seem/no-such-metric';
    file.objectives[2].source.quote = 'words that are not in the document';
    try {
      parsePartnershipFile('seem.json', file, context());
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(InterchangeError);
      const problems = (e as InterchangeError).problems.map((p) => `${p.path}: ${p.message}`);
      expect(problems).toEqual(
        expect.arrayContaining([
          'partnership.places[0]: unknown place "atlantis"',
          `objectives[1].key: duplicate objective key "${file.objectives[0].key}"`,
          'observations[0].metric: unknown metric "seem/no-such-metric"',
          expect.stringMatching(/^objectives\[2\]\.source\.quote: not found verbatim in document/),
        ]),
      );
    }
  });

  test('shape errors: wrong types, unknown enum values, unknown fields', () => {
    const file = seemFile();
    file.observations[0].value = 'three hundred';
    file.partnership.programme = 'INTERREG';
    file.partnership.colour = 'blue';
    file.observations[1].status = 'GUESSED';
    expect(() => parsePartnershipFile('seem.json', file, context())).toThrow(InterchangeError);
    try {
      parsePartnershipFile('seem.json', file, context());
    } catch (e) {
      const paths = (e as InterchangeError).problems.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['observations[0].value', 'observations[1].status', 'partnership.programme', 'partnership']));
    }
  });

  test("a count of people whose key states its value (the key shows where the value is withheld)", () => {
    const file = (slug: string) => structuredClone(seed.partnerships.find((p) => p.file.partnership.slug === slug)!.file) as unknown as Record<string, any>;
    const bury = file('bury-est');
    const at = (key: string) => bury.observations.findIndex((o: { key: string }) => o.key === key);
    const [staff, employed] = [at('staff-trained'), at('number-employed')];
    bury.observations[staff].key = 'staff-trained-15';
    bury.observations[employed].breakdown[0].key = 'employed-ld-three';
    try {
      parsePartnershipFile('bury-est.json', bury, context());
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as InterchangeError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        `observations[${employed}].breakdown[0].key: the key "employed-ld-three" states the figure's value (3), which may be withheld: name what is counted instead`,
        `observations[${staff}].key: the key "staff-trained-15" states the figure's value (15), which may be withheld: name what is counted instead`,
      ]);
    }
    // Counts of teams or organisations identify no one: LEAD's "land-apprentice-3-teams" stands.
    expect(() => parsePartnershipFile('black-country-lead.json', file('black-country-lead'), context())).not.toThrow();
  });

  test('sums: unknown figures, a figure adding up to itself or round a chain, an item to its own total or a total to its own part', () => {
    const bury = structuredClone(seed.partnerships.find((p) => p.file.partnership.slug === 'bury-est')!.file) as unknown as Record<string, any>;
    const at = (key: string) => bury.observations.findIndex((o: { key: string }) => o.key === key);
    const [starters, completers, leavers, employed] = [at('starters'), at('completers'), at('early-leavers'), at('number-employed')];
    bury.observations[completers].sumsTo = 'no-such-figure';
    bury.observations[starters].sumsTo = 'starters-ethnicity';
    bury.observations[starters].breakdown[0].sumsTo = 'starters';
    bury.observations[starters].breakdown[1].sumsTo = bury.observations[starters].breakdown[1].key;
    // early leavers -> employed -> early leavers: a loop.
    bury.observations[leavers].sumsTo = 'number-employed';
    bury.observations[employed].sumsTo = 'early-leavers';
    try {
      parsePartnershipFile('bury-est.json', bury, context());
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as InterchangeError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        `observations[${starters}].sumsTo: a total cannot add up to one of its own parts`,
        `observations[${starters}].breakdown[0].sumsTo: a breakdown item already adds up to its total`,
        `observations[${starters}].breakdown[1].sumsTo: an observation cannot add up to itself`,
        `observations[${completers}].sumsTo: unknown observation "no-such-figure"`,
        'observations: "early-leavers" adds up, through other figures, to itself',
        'observations: "number-employed" adds up, through other figures, to itself',
      ]);
    }
  });

  test('a part shared more widely than its whole, and a person\'s name in a key', () => {
    const bury = structuredClone(seed.partnerships.find((p) => p.file.partnership.slug === 'bury-est')!.file) as unknown as Record<string, any>;
    const starters = bury.observations.findIndex((o: { key: string }) => o.key === 'starters');
    bury.observations[starters].sharing = 'PARTNERS';
    bury.observations[starters].breakdown[2].sharing = 'PUBLIC';
    bury.reports[0].sharing = 'OWNER';
    bury.progressNotes[0].sharing = 'PUBLIC';
    const powys = structuredClone(seed.partnerships.find((p) => p.file.partnership.slug === 'powys-equals')!.file) as unknown as Record<string, any>;
    const surname = (powys.contacts[0].name as string).split(/\s+/).pop()!.toLowerCase();
    powys.contacts[0].key = `contact-${surname}`;
    const problemsOf = (name: string, file: unknown) => {
      try {
        parsePartnershipFile(name, file, context());
      } catch (e) {
        return (e as InterchangeError).problems.map((p) => `${p.path}: ${p.message}`);
      }
      throw new Error(`expected ${name} to be refused`);
    };
    expect(problemsOf('bury-est.json', bury)).toEqual(
      expect.arrayContaining([
        `observations[${starters}].breakdown[2].sharing: PUBLIC is wider than its total's PARTNERS`,
        "progressNotes[0].sharing: PUBLIC is wider than its report's OWNER",
      ]),
    );
    expect(problemsOf('powys-equals.json', powys)).toEqual([
      `contacts[0].key: the key "contact-${surname}" contains personal data ("${surname}"): use a neutral key such as "contact-1"`,
    ]);
  });
});

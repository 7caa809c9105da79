/**
 * Who sees a record is its owners' choice (setSharing), and that choice holds: a part is never
 * shared more widely than what it is part of, tightening a whole takes its parts along, a
 * re-import that does not state a level keeps the one set, and a record belongs to the
 * partnership that declared it, not to one it merely names.
 */
import { Role, SharingLevel } from '../src/access/roles';
import { readDataSet } from '../src/modules/import/data-files';
import { ImportService } from '../src/modules/import/import.service';
import { DocumentTextDocument, SearchDocument, SetSharingDocument, SharingTreeDocument, TransnationalCatalogueDocument } from './generated/graphql';
import type { GraphQLClient } from './support/graphql-client';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
let admin: GraphQLClient;
let buryEditor: GraphQLClient;
let powysEditor: GraphQLClient;
beforeAll(async () => {
  t = await startTestHub();
  admin = await t.clientAs(Role.ADMIN);
  buryEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
  powysEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['powys-equals']);
});
afterAll(() => t?.close());

const tree = async (slug: string, client = admin) => (await client.data(SharingTreeDocument, { slug })).partnership!;

describe('parts follow what they are part of', () => {
  test("tightening Bury's starters takes its six breakdown parts along; a part cannot then be opened on its own", async () => {
    const starters = (await tree('bury-est')).observations.find((o) => o.key === 'starters')!;
    const { setSharing } = await buryEditor.data(SetSharingDocument, { id: starters.id, sharing: 'PARTNERS' });
    expect(setSharing).toMatchObject({ previous: 'PUBLIC', sharing: 'PARTNERS', cascaded: 6 });
    const after = (await tree('bury-est')).observations.find((o) => o.key === 'starters')!;
    expect(after.breakdown.map((b) => b.sharing)).toEqual(Array(6).fill('PARTNERS'));
    expect((await tree('bury-est', t.client)).observations.map((o) => o.key)).not.toContain('starters');

    const refused = await buryEditor.request(SetSharingDocument, { id: after.breakdown[0].id, sharing: 'PUBLIC' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'A record cannot be shared more widely than the IndicatorObservation it belongs to (PARTNERS)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await tree('bury-est')).observations.find((o) => o.key === 'starters')!.breakdown[0].sharing).toBe('PARTNERS');
  });

  test("a project's partner links and a report's progress notes follow them", async () => {
    const bury = await tree('bury-est');
    const project = bury.projects.find((p) => p.partners.length > 0)!;
    const project_ = await buryEditor.data(SetSharingDocument, { id: project.id, sharing: 'OWNER' });
    expect(project_.setSharing.cascaded).toBe(project.partners.length);
    const report = bury.reports[0];
    expect(report.progressNotes.length).toBeGreaterThan(10);
    const report_ = await buryEditor.data(SetSharingDocument, { id: report.id, sharing: 'PARTNERS' });
    expect(report_.setSharing.cascaded).toBe(report.progressNotes.length);

    const after = await tree('bury-est');
    expect(after.projects.find((p) => p.id === project.id)!.partners.every((l) => l.sharing === 'OWNER')).toBe(true);
    expect(after.reports[0].progressNotes.every((n) => n.sharing === 'PARTNERS')).toBe(true);
    // Loosening the whole again does not open the parts: each is its owners' own choice.
    await buryEditor.data(SetSharingDocument, { id: report.id, sharing: 'PUBLIC' });
    expect((await tree('bury-est')).reports[0].progressNotes.every((n) => n.sharing === 'PARTNERS')).toBe(true);
  });
});

describe('search follows sharing at once', () => {
  // The index copies each record's level (search_entry.sharing) when its partnership's sharing changes.
  const objectiveHits = async (client: GraphQLClient, id: string) =>
    (await client.data(SearchDocument, { query: 'supported employment', first: 100, filter: { partnerships: { slugs: ['bury-est'] }, recordTypes: ['OBJECTIVE'] } })).search.edges.filter(
      (e) => e.node.record && 'id' in e.node.record && e.node.record.id === id,
    ).length;

  test('an objective its editor hides is no hit for the public or other partnerships, still one for its owners and admin; reopened, found again', async () => {
    const analyst = await t.clientAs(Role.ANALYST);
    const objectives = (await tree('bury-est')).objectives;
    // An objective the search finds for everyone before the change.
    let target: string | undefined;
    for (const o of objectives) if ((await objectiveHits(t.client, o.id)) === 1) target ??= o.id;
    expect(target).toBeDefined();
    const id = target!;
    await buryEditor.data(SetSharingDocument, { id, sharing: 'OWNER' });
    expect([await objectiveHits(t.client, id), await objectiveHits(analyst, id), await objectiveHits(powysEditor, id)]).toEqual([0, 0, 0]);
    expect([await objectiveHits(buryEditor, id), await objectiveHits(admin, id)]).toEqual([1, 1]);
    await buryEditor.data(SetSharingDocument, { id, sharing: 'PUBLIC' });
    expect([await objectiveHits(t.client, id), await objectiveHits(analyst, id), await objectiveHits(powysEditor, id)]).toEqual([1, 1, 1]);
  });
});

test("a partnership shared with partners only takes its records and its source document's text along", async () => {
  const conwy = await tree('conwy');
  const { setSharing } = await admin.data(SetSharingDocument, { id: conwy.id, sharing: 'PARTNERS' });
  expect(setSharing.cascaded).toBeGreaterThan(50);
  // The public no longer sees the partnership, so not its document either (not even in the catalogue).
  expect((await t.client.data(DocumentTextDocument, { key: '003-ad525a32b259ab58' })).sourceDocument).toBeNull();
  const analyst = await t.clientAs(Role.ANALYST);
  const document = (await analyst.data(DocumentTextDocument, { key: '003-ad525a32b259ab58' })).sourceDocument!;
  expect(document.textSharing).toBe('PARTNERS');
  expect(document.text).toContain('Conwy');
  expect((await tree('conwy')).objectives.every((o) => o.sharing === 'PARTNERS')).toBe(true);
  expect(await t.client.data(SharingTreeDocument, { slug: 'conwy' })).toEqual({ partnership: null });
});

describe('a re-import keeps the levels owners set', () => {
  test('a changed file that does not state sharing leaves an objective the editor hid hidden', async () => {
    const seed = readDataSet();
    const entry = seed.partnerships.find((p) => p.file.partnership.slug === 'powys-equals')!;
    const objective = (await tree('powys-equals')).objectives[0];
    await powysEditor.data(SetSharingDocument, { id: objective.id, sharing: 'OWNER' });

    const file = structuredClone(entry.file);
    expect(file.objectives[0].sharing).toBeUndefined();
    file.partnership.description = `${file.partnership.description ?? ''} (revised)`;
    const result = await new ImportService(t.hub.orm.em.fork()).importPartnership(entry.name, file, JSON.stringify(file), seed.documentTexts);
    expect(result.skipped).toBe(false);
    expect((await tree('powys-equals')).objectives[0]).toMatchObject({ id: objective.id, sharing: 'OWNER' });
    expect((await tree('powys-equals', t.client)).objectives.map((o) => o.id)).not.toContain(objective.id);

    // A file that states a level is the owner's word too: it wins.
    file.objectives[0].sharing = SharingLevel.PUBLIC;
    await new ImportService(t.hub.orm.em.fork()).importPartnership(entry.name, file, JSON.stringify(file), seed.documentTexts);
    expect((await tree('powys-equals')).objectives[0].sharing).toBe('PUBLIC');
    await new ImportService(t.hub.orm.em.fork()).importPartnership(entry.name, entry.file, entry.raw, seed.documentTexts);
  });
});

describe('a record belongs to the partnership that declared it', () => {
  test('a FUTURO member Bury declares, naming Powys, is Bury\'s to share, not Powys\'', async () => {
    const seed = readDataSet();
    const entry = seed.partnerships.find((p) => p.file.partnership.slug === 'bury-est')!;
    const file = structuredClone(entry.file);
    const futuro = file.transnationalPartnerships.find((tp) => tp.key === 'futuro')!;
    futuro.members.push({ ...futuro.members[0], key: 'powys-equals', partnership: 'powys-equals' });
    await new ImportService(t.hub.orm.em.fork()).importPartnership(entry.name, file, JSON.stringify(file), seed.documentTexts);
    try {
      const member = (await tree('bury-est')).transnationalPartnerships
        .find((tp) => tp.key === 'futuro')!
        .members.find((m) => m.partnership?.slug === 'powys-equals')!;
      expect(member.declaredBy.slug).toBe('bury-est');

      const refused = await powysEditor.request(SetSharingDocument, { id: member.id, sharing: 'OWNER' });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await buryEditor.data(SetSharingDocument, { id: member.id, sharing: 'OWNER' });
      // Hidden from Powys' editor too: owning a record's subject is not owning the record.
      const seenByPowys = (await tree('bury-est', powysEditor)).transnationalPartnerships.flatMap((tp) => tp.members.map((m) => m.id));
      expect(seenByPowys).not.toContain(member.id);
      const seenByBury = (await tree('bury-est', buryEditor)).transnationalPartnerships.flatMap((tp) => tp.members.map((m) => m.id));
      expect(seenByBury).toContain(member.id);
    } finally {
      await new ImportService(t.hub.orm.em.fork()).importPartnership(entry.name, entry.file, entry.raw, seed.documentTexts);
    }
  });
});

test('a transnational partnership only a hidden partnership declares is not listed either', async () => {
  const keys = async (client: GraphQLClient) =>
    (await client.data(TransnationalCatalogueDocument, {})).transnationalPartnerships.edges.map((e) => e.node.key);
  expect(await keys(t.client)).toEqual(['futuro']);
  const bury = await tree('bury-est');
  await admin.data(SetSharingDocument, { id: bury.id, sharing: 'OWNER' });
  expect(await keys(t.client)).toEqual([]);
  expect((await t.client.data(TransnationalCatalogueDocument, {})).transnationalPartnerships.totalCount).toBe(0);
  expect(await keys(buryEditor)).toEqual(['futuro']);
  expect(await keys(powysEditor)).toEqual([]);
});

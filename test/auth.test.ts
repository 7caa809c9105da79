/**
 * Issue 3, role matrix: the same queries and mutations, asked by each role, show exactly what that
 * role may see or do: personal data, hidden records (totalCount included), key management, and
 * writes to its own partnership versus another's. Plus the API key lifecycle and the audit log.
 */
import { Role } from '../src/access/roles';
import {
  ApiKeysDocument,
  AuditLogDocument,
  CreateApiKeyDocument,
  DocumentTextDocument,
  NodeByIdDocument,
  PersonalDataInSourcesDocument,
  RevokeApiKeyDocument,
  SetSharingDocument,
  ViewerDocument,
  VisibleRecordsDocument,
  type VisibleRecordsQuery,
} from './generated/graphql';
import type { GraphQLClient } from './support/graphql-client';
import { startTestHub, type TestHub } from './support/hub';

type Who = 'public' | 'analyst' | 'transnational' | 'buryEditor' | 'powysConwyEditor' | 'admin';
const everyone: Who[] = ['public', 'analyst', 'transnational', 'buryEditor', 'powysConwyEditor', 'admin'];

let t: TestHub;
const as = {} as Record<Who, GraphQLClient>;
let hiddenObjectiveId: string;
let partnersOnlyFigureId: string;
let openObjectiveId: string;
const views = {} as Record<Who, VisibleRecordsQuery>;

const partnership = (who: Who, slug: string) => views[who].partnerships.edges.map((e) => e.node).find((p) => p.slug === slug);

beforeAll(async () => {
  t = await startTestHub();
  as.public = t.client;
  as.analyst = await t.clientAs(Role.ANALYST);
  as.transnational = await t.clientAs(Role.TRANSNATIONAL_PARTNER);
  as.buryEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['bury-est']);
  as.powysConwyEditor = await t.clientAs(Role.PARTNERSHIP_EDITOR, ['powys-equals', 'conwy']);
  as.admin = await t.clientAs(Role.ADMIN);

  // The owners' choices the matrix is about, made through the API by an administrator.
  const all = await as.admin.data(VisibleRecordsDocument, {});
  const bury = all.partnerships.edges.find((e) => e.node.slug === 'bury-est')!.node;
  const seem = all.partnerships.edges.find((e) => e.node.slug === 'seem')!.node;
  hiddenObjectiveId = bury.objectives[3].id;
  openObjectiveId = bury.objectives[0].id;
  partnersOnlyFigureId = bury.observations.find((o) => o.key === 'starters')!.id;
  await as.admin.data(SetSharingDocument, { id: hiddenObjectiveId, sharing: 'OWNER' });
  await as.admin.data(SetSharingDocument, { id: partnersOnlyFigureId, sharing: 'PARTNERS' });
  const seemChange = await as.admin.data(SetSharingDocument, { id: seem.id, sharing: 'PARTNERS' });
  expect(seemChange.setSharing.cascaded).toBeGreaterThan(20); // its records followed it

  for (const who of everyone) views[who] = await as[who].data(VisibleRecordsDocument, {});
});
afterAll(() => t?.close());

test('each caller is who its key says', async () => {
  const roles = await Promise.all(everyone.map(async (who) => (await as[who].data(ViewerDocument, {})).viewer));
  expect(roles.map((v) => v.role)).toEqual(['PUBLIC', 'ANALYST', 'TRANSNATIONAL_PARTNER', 'PARTNERSHIP_EDITOR', 'PARTNERSHIP_EDITOR', 'ADMIN']);
  expect(roles[0].apiKeyName).toBeNull();
  expect(roles[4].partnerships.map((p) => p.slug).sort()).toEqual(['conwy', 'powys-equals']);
});

describe('hidden records are absent, counts included', () => {
  test.each([
    // who, partnerships seen, SEEM visible, Bury objectives, Bury figure shared with partners visible
    ['public', 4, false, 3, false],
    ['analyst', 5, true, 3, true],
    ['transnational', 5, true, 3, true],
    ['buryEditor', 5, true, 4, true],
    ['powysConwyEditor', 5, true, 3, true],
    ['admin', 5, true, 4, true],
  ] as const)('%s', (who, total, seesSeem, buryObjectives, seesPartnersFigure) => {
    expect(views[who].partnerships.totalCount).toBe(total);
    expect(views[who].partnerships.edges).toHaveLength(total);
    expect(!!partnership(who, 'seem')).toBe(seesSeem);
    const bury = partnership(who, 'bury-est')!;
    expect(bury.objectives).toHaveLength(buryObjectives);
    expect(bury.objectives.some((o) => o.id === hiddenObjectiveId)).toBe(buryObjectives === 4);
    expect(bury.observations.some((o) => o.id === partnersOnlyFigureId)).toBe(seesPartnersFigure);
  });

  test.each(everyone)('node(id:) of an OWNER-only record, asked by %s', async (who) => {
    const { node } = await as[who].data(NodeByIdDocument, { id: hiddenObjectiveId });
    const owner = who === 'buryEditor' || who === 'admin';
    expect(node === null).toBe(!owner);
    // Not an error: a hidden record is indistinguishable from one that does not exist.
    const missing = await as[who].request(NodeByIdDocument, { id: Buffer.from('Objective:99999').toString('base64url') });
    expect(missing.errors).toBeUndefined();
  });
});

describe('personal data only for the owning partnership and administrators', () => {
  test.each(everyone)('Powys contacts and Conwy quotes, as %s', (who) => {
    const owner = who === 'powysConwyEditor' || who === 'admin';
    const contacts = partnership(who, 'powys-equals')!.contacts;
    expect(contacts).toHaveLength(2);
    expect(contacts.map((c) => c.name)).toEqual(owner ? ['Christine Cameron', 'Alison Thomas'] : [null, null]);
    expect(contacts[0].redactedFields).toEqual(owner ? [] : ['name', 'jobTitle', 'email', 'phone']);
    const quotes = partnership(who, 'conwy')!.testimonials;
    expect(quotes).toHaveLength(3);
    expect(quotes[0].text).toMatch(/^Really enjoyed the courses/); // the quote itself is public
    expect(quotes[0].speaker).toBe(owner ? 'a single father' : null);
    expect(quotes[0].referredBy).toBe(owner ? 'the Supporting Children team' : null);
    expect(quotes[0].redactedFields).toEqual(owner ? [] : ['speaker', 'referredBy']);
  });
});

describe('personal data stands in the sources too: masked there for non-owners', () => {
  test.each(everyone)('contact and quote passages, and the document text, as %s', async (who) => {
    const owner = who === 'powysConwyEditor' || who === 'admin';
    const { powys, conwy } = await as[who].data(PersonalDataInSourcesDocument, {});
    const [first] = powys!.contacts;
    const text = first.source.document.text!;
    if (owner) {
      expect(first.source.quote).toBe('Christine Cameron, PAVO (Powys Association of Voluntary Organisations)');
      expect(text).toContain('Christine Cameron');
      expect(conwy!.testimonials[0].source.quote).toContain('(a single father referred by the Supporting Children team)');
    } else {
      expect(first.source.quote).toBe('[personal data withheld], PAVO (Powys Association of Voluntary Organisations)');
      for (const name of ['Christine Cameron', 'Alison Thomas']) expect(text.includes(name)).toBe(false);
      expect(text).toContain('Powys Equals Partnership aims'); // the rest is intact
      expect(conwy!.testimonials[0].source.quote).toContain('([personal data withheld] referred by [personal data withheld])');
      expect(JSON.stringify(conwy)).not.toContain('Supporting Children team');
    }
  });
});

describe('key management is for administrators', () => {
  test.each([
    ['public', 'UNAUTHENTICATED'],
    ['analyst', 'FORBIDDEN'],
    ['transnational', 'FORBIDDEN'],
    ['buryEditor', 'FORBIDDEN'],
    ['powysConwyEditor', 'FORBIDDEN'],
  ] as const)('%s may neither list nor create keys (%s)', async (who, code) => {
    const list = await as[who].request(ApiKeysDocument, {});
    expect(list.data).toBeNull();
    expect(list.errors?.[0].extensions?.code).toBe(code);
    const create = await as[who].request(CreateApiKeyDocument, { input: { name: 'sneaky', role: 'ADMIN' } });
    expect(create.errors?.[0].extensions?.code).toBe(code);
    const log = await as[who].request(AuditLogDocument, { first: 5 });
    expect(log.errors?.[0].extensions?.code).toBe(code);
  });

  test('an administrator creates, lists and revokes keys; a revoked key stops working at once', async () => {
    const { createApiKey } = await as.admin.data(CreateApiKeyDocument, {
      input: { name: 'SEEM editor', role: 'PARTNERSHIP_EDITOR', partnerships: ['seem'] },
    });
    expect(createApiKey.secret).toMatch(/^pdh_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(createApiKey.apiKey.status).toBe('ACTIVE');
    const seemEditor = new (as.admin.constructor as typeof GraphQLClient)(t.url, { authorization: `Bearer ${createApiKey.secret}` });
    expect((await seemEditor.data(ViewerDocument, {})).viewer.partnerships.map((p) => p.slug)).toEqual(['seem']);

    const { apiKeys } = await as.admin.data(ApiKeysDocument, {});
    const listed = apiKeys.find((k) => k.id === createApiKey.apiKey.id)!;
    expect(listed).toMatchObject({ name: 'SEEM editor', role: 'PARTNERSHIP_EDITOR', prefix: createApiKey.apiKey.prefix });
    expect(JSON.stringify(apiKeys)).not.toContain(createApiKey.secret.slice(17)); // secrets are never listed

    const { revokeApiKey } = await as.admin.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    expect(revokeApiKey.status).toBe('REVOKED');
    const after = await seemEditor.request(ViewerDocument, {});
    expect(after.status).toBe(401);
    expect(after.errors?.[0]).toMatchObject({ message: 'This API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
    const again = await as.admin.request(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('invalid key requests are refused with clear errors', async () => {
    const bad = await as.admin.request(CreateApiKeyDocument, { input: { name: 'x', role: 'PARTNERSHIP_EDITOR' } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0].message).toMatch(/names the partnerships/);
    const unknown = await as.admin.request(CreateApiKeyDocument, { input: { name: 'x', role: 'PARTNERSHIP_EDITOR', partnerships: ['atlantis'] } });
    expect(unknown.errors?.[0].message).toBe('Unknown partnership(s): atlantis');
    const past = await as.admin.request(CreateApiKeyDocument, { input: { name: 'x', role: 'ANALYST', expiresAt: '2001-01-01T00:00:00Z' } });
    expect(past.errors?.[0].message).toBe('The expiry date must be in the future');
  });
});

describe('API keys that are not valid', () => {
  const viewerWith = (authorization: string) =>
    fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ viewer { role } partnerships { totalCount } }' }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } }));

  test('an expired key', async () => {
    const secret = await t.createKey(Role.ANALYST, [], new Date(Date.now() + 1500));
    expect((await viewerWith(`Bearer ${secret}`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1700));
    const expired = await viewerWith(`Bearer ${secret}`);
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]).toMatchObject({ message: 'This API key has expired', extensions: { code: 'UNAUTHENTICATED' } });
    expect(expired.body.data).toBeUndefined();
  });

  test.each([
    ['a forged key of the right shape', `Bearer pdh_abcdefghijkl_${'A'.repeat(43)}`, 'Unknown API key'],
    ['a real prefix with a wrong secret', 'PREFIX', 'Unknown API key'],
    ['a key without "Bearer"', 'pdh_abcdefghijkl_x', 'The Authorization header must be "Bearer <API key>"'],
    ['garbage', 'Bearer \' or 1=1 --', 'The Authorization header must be "Bearer <API key>"'],
    ['Basic auth', 'Basic dXNlcjpwYXNz', 'The Authorization header must be "Bearer <API key>"'],
  ])('%s gets 401 UNAUTHENTICATED and no data', async (_, header, message) => {
    let authorization = header;
    if (header === 'PREFIX') {
      const real = await t.createKey(Role.ADMIN);
      authorization = `Bearer ${real.slice(0, 17)}${'B'.repeat(43)}`;
    }
    const response = await viewerWith(authorization);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'UNAUTHENTICATED' } });
    expect(response.body.data).toBeUndefined();
  });
});

describe('writes: editors change their own partnership only', () => {
  test.each([
    ['public', 'UNAUTHENTICATED'],
    ['analyst', 'FORBIDDEN'],
    ['transnational', 'FORBIDDEN'],
    ['powysConwyEditor', 'FORBIDDEN'],
  ] as const)('%s may not change a Bury record (%s), and nothing changes', async (who, code) => {
    const result = await as[who].request(SetSharingDocument, { id: openObjectiveId, sharing: 'PARTNERS' });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    const bury = (await as.admin.data(VisibleRecordsDocument, {})).partnerships.edges.find((e) => e.node.slug === 'bury-est')!.node;
    expect(bury.objectives.find((o) => o.id === openObjectiveId)!.sharing).toBe('PUBLIC');
  });

  test('a record an editor cannot see is NOT_FOUND to them, not FORBIDDEN', async () => {
    const result = await as.powysConwyEditor.request(SetSharingDocument, { id: hiddenObjectiveId, sharing: 'PUBLIC' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  test("Bury's editor changes a Bury record; the change is visible and audited", async () => {
    const { setSharing } = await as.buryEditor.data(SetSharingDocument, { id: openObjectiveId, sharing: 'PARTNERS' });
    expect(setSharing).toMatchObject({ previous: 'PUBLIC', sharing: 'PARTNERS', cascaded: 0 });
    const publicView = await as.public.data(VisibleRecordsDocument, {});
    const bury = publicView.partnerships.edges.find((e) => e.node.slug === 'bury-est')!.node;
    expect(bury.objectives.map((o) => o.id)).not.toContain(openObjectiveId);

    const { auditLog } = await as.admin.data(AuditLogDocument, { first: 10 });
    const entry = auditLog.edges.map((e) => e.node).find((n) => n.targetId === openObjectiveId)!;
    expect(entry).toMatchObject({
      action: 'SHARING_CHANGED',
      actorRole: 'PARTNERSHIP_EDITOR',
      targetType: 'Objective',
      changes: { sharing: { before: 'PUBLIC', after: 'PARTNERS' }, cascaded: 0 },
    });
    expect(entry.actorName).toMatch(/^test partnership_editor/);
    expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.now() - new Date(entry.at).getTime()).toBeLessThan(60_000);
    // Back, for the other tests' expectations.
    await as.buryEditor.data(SetSharingDocument, { id: openObjectiveId, sharing: 'PUBLIC' });
  });

  test('a record is never shared more widely than its partnership', async () => {
    const seem = (await as.admin.data(VisibleRecordsDocument, {})).partnerships.edges.find((e) => e.node.slug === 'seem')!.node;
    const result = await as.admin.request(SetSharingDocument, { id: seem.objectives[0].id, sharing: 'PUBLIC' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'A record cannot be shared more widely than its partnership (PARTNERS)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('the audit log records imports, key changes and sharing changes with their actors', async () => {
    const { auditLog } = await as.admin.data(AuditLogDocument, { first: 100 });
    const actions = new Set(auditLog.edges.map((e) => e.node.action));
    expect(actions).toEqual(new Set(['DATASET_IMPORTED', 'API_KEY_CREATED', 'API_KEY_REVOKED', 'SHARING_CHANGED']));
    const seeded = auditLog.edges.map((e) => e.node).filter((n) => n.action === 'DATASET_IMPORTED');
    expect(seeded.map((n) => n.targetId).sort()).toEqual(['black-country-lead', 'bury-est', 'conwy', 'powys-equals', 'seem']);
    expect(seeded.every((n) => n.actorName === 'seed')).toBe(true);
    const created = auditLog.edges.map((e) => e.node).filter((n) => n.action === 'API_KEY_CREATED');
    expect(created.length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(created)).not.toMatch(/pdh_[a-z0-9]{12}_/); // no secret in the log
  });
});

test('a document whose text is not shared keeps its catalogue entry but not its text', async () => {
  const key = '002-61e545668f9b8256';
  const before = await as.public.data(DocumentTextDocument, { key });
  expect(before.sourceDocument?.text?.length).toBeGreaterThan(1000);
  // The document came with Bury EST's file: its editors decide, others may not.
  const id = before.sourceDocument!.id;
  const refused = await as.powysConwyEditor.request(SetSharingDocument, { id, sharing: 'OWNER' });
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  await as.buryEditor.data(SetSharingDocument, { id, sharing: 'OWNER' });
  const hidden = await as.public.data(DocumentTextDocument, { key });
  expect(hidden.sourceDocument).toMatchObject({ title: 'Bury EST Progress Report November 2002', textSharing: 'OWNER', text: null, passages: [] });
  const owner = await as.buryEditor.data(DocumentTextDocument, { key });
  expect(owner.sourceDocument?.passages.length).toBeGreaterThan(10);
});

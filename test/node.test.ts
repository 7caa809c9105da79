/** Global IDs: every record type implements Node, and node(id:) / nodes(ids:) fetch any of them back. */
import { EveryNodeTypeDocument, NodeByIdDocument, NodesByIdsDocument, NodeTypesDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

function collectRefs(value: unknown, found = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((v) => collectRefs(v, found));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.id === 'string' && typeof v.__typename === 'string') found.set(v.id, v.__typename);
    Object.values(v).forEach((child) => collectRefs(child, found));
  }
  return found;
}

test('every record of every Node type comes back from nodes(ids:) as itself', async () => {
  const refs = collectRefs(await t.client.data(EveryNodeTypeDocument, {}));
  const { __type } = await t.client.data(NodeTypesDocument, {});
  const nodeTypes = __type!.possibleTypes!.map((p) => p.name).sort();
  expect([...new Set(refs.values())].sort()).toEqual(nodeTypes);

  const ids = [...refs.keys()];
  expect(ids.length).toBeGreaterThan(300);
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const { nodes } = await t.client.data(NodesByIdsDocument, { ids: chunk });
    expect(nodes.map((n) => n && [n.id, n.__typename])).toEqual(chunk.map((id) => [id, refs.get(id)]));
  }
});

test('node(id:) resolves type-specific fields and provenance', async () => {
  const refs = collectRefs(await t.client.data(EveryNodeTypeDocument, {}));
  const objectiveId = [...refs].find(([, type]) => type === 'Objective')![0];
  const { node } = await t.client.data(NodeByIdDocument, { id: objectiveId });
  expect(node).toMatchObject({ __typename: 'Objective', id: objectiveId });
  expect(node && 'text' in node && node.text.length).toBeGreaterThan(10);
  expect(node && 'source' in node && node.source.quote.length).toBeGreaterThan(10);
});

test('an ID of a record that does not exist gives null; a malformed ID gives BAD_USER_INPUT', async () => {
  const missing = Buffer.from('Objective:999999').toString('base64url');
  expect((await t.client.data(NodeByIdDocument, { id: missing })).node).toBeNull();
  const unknownType = Buffer.from('Nonsense:1').toString('base64url');
  expect((await t.client.data(NodeByIdDocument, { id: unknownType })).node).toBeNull();

  for (const bad of ['', 'not-base64!', Buffer.from('Objective:abc').toString('base64url'), Buffer.from("Objective:1' or 1=1").toString('base64url')]) {
    const result = await t.client.request(NodeByIdDocument, { id: bad });
    expect(result.data?.node ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/is not a valid ID/);
  }
});

test('nodes(ids:) refuses more than 100 IDs at once', async () => {
  const ids = Array.from({ length: 101 }, (_, i) => Buffer.from(`Objective:${i + 1}`).toString('base64url'));
  const result = await t.client.request(NodesByIdsDocument, { ids });
  expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

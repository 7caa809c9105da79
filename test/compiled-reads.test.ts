/**
 * The read compiler (src/graphql/compiled-reads.ts) answers exactly as the loaders do: the same
 * JSON for every caller class (anonymous, partners, a partnership's editor, admin), for the bench's
 * questions and for a query asking every field of every partnership three levels deep, with
 * fragments, aliases, arguments and directives mixed in. It also reads a nested selection in one
 * statement per level.
 */
import { buildHubSchema } from '../src/app-schema';
import { Role } from '../src/access/roles';
import { loadConfig } from '../src/config';
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isRequiredArgument,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';
import { CASES } from '../scripts/bench/cases';
import { startTestHub, type TestHub } from './support/hub';

const SLUGS = ['powys-equals', 'black-country-lead', 'bury-est', 'conwy', 'seem'];
const CALLERS = ['anonymous', 'analyst', 'conwyEditor', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];

let compiled: TestHub;
let loaders: TestHub;
const keys = new Map<string, string>();
beforeAll(async () => {
  // Wide queries: the document limits are not what this test is about.
  const limits = loadConfig({ NODE_ENV: 'test', MAX_TOKENS: '100000', MAX_DEPTH: '20', MAX_COST: '100000000', MAX_ALIASES: '100' }).limits;
  [compiled, loaders] = await Promise.all([startTestHub({ compiledReads: true, limits }), startTestHub({ compiledReads: false, limits })]);
  for (const [name, hub] of [['compiled', compiled], ['loaders', loaders]] as const) {
    keys.set(`${name}/analyst`, await hub.createKey(Role.ANALYST));
    keys.set(`${name}/conwyEditor`, await hub.createKey(Role.PARTNERSHIP_EDITOR, ['conwy']));
    keys.set(`${name}/admin`, await hub.createKey(Role.ADMIN));
  }
}, 180_000);
afterAll(async () => {
  await Promise.all([compiled?.close(), loaders?.close()]);
});

async function ask(hub: TestHub, name: 'compiled' | 'loaders', caller: CallerName, body: unknown) {
  const key = keys.get(`${name}/${caller}`);
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.text()).replace(/"requestId":"[^"]+"/g, '"requestId":"…"') };
}

/** IDs are made with each database's own secret; everything else must be equal. */
const normalise = (s: string) => s.replace(/"(id|cursor|endCursor|startCursor)":"[A-Za-z0-9_=-]+"/g, '"$1":"…"');

/** Every field without required arguments, `depth` levels of objects deep (records' way back to their partnership left out). */
function everything(type: GraphQLObjectType | GraphQLInterfaceType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some(isRequiredArgument)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0 && (isObjectType(named) || isInterfaceType(named)) && !['partnership', 'partnerships', 'comparedWith'].includes(field.name)) {
      const inner = everything(named, depth - 1);
      if (inner) parts.push(`${field.name} { __typename ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** Every root field read by a unique key, on three stored keys each (hidden ones included) and one unknown. */
async function rootsByKey(schema: GraphQLSchema): Promise<Array<[string, { query: string }]>> {
  const roots: Array<[string, string, string, string]> = [
    ['place', 'key', 'place', 'Place'],
    ['sourceDocument', 'key', 'source_document', 'SourceDocument'],
    ['metric', 'key', 'metric', 'Metric'],
    ['organisation', 'key', 'organisation', 'Organisation'],
    ['indicator', 'code', 'indicator', 'Indicator'],
    ['transnationalPartnership', 'key', 'transnational_partnership', 'TransnationalPartnership'],
    ['concept', 'code', 'concept', 'Concept'],
  ];
  const em = compiled.hub.orm.em.fork();
  const queries: Array<[string, { query: string }]> = [];
  for (const [field, argument, table, typeName] of roots) {
    const rows = await em.execute<Array<{ key: string }>>(`select "${argument}" as key from "${table}" order by id desc limit 3`);
    const keys = [...rows.map((r) => r.key), 'no-such-key'];
    const selection = everything(schema.getType(typeName) as GraphQLObjectType, 2);
    const fields = keys.map((key, i) => `r${i}: ${field}(${argument}: ${JSON.stringify(key)}) { ${selection} }`).join('\n');
    queries.push([`${field} by ${argument}`, { query: `{ ${fields} }` }]);
  }
  return queries;
}

let corpus: Array<[string, { query: string; variables?: Record<string, unknown> }]> = [];
beforeAll(async () => {
  const schema = await buildHubSchema();
  const partnership = schema.getType('Partnership') as GraphQLObjectType;
  corpus = [
    ...CASES.filter((c) => c.query).map((c) => [c.name, { query: c.query!, variables: c.variables }] as [string, { query: string; variables?: Record<string, unknown> }]),
    ...SLUGS.map((slug) => [`every field of ${slug}`, { query: `{ partnership(slug: "${slug}") { ${everything(partnership, 3)} } }` }] as [string, { query: string }]),
    [
      'fragments, aliases, arguments and directives',
      {
        query: `query ($skip: Boolean!) { partnerships(first: 5, orderBy: [{ field: NAME, direction: DESC }]) { edges { cursor node { ...P
          first: objectives { ordinal text } again: objectives @skip(if: $skip) { key }
          targetGroups(concepts: ["ex-offenders"]) { label }
          ... on Partnership { projects { name partners { ordinal role organisation { ...O } } } }
        } } } }
        fragment P on Partnership { slug observations { key value statedAs suppressed suppressionReason breakdown { ...Figure } metric { key label } source { section quote document { key } } } }
        fragment O on Organisation { name key }
        fragment Figure on IndicatorObservation { key value breakdownCategory total { key } }`,
        variables: { skip: false },
      },
    ],
    [
      'figures across partnerships',
      { query: `{ observations(first: 40) { edges { node { key value statedAs metric { label } breakdown { value } project { name } area { name } comparator { value } } } } }` },
    ],
    [
      'the Conwy quotes and referral teams',
      { query: `{ partnership(slug: "conwy") { testimonials { ordinal text source { id section } } projects { name partners { ordinal role organisation { name } source { id section } } } } }` },
    ],
    // Root fields by slug are one statement each, with their lists; unknown slugs (commas, quotes, braces) are null.
    ['partnerships by slug, aliased', { query: `{ a: partnership(slug: "bury-est") { slug name sharing objectives { text source { quote } } }
      b: partnership(slug: "conwy") { slug places { name } observations { value statedAs breakdown { value } } }
      c: partnership(slug: "no,such\\"}") { slug } d: partnership(slug: "seem") { __typename id slug } }` }],
    ...(await rootsByKey(schema)),
    ['places and their parents', { query: `{ places(first: 50) { edges { node { name parent { name parent { name } } children { name } partnerships { slug } } } } }` }],
  ];
});

test('the compiled reads answer every question exactly as the loaders, for every caller class', async () => {
  expect(corpus.length).toBeGreaterThan(10);
  for (const [name, body] of corpus) {
    for (const caller of CALLERS) {
      const [a, b] = await Promise.all([ask(compiled, 'compiled', caller, body), ask(loaders, 'loaders', caller, body)]);
      const answer = JSON.parse(a.body) as { errors?: unknown; data?: unknown };
      expect({ name, caller, errors: answer.errors }).toEqual({ name, caller, errors: undefined });
      expect({ name, caller, status: a.status, body: normalise(a.body) }).toEqual({ name, caller, status: b.status, body: normalise(b.body) });
    }
  }
}, 300_000);

test('a detail page, a list page and the dashboard read their nested lists in the statement of their root field', async () => {
  const dashboard = CASES.find((c) => c.name === 'dashboard')!;
  const detail = CASES.find((c) => c.name === 'detail')!;
  const list = CASES.find((c) => c.name === 'list')!;
  const count = async (hub: TestHub, body: unknown) =>
    (
      await hub.sql.during(async () => {
        const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        expect(response.status).toBe(200);
      })
    ).length;
  const fewer = {
    dashboard: await count(compiled, { query: dashboard.query, variables: dashboard.variables }),
    detail: await count(compiled, { query: detail.query }),
    list: await count(compiled, { query: list.query }),
  };
  const more = {
    dashboard: await count(loaders, { query: dashboard.query, variables: dashboard.variables }),
    detail: await count(loaders, { query: detail.query }),
    list: await count(loaders, { query: list.query }),
  };
  // The detail page: the partnership and everything below it in one statement.
  expect(fewer.detail).toBe(1);
  // A page of partnerships with their objectives: one statement, the page selecting its nodes' lists.
  expect(fewer.list).toBe(1);
  // The dashboard: that page, counting the filtered list (totalCount) in the same statement.
  expect(fewer.dashboard).toBe(1);
  expect(more.dashboard).toBeGreaterThan(fewer.dashboard);
  expect(more.detail).toBeGreaterThan(fewer.detail);
  expect(more.list).toBeGreaterThan(fewer.list);
});

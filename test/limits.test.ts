/**
 * Request limits (src/graphql/limits.ts, src/graphql/cost.ts, src/http/request-body.ts): each one
 * lets a request at the limit through and refuses one past it with its own code and HTTP status,
 * before any resolver runs; the numbers come from config. Also: introspection and field
 * suggestions by config, errors masked in production with a request id, the statement timeout.
 */
import { GraphQLError, Kind, Lexer, parse, Source, TokenKind, type OperationDefinitionNode } from 'graphql';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { hardenErrors, measureOperation, operationCost } from '../src/graphql/limits';
import { buildHubSchema } from '../src/app-schema';
import { Partnership } from '../src/modules/partnership/partnership.entity';
import { startTestHub, type TestHub } from './support/hub';
import { capturingLogger, codes, leaksIn, postQuery, raw } from './support/http';

const defaults = loadConfig({ NODE_ENV: 'test' });
// Production with introspection and suggestions switched off by configuration (both are on by default).
const production = loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'false', FIELD_SUGGESTIONS: 'false' });

let dev: TestHub;
let prod: TestHub;
const prodLog = capturingLogger();
const devLog = capturingLogger();

beforeAll(async () => {
  [dev, prod] = await Promise.all([
    startTestHub({}, { logger: devLog.logger }),
    startTestHub({ nodeEnv: 'production', introspection: production.introspection, fieldSuggestions: production.fieldSuggestions }, { logger: prodLog.logger }),
  ]);
});
afterAll(async () => {
  await Promise.all([dev?.close(), prod?.close()]);
});

/** `partnership { places { parent { parent ... { name } } } }`: `levels` deep, no lists multiplied beyond places. */
function nested(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels - 3; i++) inner = `parent { ${inner} }`;
  return `{ partnership(slug: "powys-equals") { places { ${inner} } } }`;
}

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

function cost(query: string, variables?: Record<string, unknown>): Promise<number | undefined> {
  return buildHubSchema().then((schema) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    return operationCost(schema, document, operation, variables, 1e9);
  });
}

describe('defaults', () => {
  test('the defaults are the documented ones; introspection and suggestions are on, also in production, unless switched off', () => {
    expect(defaults.limits).toEqual({
      maxDepth: 10,
      maxCost: 100_000,
      maxAliases: 20,
      maxRootFields: 10,
      maxTokens: 1000,
      maxBodyBytes: 100 * 1024,
      queryTimeoutMs: 5000,
      exportTimeoutMs: 600_000,
      maxEntityRepresentations: 200,
      bodyTimeoutMs: 30_000,
    });
    expect([defaults.introspection, defaults.fieldSuggestions]).toEqual([true, true]);
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: true, fieldSuggestions: true });
    expect([production.introspection, production.fieldSuggestions]).toEqual([false, false]);
  });
});

describe('max depth', () => {
  test(`${defaults.limits.maxDepth} levels are served`, async () => {
    const r = await postQuery(dev.url, nested(defaults.limits.maxDepth));
    expect(r.status).toBe(200);
    expect(r.body?.errors).toBeUndefined();
    const places = (r.body?.data as { partnership?: { places: unknown[] } } | undefined)?.partnership?.places;
    expect(places?.length).toBeGreaterThan(0);
  });

  test('one level more is refused: 400 QUERY_TOO_DEEP with the limit and the depth', async () => {
    const r = await postQuery(dev.url, nested(defaults.limits.maxDepth + 1));
    expect(r.status).toBe(400);
    expect(r.body?.data).toBeUndefined();
    expect(r.body?.errors?.[0]).toMatchObject({
      message: `The operation is nested 11 levels deep; at most 10 are allowed`,
      extensions: { code: 'QUERY_TOO_DEEP', limit: 10, actual: 11 },
    });
  });

  test('depth through fragments counts too', async () => {
    const r = await postQuery(
      dev.url,
      `query { partnership(slug: "conwy") { ...P } }
       fragment P on Partnership { places { ...Up } }
       fragment Up on Place { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } }`,
    );
    expect(codes(r)).toEqual(['QUERY_TOO_DEEP']);
  });
});

describe('config', () => {
  test('the numbers come from config (depth, tokens, cost)', async () => {
    const shape = measureOperation(parse(nested(6)).definitions[0] as OperationDefinitionNode, new Map());
    expect(shape.depth).toBe(6);
    // A document of exactly `maxTokens` tokens, and one of one more.
    const maxTokens = tokens(nested(6));
    const ofTokens = (n: number) => `{ partnership(slug: "conwy") { ${'slug '.repeat(n - 10)}} }`;
    expect([tokens(ofTokens(maxTokens)), tokens(ofTokens(maxTokens + 1))]).toEqual([maxTokens, maxTokens + 1]);
    const t = await startTestHub({ limits: { ...defaults.limits, maxDepth: 5, maxTokens, maxCost: 32 } });
    try {
      expect(codes(await postQuery(t.url, nested(6)))).toEqual(['QUERY_TOO_DEEP']);
      expect(codes(await postQuery(t.url, nested(5)))).toEqual([]);
      expect(codes(await postQuery(t.url, ofTokens(maxTokens)))).toEqual([]);
      expect(codes(await postQuery(t.url, ofTokens(maxTokens + 1)))).toEqual(['QUERY_TOO_LARGE']);
      expect(codes(await postQuery(t.url, `{ partnerships(first: 10) { edges { node { slug } } } }`))).toEqual([]); // cost 32
      expect(codes(await postQuery(t.url, `{ partnerships(first: 11) { edges { node { slug } } } }`))).toEqual(['QUERY_TOO_COMPLEX']);
    } finally {
      await t.close();
    }
  });
});

describe('query cost (graphql-query-complexity, src/graphql/cost.ts)', () => {
  test('a page costs by its size: the connection 2, each edge its fields', async () => {
    expect(await cost('{ partnerships(first: 10) { totalCount pageInfo { hasNextPage } edges { node { slug } } } }')).toBe(2 + 10 * 3);
    // No `first`: the default page size (20).
    expect(await cost('{ partnerships { edges { node { slug } } } }')).toBe(2 + 20 * 3);
    expect(await cost('query ($n: Int) { partnerships(first: $n) { edges { node { slug } } } }', { n: 50 })).toBe(2 + 50 * 3);
    expect(await cost('{ partnerships(last: 5) { edges { cursor node { slug } } } }')).toBe(2 + 5 * 4);
  });

  test('nested lists multiply; nodes(ids:) costs by the number of IDs', async () => {
    expect(await cost('{ partnerships(first: 10) { edges { node { objectives { text } } } } }')).toBe(2 + 10 * (1 + 1 + (1 + 10 * 1)));
    expect(await cost('{ partnerships(first: 10) { edges { node { objectives { progressNotes { text } } } } } }')).toBe(2 + 10 * (1 + 1 + (1 + 10 * (1 + 10 * 1))));
    expect(await cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(1 + 3 * 1);
  });

  test('per-field costs: a document text is dear, __typename free, introspection fixed', async () => {
    expect(await cost('{ sourceDocument(key: "x") { title text } }')).toBe(1 + 1 + 10);
    expect(await cost('{ __typename partnership(slug: "x") { __typename slug } }')).toBe(2);
    expect(await cost('{ __schema { types { name fields { name } } } }')).toBe(100);
  });

  test('out-of-range page sizes do not make the estimate negative or huge (paginate refuses them)', async () => {
    expect(await cost('{ partnerships(first: -5) { edges { node { slug } } } }')).toBe(2);
    expect(await cost('{ partnerships(first: 100000) { edges { node { slug } } } }')).toBe(2 + 100 * 3);
  });

  test('over MAX_COST is refused before execution: 400 QUERY_TOO_COMPLEX with the estimate', async () => {
    const query = 'query ($n: Int) { partnerships(first: $n) { edges { node { organisations { partnerships { organisations { name } } } } } } }';
    const r = await postQuery(dev.url, query, { n: 100 });
    expect(r.status).toBe(400);
    expect(r.body?.data).toBeUndefined();
    expect(r.body?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 100_000, actual: 2 + 100 * (1 + 1 + (1 + 10 * (1 + 10 * (1 + 10 * 1)))) });
    // The same query on a small page fits.
    const small = await postQuery(dev.url, query, { n: 5 });
    expect(small.status).toBe(200);
    expect(small.body?.errors).toBeUndefined();
  });

  test('the verdict is remembered per document and per page size, never for invalid variables', async () => {
    // One document text: Apollo parses it once, the limits measure it once and remember each page size.
    const query = 'query Remembered($n: Int, $slug: String!) { partnerships(first: $n) { edges { node { slug organisations { partnerships { organisations { name } } } } } } partnership(slug: $slug) { slug } }';
    const sequence: Array<[Record<string, unknown>, number, string | undefined]> = [
      [{ n: 'many', slug: 'conwy' }, 400, 'BAD_USER_INPUT'],
      [{ n: 100, slug: 'conwy' }, 400, 'QUERY_TOO_COMPLEX'],
      [{ n: 5, slug: 'conwy' }, 200, undefined],
      [{ n: 5, slug: 'powys' }, 200, undefined],
      [{ n: 100, slug: 'conwy' }, 400, 'QUERY_TOO_COMPLEX'],
      [{ n: 5, slug: '\u0000' }, 400, 'BAD_USER_INPUT'],
    ];
    for (const [variables, status, code] of sequence) {
      const r = await postQuery(dev.url, query, variables);
      expect([variables, r.status, r.body?.errors?.[0]?.extensions?.code]).toEqual([variables, status, code]);
    }
  });

  test('the nested dashboard query over a page of 100 partnerships fits the default', async () => {
    const dashboard = `{ partnerships(first: 100) { edges { node { slug places { name parent { name } } leadOrganisation { name }
      organisations { name partnerships { slug } } objectives { text source { quote document { title } } }
      projects { name partners { role organisation { name } } }
      observations { value statedAs metric { label } breakdown { breakdownCategory value } source { quote } } } } } }`;
    const estimate = (await cost(dashboard))!;
    expect(estimate).toBeLessThanOrEqual(defaults.limits.maxCost);
    const r = await postQuery(dev.url, dashboard);
    expect(r.body?.errors).toBeUndefined();
  });

  test('a fragment reused 2^30 times is refused without walking it 2^30 times', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Partnership { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `{ partnership(slug: "conwy") { ...F0 } }\n${fragments}\nfragment F30 on Partnership { slug }`;
    const started = Date.now();
    const r = await postQuery(dev.url, query);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.body?.errors?.[0].message).toBe(`The operation expands to more than ${defaults.limits.maxCost} selections`);
  });
});

describe('aliases and root fields', () => {
  const aliased = (n: number) => `{ partnership(slug: "bury-est") { ${Array.from({ length: n }, (_, i) => `a${i}: slug`).join(' ')} } }`;
  const roots = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: partnership(slug: "bury-est") { slug }`).join(' ')} }`;

  test(`${defaults.limits.maxAliases} aliases are served, one more is 400 TOO_MANY_ALIASES`, async () => {
    expect(codes(await postQuery(dev.url, aliased(20)))).toEqual([]);
    const r = await postQuery(dev.url, aliased(21));
    expect(r.status).toBe(400);
    expect(r.body?.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 20, actual: 21 });
  });

  test('aliases in a fragment count every time it is spread', async () => {
    const fragment = `fragment A on Partnership { ${Array.from({ length: 7 }, (_, i) => `a${i}: slug`).join(' ')} }`;
    const twice = await postQuery(dev.url, `{ partnership(slug: "seem") { ...A ... on Partnership { ...A } } } ${fragment}`);
    expect(codes(twice)).toEqual([]);
    const thrice = await postQuery(dev.url, `{ partnership(slug: "seem") { ...A ... on Partnership { ...A } ... on Partnership { ...A } } } ${fragment}`);
    expect(thrice.body?.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', actual: 21 });
  });

  test(`${defaults.limits.maxRootFields} top-level fields are served, one more is 400 TOO_MANY_ROOT_FIELDS`, async () => {
    expect(codes(await postQuery(dev.url, roots(10)))).toEqual([]);
    const r = await postQuery(dev.url, roots(11));
    expect(r.status).toBe(400);
    expect(r.body?.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ROOT_FIELDS', limit: 10, actual: 11 });
    // The same field twice under one name is one field (the executor merges it).
    expect(codes(await postQuery(dev.url, `{ ${'partnerships { totalCount } '.repeat(12)} }`))).toEqual([]);
  });
});

describe('document size', () => {
  test(`a document of more than ${defaults.limits.maxTokens} tokens is 400 QUERY_TOO_LARGE; parsing stops there`, async () => {
    const query = `{ partnership(slug: "conwy") { ${'slug '.repeat(1200)} } }`;
    const r = await postQuery(dev.url, query);
    expect(r.status).toBe(400);
    expect(r.body?.errors?.[0]).toMatchObject({
      message: 'The document has more than 1000 tokens; send a smaller query',
      extensions: { code: 'QUERY_TOO_LARGE', limit: 1000 },
    });
  });

  test('a field repeated until validation would take too long is 400 QUERY_TOO_COMPLEX (graphql-js stops validating)', async () => {
    const r = await postQuery(dev.url, `{ partnership(slug: "conwy") { ${'slug '.repeat(900)} } }`);
    expect(r.status).toBe(400);
    expect(r.body?.errors).toEqual([
      {
        message: 'The operation has too many overlapping fields to validate',
        extensions: { code: 'QUERY_TOO_COMPLEX', requestId: r.headers.get('x-request-id') },
      },
    ]);
  });

  test(`a body over ${defaults.limits.maxBodyBytes} bytes is 413 PAYLOAD_TOO_LARGE in JSON, before any parsing`, async () => {
    const r = await postQuery(dev.url, `{ partnership(slug: "${'x'.repeat(defaults.limits.maxBodyBytes)}") { slug } }`);
    expect(r.status).toBe(413);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.body?.errors?.[0]).toMatchObject({ message: 'Request body is larger than 102400 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(r.body?.errors?.[0].extensions?.requestId).toBe(r.headers.get('x-request-id'));
  });
});

describe('introspection and field suggestions (config)', () => {
  const introspection = '{ __schema { queryType { name } } }';

  test('development: introspection is served', async () => {
    const r = await postQuery(dev.url, introspection);
    expect(r.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  test('production: introspection is 403 INTROSPECTION_DISABLED, also hidden in a fragment; __typename still works', async () => {
    for (const query of [introspection, '{ __type(name: "Partnership") { name } }', '{ ...Q } fragment Q on Query { __schema { types { name } } }']) {
      const r = await postQuery(prod.url, query);
      expect(r.status).toBe(403);
      expect(r.body?.data).toBeUndefined();
      expect(r.body?.errors?.[0]).toMatchObject({ message: 'Introspection is disabled on this server', extensions: { code: 'INTROSPECTION_DISABLED' } });
    }
    expect((await postQuery(prod.url, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  test('production with INTROSPECTION=true serves it', async () => {
    const t = await startTestHub({ nodeEnv: 'production', introspection: true, fieldSuggestions: false });
    try {
      expect((await postQuery(t.url, introspection)).body?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await t.close();
    }
  });

  test('development suggests field names; production does not', async () => {
    const typo = '{ partnerships { totalCont } }';
    const withSuggestion = await postQuery(dev.url, typo);
    expect(withSuggestion.status).toBe(400);
    expect(withSuggestion.body?.errors?.[0].message).toBe('Cannot query field "totalCont" on type "PartnershipConnection". Did you mean "totalCount"?');
    const without = await postQuery(prod.url, typo);
    expect(without.status).toBe(400);
    expect(without.body?.errors?.[0]).toMatchObject({
      message: 'Cannot query field "totalCont" on type "PartnershipConnection".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  test('production strips suggestions from argument, enum and variable errors too', async () => {
    for (const [query, variables] of [
      ['{ partnerships(firts: 1) { totalCount } }', undefined],
      ['{ patrnership(slug: "x") { slug } }', undefined],
      ['query ($k: String!) { metric(kye: $k) { key } }', { k: 'x' }],
    ] as const) {
      const dr = await postQuery(dev.url, query, variables);
      const pr = await postQuery(prod.url, query, variables);
      expect(dr.body?.errors?.some((e) => e.message.includes('Did you mean'))).toBe(true);
      expect(pr.body?.errors?.length).toBeGreaterThan(0);
      for (const e of pr.body!.errors!) expect(e.message).not.toMatch(/Did you mean/);
    }
  });
});

describe('errors in production', () => {
  test('an internal failure is masked: no SQL, stack or path; the request id is in the response and the log line', async () => {
    const em = prod.hub.orm.em.fork();
    const table = em.getMetadata().get(Partnership.name).tableName;
    await em.execute(`alter table "${table}" rename to "${table}_away"`);
    let r;
    try {
      r = await postQuery(prod.url, '{ partnerships { totalCount } }', undefined, { 'x-request-id': 'trace-me-123' });
    } finally {
      await em.execute(`alter table "${table}_away" rename to "${table}"`);
    }
    expect(r.body?.errors).toEqual([
      { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['partnerships'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-me-123' } },
    ]);
    expect(leaksIn(r.text)).toEqual([]);
    const logged = prodLog.lines.find((l) => l.requestId === 'trace-me-123');
    expect(logged).toMatchObject({ level: 50, msg: 'resolver failed' });
    expect(JSON.stringify(logged)).toContain('does not exist'); // the operator sees what the client does not
    // And it serves again once the table is back.
    expect((await postQuery(prod.url, '{ partnerships { totalCount } }')).body).toEqual({ data: { partnerships: { totalCount: 5 } } });
  });

  test("errors Apollo raises before a request has a context carry the request id too", async () => {
    const csrf = await raw(prod.url, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: 'a=1', 'x-request-id': 'csrf-1' }, body: '{"query":"{ __typename }"}' });
    expect(csrf.status).toBe(400);
    expect(csrf.body?.errors?.[0].extensions).toEqual({ code: 'CSRF_SUSPECTED', requestId: 'csrf-1' });
    const batch = await raw(prod.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'batch-1' }, body: '[{"query":"{ __typename }"}]' });
    expect(batch.body?.errors?.[0]).toEqual({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST', requestId: 'batch-1' } });
  });
});

describe('query timeout (statement_timeout)', () => {
  test('a cancelled statement (SQLSTATE 57014) becomes QUERY_TIMEOUT, never a masked internal error', () => {
    const format = hardenErrors(() => ({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }), { fieldSuggestions: false, queryTimeoutMs: 250 });
    const driverError = Object.assign(new Error('select ... - canceling statement due to statement timeout'), { code: '57014' });
    const error = new GraphQLError(driverError.message, { originalError: driverError, path: ['partnerships'] });
    expect(format({ message: error.message, path: ['partnerships'] }, error)).toEqual({
      message: 'The query took longer than 250 ms and was cancelled; ask for less',
      path: ['partnerships'],
      locations: undefined,
      extensions: { code: 'QUERY_TIMEOUT', limitMs: 250 },
    });
  });

  if (process.env.TEST_DATABASE_URL) {
    test('PostgreSQL cancels a request statement past QUERY_TIMEOUT_MS: 503 QUERY_TIMEOUT, and the hub serves on', async () => {
      const t = await startTestHub({ limits: { ...defaults.limits, queryTimeoutMs: 300 } });
      // The hub's own database (each test file has one on the server).
      const locker = new Client({ connectionString: t.hub.database.url });
      await locker.connect();
      try {
        const em = t.hub.orm.em.fork();
        const table = `"${t.hub.orm.config.get('schema') ?? 'public'}"."${em.getMetadata().get(Partnership.name).tableName}"`;
        // Another session holds the table: the hub's statement waits until its timeout cancels it.
        await locker.query('begin');
        await locker.query(`lock table ${table} in access exclusive mode`);
        const started = Date.now();
        const r = await postQuery(t.url, '{ partnerships { totalCount } }');
        expect(Date.now() - started).toBeLessThan(5000);
        expect(r.status).toBe(503);
        expect(r.body?.errors?.[0]).toMatchObject({
          message: 'The query took longer than 300 ms and was cancelled; ask for less',
          path: ['partnerships'],
          extensions: { code: 'QUERY_TIMEOUT', limitMs: 300 },
        });
        expect(leaksIn(r.text)).toEqual([]);
        await locker.query('rollback');
        expect((await postQuery(t.url, '{ partnerships { totalCount } }')).body).toEqual({ data: { partnerships: { totalCount: 5 } } });
      } finally {
        await locker.end();
        await t.close();
      }
    });
  } else {
    test('embedded PostgreSQL (PGlite) ignores statement_timeout, and the hub says so at start', () => {
      expect(devLog.lines.some((l) => l.msg === 'QUERY_TIMEOUT_MS is not enforced on the embedded database (PGlite ignores statement_timeout); set DATABASE_URL for that')).toBe(true);
    });
  }
});

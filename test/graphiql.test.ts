/** GraphiQL is served by the hub itself (no CDN): the page, its script, style and worker assets. */
import { readExampleQueries, examplesFile } from '../src/graphiql/graphiql';
import { startTestHub, type TestHub } from './support/hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

async function page(): Promise<string> {
  const response = await fetch(t.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  return response.text();
}

test('a browser GET of /graphql gets the GraphiQL page, which loads only local assets', async () => {
  const html = await page();
  expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:'));
  expect(urls.length).toBeGreaterThanOrEqual(2);
  for (const url of urls) expect(url).toMatch(/^\/graphiql\/[\w.-]+\.(js|css)$/);
  expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
});

test('its script, style and worker assets are served, compressed and cacheable for good', async () => {
  const html = await page();
  const assets = [...html.matchAll(/"(\/graphiql\/[\w.-]+\.(?:js|css))"/g)].map((m) => m[1]);
  expect(assets.filter((a) => a.endsWith('.js')).length).toBeGreaterThanOrEqual(4); // bundle + 3 Monaco workers
  for (const asset of new Set(assets)) {
    const response = await fetch(`${t.origin}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    const body = await response.text(); // fetch decompresses
    expect(body.length).toBeGreaterThan(1000);
  }
  const main = assets.find((a) => /^\/graphiql\/graphiql\.\w+\.js$/.test(a))!;
  const script = await (await fetch(`${t.origin}${main}`)).text();
  expect(script.includes('renderYogaGraphiQL')).toBe(true); // not toContain: a failure would print 3 MB
  expect((await fetch(`${t.origin}/graphiql/graphiql.0000000000000000.js`)).status).toBe(404);
});

test('the page opens with the example queries of schema/examples.graphql as tabs', async () => {
  const html = await page();
  const examples = readExampleQueries(examplesFile());
  expect(examples.length).toBeGreaterThanOrEqual(3);
  for (const example of examples) expect(html).toContain(JSON.stringify(example.query).slice(1, 60));
});

test('API clients asking for JSON on GET still reach the GraphQL endpoint', async () => {
  const response = await fetch(`${t.url}?query=${encodeURIComponent('{ partnerships { totalCount } }')}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { partnerships: { totalCount: 5 } } });
});

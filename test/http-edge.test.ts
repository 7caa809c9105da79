/**
 * Issue 12 (points 3, 5 and 8): the HTTP edge as a browser, a new user and a hostile client meet it.
 * Real hub, real HTTP.
 */
import { connect } from 'node:net';
import { Role } from '../src/access/roles';
import { loadConfig } from '../src/config';
import { startTestHub, type TestHub } from './support/hub';
import { raw } from './support/http';

let t: TestHub;
let narrow: TestHub;

beforeAll(async () => {
  t = await startTestHub();
  narrow = await startTestHub({ corsOrigins: ['https://partners.example.org'] });
}, 180_000);
afterAll(async () => {
  await t?.close();
  await narrow?.close();
});

const query = '{ partnerships(first: 1) { edges { node { slug } } } }';

/** A POST with exactly these header lines, over a bare socket (fetch cannot send a header twice). */
function rawHeaders(url: string, headers: Array<[string, string]>, body: string): Promise<{ status: number; body: unknown }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head, ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(head!.split(' ')[1]), body: JSON.parse(rest.join('\r\n\r\n')) as unknown });
    });
    const lines = [`POST ${pathname} HTTP/1.1`, `Host: ${hostname}`, 'Connection: close', `Content-Length: ${Buffer.byteLength(body)}`, ...headers.map(([k, v]) => `${k}: ${v}`)];
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

describe('CORS (point 3)', () => {
  test('a preflight from any origin is answered 204 with the allow headers (default CORS_ORIGINS=*)', async () => {
    const r = await raw(t.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://somewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-allow-methods')).toContain('POST');
    expect(r.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  test('the exports answer preflights too', async () => {
    const r = await raw(`${t.origin}/export/observations.csv`, { method: 'OPTIONS', headers: { origin: 'https://x.example', 'access-control-request-method': 'GET' } });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('with CORS_ORIGINS set, an allowed origin is echoed and a disallowed one gets no allow header', async () => {
    const allowed = await raw(narrow.url, { method: 'OPTIONS', headers: { origin: 'https://partners.example.org', 'access-control-request-method': 'POST' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partners.example.org');
    const other = await raw(narrow.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('CORS_ORIGINS is read as a list and a bad value is refused', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://b.example:8080' }).corsOrigins).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(() => loadConfig({ CORS_ORIGINS: 'a.example/path' })).toThrow(/CORS_ORIGINS must be \*/);
  });
});

describe('JSON errors everywhere, / redirects (point 5)', () => {
  test('an unknown path is a JSON 404 with a code', async () => {
    const r = await raw(`${t.origin}/no/such/thing`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(r.body?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('/ redirects to /graphql', async () => {
    const r = await fetch(`${t.origin}/`, { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/graphql');
  });

  test('a method the API does not take is a JSON 405', async () => {
    const r = await raw(t.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(r.status).toBe(405);
    expect(r.body?.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
  });

  test('a mutation over GET is a JSON 405', async () => {
    const r = await raw(`${t.url}?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { accept: 'application/json' } });
    expect(r.status).toBe(405);
    expect(r.body?.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
  });

  test('a GET query needs no preflight header (no cookies: it cannot be a CSRF); with a cookie it still does', async () => {
    const plain = await raw(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } });
    expect(plain.status).toBe(200);
    expect(plain.body?.data).toHaveProperty('partnerships');
    const withCookie = await raw(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', cookie: 'session=1' } });
    expect(withCookie.status).toBe(400);
    expect(withCookie.body?.errors?.[0]?.extensions?.code).toBe('CSRF_SUSPECTED');
    const preflighted = await raw(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', cookie: 'session=1', 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  test('a body over MAX_BODY_BYTES is a JSON 413', async () => {
    const r = await raw(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(200 * 1024)}` }) });
    expect(r.status).toBe(413);
    expect(r.body?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a body that is not JSON is a JSON 415', async () => {
    const r = await raw(t.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: query });
    expect(r.status).toBe(415);
    expect(r.body?.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('hostile requests (point 8)', () => {
  test('two Authorization headers are refused (400), not the first key used silently', async () => {
    const key = await t.createKey(Role.ADMIN);
    const r = await rawHeaders(
      t.url,
      [
        ['content-type', 'application/json'],
        ['authorization', `Bearer ${key}`],
        ['authorization', 'Bearer someone-elses-key'],
      ],
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ errors: [{ extensions: { code: 'AMBIGUOUS_CREDENTIALS' } }] });
    const one = await rawHeaders(t.url, [['content-type', 'application/json'], ['authorization', `Bearer ${key}`]], JSON.stringify({ query: '{ __typename }' }));
    expect(one.status).toBe(200);
  });
});

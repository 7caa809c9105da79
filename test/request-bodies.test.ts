/**
 * Issue 12 point 8: request bodies that are too large or too slow get an answer and a closed
 * connection, never silence. A chunked body past MAX_BODY_BYTES that never ends is 413 as soon
 * as the limit passes; a body that has not fully arrived after BODY_TIMEOUT_MS is 408. Bare
 * sockets (fetch would not send a body this way); real hub, real HTTP.
 */
import { connect, type Socket } from 'node:net';
import { loadConfig } from '../src/config';
import { startTestHub, type TestHub } from './support/hub';
import { leaksIn, postQuery } from './support/http';

const MAX_BODY_BYTES = 16 * 1024;
const BODY_TIMEOUT_MS = 1_000;
// An answer and a closed socket well before Node's own requestTimeout (5 minutes) would act.
const BOUND_MS = 4_000;

let t: TestHub;
let port: number;

beforeAll(async () => {
  const defaults = loadConfig({ NODE_ENV: 'test' }).limits;
  t = await startTestHub({ limits: { ...defaults, maxBodyBytes: MAX_BODY_BYTES, bodyTimeoutMs: BODY_TIMEOUT_MS } });
  port = Number(new URL(t.origin).port);
}, 180_000);
afterAll(async () => {
  await t?.close();
}, 60_000);

interface Exchange {
  status: number;
  headers: string;
  body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
  text: string;
  /** From the request's first byte to the socket's close. */
  closedAfterMs: number;
}

/**
 * Sends `head`, then lets `feed` write the body as it likes (it is told to stop once an answer
 * arrives); resolves when the server closes the connection, rejects past `BOUND_MS`.
 */
function exchange(head: string[], feed: (socket: Socket, answered: () => boolean) => Promise<void> | void): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and close within ${BOUND_MS} ms; got ${JSON.stringify(received.slice(0, 200))}`));
    }, BOUND_MS);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    // Writing after the server closed its side may fail (EPIPE, ECONNRESET): the answer is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const [headers = '', ...rest] = received.split('\r\n\r\n');
      const text = rest.join('\r\n\r\n');
      let body: Exchange['body'];
      try {
        body = JSON.parse(text) as Exchange['body'];
      } catch {
        body = undefined;
      }
      resolve({ status: Number(headers.split(' ')[1]), headers, body, text, closedAfterMs: Date.now() - started });
    });
    socket.on('connect', () => {
      socket.write(`${head.join('\r\n')}\r\n\r\n`);
      void Promise.resolve(feed(socket, () => received.length > 0 || socket.destroyed)).catch(() => undefined);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const post = (extra: string[]) => ['POST /graphql HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json', ...extra];
const chunk = (data: string) => `${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n`;

function expectRefusal(r: Exchange, status: number, code: string): void {
  expect(r.status).toBe(status);
  expect(r.headers).toMatch(/content-type: application\/json/i);
  expect(r.headers).toMatch(/connection: close/i);
  expect(r.body?.errors?.[0]?.extensions?.code).toBe(code);
  expect(r.body?.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  expect(leaksIn(r.text)).toEqual([]);
  expect(r.closedAfterMs).toBeLessThan(BOUND_MS);
}

describe('too large (issue 12 point 8)', () => {
  test('a chunked body that passes MAX_BODY_BYTES and never ends: 413 PAYLOAD_TOO_LARGE as the limit passes, connection closed', async () => {
    let sent = 0;
    const r = await exchange(post(['Transfer-Encoding: chunked']), async (socket, answered) => {
      socket.write(chunk('{"query":"{ __typename }","padding":"'));
      // 4 KiB every 10 ms, never the terminating 0-chunk: only the byte count can end this.
      while (!answered() && sent < 50 * MAX_BODY_BYTES) {
        socket.write(chunk('x'.repeat(4096)));
        sent += 4096;
        await sleep(10);
      }
    });
    expectRefusal(r, 413, 'PAYLOAD_TOO_LARGE');
    expect(r.body?.errors?.[0]?.message).toBe(`Request body is larger than ${MAX_BODY_BYTES} bytes`);
    // Refused once the limit passed, not after reading what the client kept sending.
    expect(sent).toBeLessThan(4 * MAX_BODY_BYTES);
  });

  test('a Content-Length over the limit, body never sent: 413 at once, connection closed', async () => {
    const r = await exchange(post([`Content-Length: ${10 * MAX_BODY_BYTES}`]), () => undefined);
    // 413, not the 408 that waiting for the announced bytes would end in.
    expectRefusal(r, 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('too slow (BODY_TIMEOUT_MS)', () => {
  test('a chunked body that stops arriving: 408 REQUEST_TIMEOUT after BODY_TIMEOUT_MS, connection closed', async () => {
    const r = await exchange(post(['Transfer-Encoding: chunked']), (socket) => {
      socket.write(chunk('{"query":"{ __typ'));
    });
    expectRefusal(r, 408, 'REQUEST_TIMEOUT');
    expect(r.body?.errors?.[0]?.message).toBe(`The request body did not arrive within ${BODY_TIMEOUT_MS} ms`);
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 50);
  });

  test('a Content-Length body that stops halfway: 408 REQUEST_TIMEOUT', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const r = await exchange(post([`Content-Length: ${Buffer.byteLength(body)}`]), (socket) => {
      socket.write(body.slice(0, 10));
    });
    expectRefusal(r, 408, 'REQUEST_TIMEOUT');
  });

  test('a body trickling in slower than the timeout allows, though each piece is quick: 408 (the bound is on the whole body)', async () => {
    const r = await exchange(post(['Transfer-Encoding: chunked']), async (socket, answered) => {
      while (!answered()) {
        socket.write(chunk(' '));
        await sleep(100);
      }
    });
    expectRefusal(r, 408, 'REQUEST_TIMEOUT');
  });
});

describe('normal bodies are unaffected', () => {
  test('a body just under MAX_BODY_BYTES is served', async () => {
    // Whitespace pads the document without adding tokens (MAX_TOKENS is not what this tests).
    const overhead = Buffer.byteLength(JSON.stringify({ query: '{ __typename }' }));
    const r = await postQuery(t.url, `{ __typename }${' '.repeat(MAX_BODY_BYTES - overhead - 1)}`);
    expect(r.body?.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { __typename: 'Query' } });
  });

  test('a chunked body sent in pieces within BODY_TIMEOUT_MS is served, and the connection stays usable', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const pieces = [body.slice(0, 5), body.slice(5, 12), body.slice(12)];
    const r = await exchange(post(['Transfer-Encoding: chunked', 'Connection: close']), async (socket) => {
      for (const piece of pieces) {
        socket.write(chunk(piece));
        await sleep(150);
      }
      socket.write('0\r\n\r\n');
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { __typename: 'Query' } });
  });

  test('a request that waits longer than BODY_TIMEOUT_MS after its body arrived is not cut (the timer covers the body only)', async () => {
    // Two requests on one keep-alive connection, the second sent after the timeout: both served.
    const body = JSON.stringify({ query: '{ __typename }' });
    const request = (close: boolean) => `${post([`Content-Length: ${Buffer.byteLength(body)}`, ...(close ? ['Connection: close'] : [])]).join('\r\n')}\r\n\r\n${body}`;
    const r = await exchange(post([`Content-Length: ${Buffer.byteLength(body)}`]), async (socket) => {
      socket.write(body);
      await sleep(BODY_TIMEOUT_MS + 300);
      socket.write(request(true));
    });
    expect(r.text.match(/HTTP\/1\.1 200/g)?.length ?? 0).toBe(1); // the second status line is inside `text`
    expect(`${r.headers}\r\n\r\n${r.text}`.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    expect(r.text).not.toMatch(/408|REQUEST_TIMEOUT/);
  });
});

/*
 * The baseline: node:http + pg, one hand-written SQL statement per question (cases.ts), answering
 * `{"data": <the statement's JSON>}`; for the export, COPY ... TO STDOUT streamed as CSV (what
 * `psql \copy` does). No GraphQL, no rules: what the hardware gives for the same answer. Statements
 * are prepared (named) on a PostgreSQL server, as the hub's are.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { CASES } from './cases';

async function main() {
  const [url, poolSize, statements] = process.argv.slice(2);
  // Named (prepared) statements, as the hub runs its compiled reads: parsed and planned once per
  // connection. Not on PGlite, whose socket shares one session between connections.
  const prepared = statements === 'prepared';
  const pool = new Pool({ connectionString: url, max: Number(poolSize ?? 10) });
  const { to } = await import('pg-copy-streams').catch(() => ({ to: undefined }));
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    const bench = CASES.find((c) => c.name === name && c.baselineSql);
    if (!bench) {
      res.writeHead(404).end();
      return;
    }
    void (async () => {
      const client = await pool.connect();
      try {
        if (bench.path) {
          if (!to) throw new Error('pg-copy-streams is needed for the export baseline');
          res.writeHead(200, { 'content-type': 'text/csv' });
          const stream = client.query(to(bench.baselineSql!));
          await new Promise<void>((resolve, reject) => stream.on('error', reject).on('end', resolve).pipe(res));
        } else {
          const { rows } = await client.query(prepared ? { name: `bench-${bench.name}`, text: bench.baselineSql! } : bench.baselineSql!);
          const body = JSON.stringify({ data: rows[0].data });
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
        }
      } catch (e) {
        res.writeHead(500).end(String(e));
      } finally {
        client.release();
      }
    })();
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send!({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stop') server.close(() => void pool.end().then(() => process.exit(0)));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

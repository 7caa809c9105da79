import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface HubProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
}

/**
 * Runs the built server (dist/src/server.js) as `npm start` does, with exactly the environment
 * given (no DATABASE_URL unless passed), so the embedded path is what a newcomer gets.
 */
export function runServer(env: Record<string, string>): HubProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'server.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits until the server logs that it serves, or fails with what it printed if it exits first. */
export async function waitUntilServing(hub: HubProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | string | undefined;
  void hub.exited.then((c) => (exitCode = c));
  while (Date.now() < deadline) {
    if (hub.stdout().includes('GraphiQL and API at')) return;
    if (exitCode !== undefined) throw new Error(`server exited with ${exitCode}: ${hub.stderr()} ${hub.stdout()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start in ${timeoutMs} ms: ${hub.stdout()} ${hub.stderr()}`);
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

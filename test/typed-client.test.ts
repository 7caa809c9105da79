/**
 * Issue 12 point 6: the typed client (graphql-codegen's client preset, client/generated) and the
 * example that pulls a comparison with it, over real HTTP against a seeded hub; and the guard that
 * a schema change breaking a client document or its use fails codegen or the typecheck.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { CompareEmploymentDocument } from '../client/generated/graphql';
import { HubRequestError, request } from '../client/request';
import { EMPLOYMENT_INDICATORS, main } from '../examples/compare-employment';
import { postQuery } from './support/http';
import { startTestHub, type TestHub } from './support/hub';

const root = path.resolve(__dirname, '..');

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.close());

describe('typed client', () => {
  test('examples/compare-employment prints and returns the figures a raw GraphQL request gets for the same comparison', async () => {
    const printed: string[] = [];
    const rows = await main({ url: t.url, print: (line) => printed.push(line) });

    const raw = await postQuery(
      t.url,
      `query ($indicators: [String!]!) { comparison(indicators: $indicators) { rows { partnership { slug } cells { value indicator { code } } } } }`,
      { indicators: EMPLOYMENT_INDICATORS },
    );
    expect(raw.body?.errors).toBeUndefined();
    const expected = (raw.body!.data!.comparison as { rows: Array<{ partnership: { slug: string }; cells: Array<{ value: number | null; indicator: { code: string } }> }> }).rows.map(
      (row) => ({ partnership: row.partnership.slug, values: Object.fromEntries(row.cells.map((c) => [c.indicator.code, c.value])) }),
    );
    expect(rows).toEqual(expected);
    // The seed's known figures: Bury's 59 starters, 9 in employment, 15.3% derived.
    expect(rows.find((r) => r.partnership === 'bury-est')!.values).toEqual({ 'esf.participants': 59, 'esf.cr04': 9, 'hub.employment-rate': expect.closeTo((9 / 59) * 100, 6) });

    // The table: a header of the indicator codes, one line per partnership, in the hub's order.
    expect(printed[0]!.split(/\s+/)).toEqual(['partnership', ...EMPLOYMENT_INDICATORS]);
    const lines = printed.slice(1, 1 + rows.length);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(rows.map((r) => r.partnership));
    expect(lines.find((l) => l.startsWith('bury-est'))!.split(/\s+/)).toEqual(['bury-est', '59', '9', '15.3%']);
    expect(lines.find((l) => l.startsWith('seem'))!.split(/\s+/)).toEqual(['seem', '>=300', '-', '-']);
  });

  test('a refused request throws with the GraphQL error codes', async () => {
    const failure = request(t.url, CompareEmploymentDocument, { indicators: ['esf.nonsense'] });
    await expect(failure).rejects.toBeInstanceOf(HubRequestError);
    await expect(failure).rejects.toMatchObject({ codes: ['BAD_USER_INPUT'], message: 'Unknown indicator(s): esf.nonsense' });
  });

  test('persisted-documents.json lists every client operation under the sha256 of its text', async () => {
    const manifest = JSON.parse(await readFile(path.join(root, 'client/generated/persisted-documents.json'), 'utf8')) as Record<string, string>;
    const { createHash } = await import('node:crypto');
    const entries = Object.entries(manifest);
    expect(entries.map(([, query]) => /^query (\w+)/.exec(query)?.[1])).toContain('CompareEmployment');
    for (const [hash, query] of entries) expect(hash).toBe(`sha256:${createHash('sha256').update(query).digest('hex')}`);
    expect((CompareEmploymentDocument as unknown as { __meta__: { hash: string } }).__meta__.hash).toBe(entries[0]![0]);
  });
});

describe('typed client guard: a schema change that breaks the client fails codegen or the typecheck', () => {
  let dir: string;
  beforeAll(async () => {
    // Inside the worktree (ignored .data/) so node_modules resolves for codegen and tsc.
    await mkdir(path.join(root, '.data'), { recursive: true });
    dir = await mkdtemp(path.join(root, '.data', 'typed-client-guard-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Generates the client from client/documents against `schema` into dir/client/generated. */
  async function codegen(schema: string): Promise<void> {
    await writeFile(path.join(dir, 'schema.graphql'), schema);
    const config = (await readFile(path.join(root, 'codegen.yml'), 'utf8'))
      .replace(/^schema: .*$/m, `schema: ${path.join(dir, 'schema.graphql')}`)
      .replace(/^  test\/generated\/graphql\.ts:[\s\S]*?(?=^  client\/generated\/:)/m, '')
      .replace(/^  client\/generated\/:/m, `  ${path.join(dir, 'client/generated')}/:`)
      .replace(/documents: client\//, `documents: ${root}/client/`);
    await writeFile(path.join(dir, 'codegen.yml'), config);
    try {
      await promisify(execFile)(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', path.join(dir, 'codegen.yml'), '--verbose'], {
        cwd: root,
        // Under NODE_ENV=test (as Jest sets it) codegen prints no reasons at all.
        env: { ...process.env, NODE_ENV: 'development' },
      });
    } catch (error) {
      // codegen's reasons are in its --verbose output, not in the exit error's message.
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`codegen failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
    }
  }

  /** Type-checks a copy of the example and client/request.ts against dir/client/generated. */
  async function typecheck(): Promise<string[]> {
    await mkdir(path.join(dir, 'examples'), { recursive: true });
    await writeFile(path.join(dir, 'client/request.ts'), await readFile(path.join(root, 'client/request.ts')));
    await writeFile(path.join(dir, 'examples/compare-employment.ts'), await readFile(path.join(root, 'examples/compare-employment.ts')));
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram([path.join(dir, 'examples/compare-employment.ts')], { ...parsed.options, noEmit: true, types: ['node'] });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  const schema = () => readFile(path.join(root, 'schema/schema.graphql'), 'utf8');

  test('the committed schema: codegen and the typecheck pass', async () => {
    await codegen(await schema());
    expect(await typecheck()).toEqual([]);
  }, 60_000);

  test('a field the client document selects is removed: codegen fails naming it', async () => {
    const broken = (await schema()).replace(/(type ComparisonCell \{[\s\S]*?)\n  qualifier: ValueQualifier\n/, '$1\n');
    expect(broken).not.toEqual(await schema());
    await expect(codegen(broken)).rejects.toThrow(/Cannot query field "qualifier" on type "ComparisonCell"/);
  }, 60_000);

  test('a field changes type (ComparisonCell.value Float -> String): the example no longer typechecks', async () => {
    const changed = (await schema()).replace(/(type ComparisonCell \{[\s\S]*?\n  value: )Float\n/, '$1String\n');
    expect(changed).not.toEqual(await schema());
    await codegen(changed);
    expect((await typecheck()).join('\n')).toMatch(/toFixed/);
  }, 60_000);
});

/**
 * Issue 13: the dashboard's queries are typed from the schema (codegen.yml's dashboard/src/generated), so a schema
 * change that breaks a dashboard document fails codegen, and one that changes a type the pages rely on fails the
 * dashboard's typecheck (dashboard/tsconfig.json, run by `npm run typecheck`).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const root = path.resolve(__dirname, '..');
let dir: string;

beforeAll(async () => {
  // Inside the worktree (ignored .data/) so node_modules resolves for codegen and tsc.
  await mkdir(path.join(root, '.data'), { recursive: true });
  dir = await mkdtemp(path.join(root, '.data', 'dashboard-guard-'));
  await cp(path.join(root, 'dashboard', 'src'), path.join(dir, 'dashboard', 'src'), { recursive: true, filter: (src) => !src.includes(`${path.sep}generated`) });
  await mkdir(path.join(dir, 'client'), { recursive: true });
  await writeFile(path.join(dir, 'client', 'request.ts'), await readFile(path.join(root, 'client', 'request.ts')));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Generates the dashboard's types from its documents against `schema`, with the dashboard's part of codegen.yml. */
async function codegen(schema: string): Promise<void> {
  await writeFile(path.join(dir, 'schema.graphql'), schema);
  const config = await readFile(path.join(root, 'codegen.yml'), 'utf8');
  const part = /^  dashboard\/src\/generated\/:\n(?:(?: {4}.*)?\n)+/m.exec(config)![0];
  const own = `overwrite: true\nschema: ${path.join(dir, 'schema.graphql')}\ngenerates:\n${part
    .replace('  dashboard/src/generated/:', `  ${path.join(dir, 'dashboard/src/generated')}/:`)
    .replace('documents: dashboard/', `documents: ${dir}/dashboard/`)}`;
  await writeFile(path.join(dir, 'codegen.yml'), own);
  try {
    await promisify(execFile)(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', path.join(dir, 'codegen.yml'), '--verbose'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`codegen failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}

/** Type-checks the copied dashboard with dashboard/tsconfig.json's options. */
async function typecheck(): Promise<string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'dashboard', 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram(await files(path.join(dir, 'dashboard', 'src')), { ...parsed.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.relative(dir, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const schema = () => readFile(path.join(root, 'schema/schema.graphql'), 'utf8');

test('the committed schema: codegen and the dashboard typecheck pass', async () => {
  await codegen(await schema());
  expect(await typecheck()).toEqual([]);
});

test('a field a dashboard document selects is removed: codegen fails naming it', async () => {
  const broken = (await schema()).replace(/(type PartnershipCounts \{[\s\S]*?)\n  """\n  Per theme[^\n]*\n  """\n  byTheme: \[ThemeCount!\]!\n/, '$1\n');
  expect(broken).not.toEqual(await schema());
  await expect(codegen(broken)).rejects.toThrow(/Cannot query field "byTheme" on type "PartnershipCounts"/);
});

test('a field changes type (ComparisonCell.value Float -> String): the comparison page no longer typechecks', async () => {
  const changed = (await schema()).replace(/(type ComparisonCell \{[\s\S]*?\n  value: )Float\n/, '$1String\n');
  expect(changed).not.toEqual(await schema());
  await codegen(changed);
  const errors = await typecheck();
  expect(errors.some((e) => e.startsWith(path.join('dashboard', 'src', 'pages', 'comparison.ts')))).toBe(true);
});

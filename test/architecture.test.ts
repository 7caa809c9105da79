/**
 * The core (db, graphql, http) imports no module and not the composition root: modules plug into it
 * (src/app*.ts lists the entities, resolvers and node types), so a newcomer can read the core alone.
 * Who sees what lives in src/access, which no module re-implements.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gms)].map((m) => m[1]);

test.each(['db', 'graphql', 'http'])('src/%s imports no module and not the composition root', (core) => {
  const files = filesUnder(join(SRC, core));
  expect(files.length).toBeGreaterThan(2);
  const offending = files.flatMap((file) =>
    importsOf(file)
      .filter((spec) => /(^|\/)modules\//.test(spec) || /(^|\/)app(-[a-z-]+)?$/.test(spec))
      .map((spec) => `${relative(SRC, file)} -> ${spec}`),
  );
  expect(offending).toEqual([]);
});

test('only the composition root lists every module', () => {
  const roots = filesUnder(SRC).filter((file) => {
    const modules = new Set(importsOf(file).filter((spec) => spec.includes('modules/')).map((spec) => spec.split('modules/')[1].split('/')[0]));
    return modules.size >= 15;
  });
  expect(roots.map((file) => relative(SRC, file)).sort()).toEqual(expect.arrayContaining(['app-entities.ts', 'app-schema.ts']));
  expect(roots.every((file) => /^app(-[a-z-]+)?\.ts$/.test(relative(SRC, file)))).toBe(true);
});

/*
 * npm run schema:emit  — writes schema/schema.graphql from the type-graphql code.
 * npm run schema:check — fails when the committed file differs (the SDL is a regression snapshot).
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHubSchema, printHubSchema } from '../src/graphql/schema';

async function main() {
  const check = process.argv.includes('--check');
  const file = join(process.cwd(), 'schema', 'schema.graphql');
  const sdl = printHubSchema(await buildHubSchema());
  if (check) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== sdl) {
      console.error('schema/schema.graphql is out of date with the code: run `npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date.');
    return;
  }
  mkdirSync(join(process.cwd(), 'schema'), { recursive: true });
  writeFileSync(file, sdl);
  console.log(`wrote schema/schema.graphql (${sdl.split('\n').length} lines)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

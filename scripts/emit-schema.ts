/*
 * npm run schema:emit  — writes schema/schema.graphql from the type-graphql code (and the persisted query manifest from schema/examples.graphql).
 * npm run schema:check — fails when the committed file differs (the SDL is a regression snapshot).
 * npm run supergraph   — writes only schema/subgraph.graphql and schema/supergraph.graphql.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildHubSchema, printHubSchema } from '../src/app-schema';
import { composeSupergraph } from './supergraph';
import { examplesFile, readExampleQueries } from '../src/graphiql/graphiql';
import { persistedQueryManifest } from '../src/graphql/persisted-queries';
import { IndicatorCatalogueFile } from '../src/modules/indicator/indicator-catalogue.schema';
import { PartnershipFile, ReferenceFile } from '../src/modules/import/interchange.schema';

/** JSON Schema of an interchange file, for editors and other tools (generated from the zod schema). */
function jsonSchema(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return JSON.stringify({ ...json, title }, null, 2) + '\n';
}

async function main() {
  const check = process.argv.includes('--check');
  const { subgraph, supergraph } = composeSupergraph(await buildHubSchema());
  const federation: Record<string, string> = { 'subgraph.graphql': subgraph, 'supergraph.graphql': supergraph };
  const outputs: Record<string, string> = process.argv.includes('--supergraph') ? federation : {
    'schema.graphql': printHubSchema(await buildHubSchema()),
    ...federation,
    'interchange.schema.json': jsonSchema(PartnershipFile, 'Partnership interchange file, format version 1'),
    'reference.schema.json': jsonSchema(ReferenceFile, 'Hub reference data file, format version 1'),
    'indicator-catalogue.schema.json': jsonSchema(IndicatorCatalogueFile, 'Indicator catalogue and metric mappings, format version 1'),
    // The trusted documents PERSISTED_QUERIES=only runs: the committed example operations.
    'persisted-queries.json': persistedQueryManifest(readExampleQueries(examplesFile())),
  };
  const dir = join(process.cwd(), 'schema');
  mkdirSync(dir, { recursive: true });
  const stale: string[] = [];
  for (const [name, content] of Object.entries(outputs)) {
    const file = join(dir, name);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed === content) continue;
    if (check) stale.push(`schema/${name}`);
    else {
      writeFileSync(file, content);
      console.log(`wrote schema/${name}`);
    }
  }
  if (stale.length) {
    console.error(`Out of date with the code: ${stale.join(', ')}. Run \`npm run schema:emit\` and commit.`);
    process.exit(1);
  }
  if (check) console.log('schema/ is up to date with the code.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

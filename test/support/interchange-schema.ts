import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * The committed schema/interchange.schema.json compiled by ajv (draft 2020-12, as zod emits it), with
 * the formats zod uses (date, email, uri): an independent check that the published schema is usable.
 */
export function interchangeValidator() {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'interchange.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

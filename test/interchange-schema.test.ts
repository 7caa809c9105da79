/**
 * Issue 11 point 4: the published JSON Schema of the interchange format (schema/interchange.schema.json,
 * generated from the zod validator by `npm run schema:emit`, drift checked by `npm run schema:check`)
 * accepts every hand-made partnership file and refuses a broken one, checked by an independent
 * validator (ajv) so the schema is usable by tools that never see the zod code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interchangeValidator } from './support/interchange-schema';

const partnershipDir = join(__dirname, '..', 'data', 'partnerships');

const validate = interchangeValidator();
const files = readdirSync(partnershipDir).filter((f) => f.endsWith('.json')).sort();
const read = (name: string) => JSON.parse(readFileSync(join(partnershipDir, name), 'utf8'));

test('there are hand-made interchange files to check', () => {
  expect(files).toEqual(['black-country-lead.json', 'bury-est.json', 'conwy.json', 'powys-equals.json', 'seem.json']);
});

test.each(files)('%s is valid against schema/interchange.schema.json', (name) => {
  const ok = validate(read(name));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test('a document breaking the format is refused, with the paths of what is wrong', () => {
  const doc = read('powys-equals.json');
  doc.formatVersion = 2;
  doc.partnership.programme = 'NOT_A_PROGRAMME';
  doc.objectives[0].key = 'Not A Key';
  delete doc.contacts[0].source;
  doc.partnership.unknownField = 'x';
  expect(validate(doc)).toBe(false);
  const paths = (validate.errors ?? []).map((e) => e.instancePath);
  expect(paths).toEqual(
    expect.arrayContaining(['/formatVersion', '/partnership/programme', '/objectives/0/key', '/contacts/0', '/partnership']),
  );
});

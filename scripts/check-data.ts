/* Validates the seed data set (schema, references, verbatim provenance quotes) without a database. */
import { readDataSet } from '../src/modules/import/data-files';

try {
  // usage: check-data [dataDir] [file-name-substring]
  const only = process.argv[3];
  const data = readDataSet(process.argv[2] || undefined, only ? (f) => f.includes(only) : undefined);
  for (const { name, file } of data.partnerships) {
    const counts = Object.entries(file)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => `${k}=${(v as unknown[]).length}`)
      .join(' ');
    console.log(`ok ${name}: ${counts}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

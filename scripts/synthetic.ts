import type { PartnershipFile } from '../src/modules/import/interchange.schema';
import { readDataSet, type DataSet } from '../src/modules/import/data-files';

/**
 * More partnerships shaped like the real ones: copies of the seed files under new slugs, with new
 * metric keys (global) and, with `ownDocuments` (the benchmark's data), their OWN source documents
 * (same texts, new keys), so each copy owns what it cites and masks are derived per copy, as for a
 * real partnership; without, copies cite the seed's documents (the tests' larger data sets). They
 * go through the same importer as the seed data. Deterministic: copy i is always the same file.
 */
export function syntheticDataSet(copies: number, base: DataSet = readDataSet(), options: { ownDocuments?: boolean } = {}): DataSet {
  const partnerships: DataSet['partnerships'] = [];
  for (let i = 1; i <= copies; i++) {
    const source = base.partnerships[(i - 1) % base.partnerships.length];
    const suffix = `copy-${i}`;
    // Document keys are unique hex strings: renaming them in the file's text renames every citation.
    let text = JSON.stringify(source.file);
    if (options.ownDocuments) for (const document of source.file.documents) text = text.split(`"${document.key}"`).join(`"${document.key}-${suffix}"`);
    const file: PartnershipFile = JSON.parse(text);
    const slug = `${file.partnership.slug}-${suffix}`;
    file.partnership.slug = slug;
    file.partnership.name = `${file.partnership.name} (copy ${i})`;
    const metricKey = (key: string) => `${key}-${suffix}`;
    file.metrics = file.metrics.map((m) => ({ ...m, key: metricKey(m.key) }));
    file.observations = file.observations.map((o) => ({ ...o, metric: metricKey(o.metric) }));
    partnerships.push({ name: `${slug}.json`, file, raw: JSON.stringify(file) });
  }
  return { ...base, partnerships };
}

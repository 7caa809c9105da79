import type { PartnershipFile } from '../src/modules/import/interchange.schema';
import { readDataSet, type DataSet } from '../src/modules/import/data-files';

/**
 * More partnerships shaped like the real ones: copies of the seed files under new slugs (and new
 * metric keys, which are global). They go through the same importer as the seed data.
 */
export function syntheticDataSet(copies: number, base: DataSet = readDataSet()): DataSet {
  const partnerships: DataSet['partnerships'] = [];
  for (let i = 1; i <= copies; i++) {
    const source = base.partnerships[(i - 1) % base.partnerships.length];
    const file: PartnershipFile = structuredClone(source.file);
    const suffix = `copy-${i}`;
    const slug = `${file.partnership.slug}-${suffix}`;
    file.partnership.slug = slug;
    file.partnership.name = `${file.partnership.name} (copy ${i})`;
    const metricKey = (key: string) => `${key}-${suffix}`;
    file.metrics = file.metrics.map((m) => ({ ...m, key: metricKey(m.key) }));
    file.observations = file.observations.map((o) => ({ ...o, metric: metricKey(o.metric) }));
    const raw = JSON.stringify(file);
    partnerships.push({ name: `${slug}.json`, file, raw });
  }
  return { ...base, partnerships };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from '@mikro-orm/core';
import { InterchangeError } from '../import/interchange.validate';
import { Indicator, IndicatorMapping } from './indicator.entity';
import { IndicatorCatalogueFile } from './indicator-catalogue.schema';

/** Reads and validates data/indicators/catalogue.json. */
export function readIndicatorCatalogue(dataDir: string): IndicatorCatalogueFile {
  const path = join(dataDir, 'indicators', 'catalogue.json');
  const parsed = IndicatorCatalogueFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new InterchangeError(
      'indicators/catalogue.json',
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/**
 * Makes the stored catalogue match the file: indicators by code, mappings by (metric, indicator);
 * what the file no longer has is removed. One transaction; unchanged rows are not written.
 */
export async function importIndicatorCatalogue(em: EntityManager, catalogue: IndicatorCatalogueFile): Promise<void> {
  await em.transactional(async (tx) => {
    const indicators = new Map((await tx.find(Indicator, {})).map((i) => [i.code, i]));
    const keep = new Set<string>();
    catalogue.indicators.forEach((spec, ordinal) => {
      const indicator = indicators.get(spec.code) ?? tx.create(Indicator, { code: spec.code } as Indicator, { partial: true });
      indicators.set(spec.code, indicator);
      keep.add(spec.code);
      Object.assign(indicator, {
        kind: spec.kind,
        framework: spec.framework,
        unit: spec.unit,
        numeratorCode: spec.numerator ?? null,
        denominatorCode: spec.denominator ?? null,
        ordinal,
      });
      // jsonb comes back with its own key order: only a real difference is a change.
      if (!isDeepStrictEqual(indicator.label, spec.label)) indicator.label = spec.label;
      if (!isDeepStrictEqual(indicator.description, spec.description)) indicator.description = spec.description;
    });
    const mappings = new Map(
      (await tx.find(IndicatorMapping, {}, { populate: ['indicator'] })).map((m) => [`${m.metricKey}|${m.indicator.getEntity().code}`, m]),
    );
    const keptMappings = new Set<string>();
    for (const spec of catalogue.mappings) {
      const key = `${spec.metric}|${spec.indicator}`;
      keptMappings.add(key);
      const mapping =
        mappings.get(key) ??
        tx.create(IndicatorMapping, { metricKey: spec.metric, indicator: indicators.get(spec.indicator)!, strength: spec.strength });
      Object.assign(mapping, { strength: spec.strength, note: spec.note ?? null });
    }
    for (const [key, mapping] of mappings) if (!keptMappings.has(key)) tx.remove(mapping);
    for (const [code, indicator] of indicators) if (!keep.has(code)) tx.remove(indicator);
  });
}

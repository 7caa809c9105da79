import type { FilterScope } from '../../graphql/filter';
import { metricByKeyLoader } from './metric.loader';

/** Metrics by key, checked: an unknown key is BAD_USER_INPUT naming where it stands. */
export async function resolveMetricIds(scope: FilterScope, keys: readonly string[] | null | undefined, path: string): Promise<number[]> {
  const values = scope.values(path, keys) ?? [];
  const found = await Promise.all(values.map((k) => scope.loaders.get(metricByKeyLoader).load(k)));
  return found.map((m, i) => m?.id ?? scope.error(`${path}[${i}]`, `unknown metric "${values[i]}"`));
}

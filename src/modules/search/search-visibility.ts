import type { Condition, FilterScope } from '../../graphql/filter';
import { SearchEntry } from './search-entry.entity';

/**
 * Search rows whose record the caller may see, or null when it sees every record. Each entry
 * carries its record's sharing level and partnership (copied by the index when the data or its
 * sharing changes, in the same transaction), so the rule is the record's own rule (visibility.ts)
 * applied to the entry: no lookup of the record per hit. A hidden record is never a hit, a match
 * of `filter.text`, or a count.
 */
export function visibleEntries(scope: FilterScope, s: string): Condition | null {
  return scope.visible(SearchEntry, s);
}

import { or, type Condition, type FilterScope } from '../../graphql/filter';
import { INDEXED } from './search-index.service';
import { SEARCH_RECORD_TYPE_NAME } from './search.enum';

/**
 * Search rows whose record the caller may see (its sharing level, or ownership), checked against
 * the record itself at query time, so a change of sharing needs no re-indexing; null when the
 * caller sees every record. A hidden record is never a hit, a match of `filter.text`, or a count.
 */
export function visibleEntries(scope: FilterScope, s: string): Condition | null {
  const { em } = scope.loaders.scope;
  let restricted = false;
  const branches = INDEXED.map((kind): Condition => {
    const typeName = SEARCH_RECORD_TYPE_NAME[kind.type];
    const r = scope.alias('r');
    const visible = scope.visible(kind.entity, r);
    if (!visible) return { sql: `${s}."record_type" = ?`, bindings: [typeName] };
    restricted = true;
    const table = em.getMetadata().get(kind.entity.name).tableName;
    return {
      sql: `${s}."record_type" = ? and exists (select 1 from "${table}" ${r} where ${r}."id" = ${s}."record_id" and ${visible.sql})`,
      bindings: [typeName, ...visible.bindings],
    };
  });
  return restricted ? or(branches) : null;
}

import type { EntityClass } from '@mikro-orm/core';
import type { Loaders } from '../db/row-loaders';
import { badUserInput } from './errors';

/**
 * Filters compile to SQL conditions: `sql` with `?` placeholders and its bindings, written against
 * an alias the caller names. Values always travel as bindings, never inside the SQL text.
 */
export interface Condition {
  sql: string;
  bindings: unknown[];
}

export const TRUE: Condition = { sql: 'true', bindings: [] };

export const and = (conditions: Condition[]): Condition =>
  conditions.length === 0
    ? TRUE
    : conditions.length === 1
      ? conditions[0]
      : { sql: conditions.map((c) => `(${c.sql})`).join(' and '), bindings: conditions.flatMap((c) => c.bindings) };

export const or = (conditions: Condition[]): Condition =>
  conditions.length === 0
    ? { sql: 'false', bindings: [] }
    : conditions.length === 1
      ? conditions[0]
      : { sql: conditions.map((c) => `(${c.sql})`).join(' or '), bindings: conditions.flatMap((c) => c.bindings) };

export const not = (condition: Condition): Condition => ({ sql: `not (${condition.sql})`, bindings: condition.bindings });

/** How deep and/or/not may nest, and how many conditions one filter may hold: bounded work per request. */
export const MAX_FILTER_DEPTH = 5;
export const MAX_FILTER_CONDITIONS = 60;
/** Largest list a filter field takes ("keys: [...]"). */
export const MAX_FILTER_VALUES = 100;

/** A filter input that combines others: every list's filter has these three. */
export interface Combinable<F> {
  and?: F[] | null;
  or?: F[] | null;
  not?: F | null;
}

/**
 * State of compiling one request's filters: unique subquery aliases, the limits, and the
 * per-request loaders that check codes and keys (batched: one query per kind of lookup).
 */
export class FilterScope {
  private aliases = 0;
  private conditions = 0;

  constructor(
    readonly loaders: Loaders,
    readonly argument = 'filter',
  ) {}

  /**
   * The caller's row-level visibility for `alias`'s rows of `entity` (sharing level, or owner),
   * or null when the caller sees them all. Every subquery over records a filter or an aggregate
   * looks at applies it, so a hidden record never shows, not even as a count or a match.
   */
  visible(entity: EntityClass<object> | string, alias: string, sharingProperty?: string): Condition | null {
    return this.loaders.scope.policy.visible(entity, alias, sharingProperty);
  }

  /** `and <visible>` to append to a subquery's WHERE, or nothing. */
  andVisible(entity: EntityClass<object> | string, alias: string): Condition {
    const visible = this.visible(entity, alias);
    return visible ? { sql: ` and ${visible.sql}`, bindings: visible.bindings } : { sql: '', bindings: [] };
  }

  /** A fresh SQL alias for a subquery ("pp3"). */
  alias(prefix: string): string {
    return `"${prefix}${++this.aliases}"`;
  }

  /** Counts one leaf condition, refusing filters too large to run. */
  count(path: string): void {
    if (++this.conditions > MAX_FILTER_CONDITIONS) {
      throw badUserInput(`${path}: a filter may hold at most ${MAX_FILTER_CONDITIONS} conditions`, { argument: this.argument });
    }
  }

  error(path: string, message: string): never {
    throw badUserInput(`${path}: ${message}`, { argument: this.argument, path });
  }

  /** A list of values within bounds; empty lists are refused (they would match nothing, which is never meant). */
  values<T>(path: string, values: readonly T[] | null | undefined): T[] | undefined {
    if (values == null) return undefined;
    if (values.length === 0) this.error(path, 'give at least one value (leave the field out to not filter by it)');
    if (values.length > MAX_FILTER_VALUES) this.error(path, `at most ${MAX_FILTER_VALUES} values`);
    return [...new Set(values)];
  }
}

/**
 * Compiles a combinable filter: the leaf conditions of one object are AND-ed, then its `and`, `or`
 * and `not` are applied recursively. `leaves` compiles one object's own fields.
 */
export async function compileCombinable<F extends Combinable<F>>(
  filter: F | null | undefined,
  scope: FilterScope,
  leaves: (filter: F, path: string) => Promise<Condition[]>,
  path = scope.argument,
  depth = 0,
): Promise<Condition> {
  if (!filter) return TRUE;
  if (depth > MAX_FILTER_DEPTH) scope.error(path, `and/or/not nest at most ${MAX_FILTER_DEPTH} levels deep`);
  const own = await leaves(filter, path);
  own.forEach(() => scope.count(path));
  const parts = [...own];
  const sub = (f: F, p: string) => compileCombinable(f, scope, leaves, p, depth + 1);
  if (filter.and) parts.push(and(await Promise.all(filter.and.map((f, i) => sub(f, `${path}.and[${i}]`)))));
  if (filter.or) {
    if (filter.or.length === 0) scope.error(`${path}.or`, 'give at least one filter');
    parts.push(or(await Promise.all(filter.or.map((f, i) => sub(f, `${path}.or[${i}]`)))));
  }
  if (filter.not) parts.push(not(await sub(filter.not, `${path}.not`)));
  return and(parts);
}

/** `a` as a LIKE pattern that matches itself literally. */
export function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `path = ? or path like ?/%`: the node and everything under it, on a text_pattern_ops index. */
export function withinPath(column: string, paths: string[]): Condition {
  return or(paths.map((p) => ({ sql: `${column} = ? or ${column} like ?`, bindings: [p, `${likeLiteral(p)}/%`] })));
}

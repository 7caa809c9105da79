import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import {
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Path } from 'graphql/jsutils/Path';
import { getMetadataStorage } from 'type-graphql';
import type { ReadPolicy } from '../access/read-policy';
import { fetchPrepared, type LoaderDefinition, type ReadPlan } from '../db/row-loaders';
import type { HubContext } from './context';

/**
 * The read compiler: a selection's nested lists and objects read in ONE statement per level.
 *
 * Field resolvers that return a loader's rows declare it (`@Extensions(compiledRead(loader))`),
 * and loaders describe their rows as SQL (ReadPlan: the same visibility, order and filter as their
 * own query). When GraphQL first resolves such a field under a parent, the compiler looks at the
 * parent's whole selection and reads, for all parents of that batch at once, every declared field
 * and everything declared below it, as JSON shaped like the loaders' rows (json_agg, correlated
 * subqueries). Rows carry what was read below them under PREFETCHED, keyed by response key, so the
 * resolvers below answer synchronously from their parent: no loader, no promise, no entity.
 *
 * Everything else stays as it is: a field the compiler cannot read (arguments, directives, an
 * abstract type, a field resolver of its own) falls back to its resolver, and columns are read
 * through ReadPolicy exactly as the loaders read them, so disclosure control, masks, positions and
 * personal data are the stored decisions, whatever path a read takes. Mutations are not compiled.
 */
export const PREFETCHED = '@';

/** The parent's column holding the key (a property: `id`, `metricId`) or an SQL expression of the parent row. */
export type ParentKey = string | ((parent: string, policy: ReadPolicy) => string);

interface CompiledRead {
  plan: ReadPlan;
  key: ParentKey;
}

const EXTENSION = 'compiledRead';
const ROOT_EXTENSION = 'compiledRootRead';

interface CompiledRootRead {
  plan: ReadPlan;
  /** The field argument holding the unique key (`slug`). */
  argument: string;
  /** The key's column in the plan's table. */
  property: string;
}

/** For `@Extensions(...)` on a field resolver returning `loader`'s rows for a key of its parent. */
export function compiledRead(loader: LoaderDefinition<never, unknown>, key: ParentKey = 'id'): Record<string, CompiledRead> {
  if (!loader.plan) throw new Error(`${loader.name} has no ReadPlan: it cannot be read inside its parent's statement`);
  return { [EXTENSION]: { plan: loader.plan, key } };
}

/**
 * For `@Extensions(...)` on a root query field returning `loader`'s row for a unique key argument
 * (`partnership(slug:)`): the row and everything declared below it are read in ONE statement, so
 * a detail page is one round trip to PostgreSQL instead of a lookup and then its lists.
 */
export function compiledRootRead(loader: LoaderDefinition<string, unknown> & { uniqueProperty?: string }, argument: string): Record<string, CompiledRootRead> {
  if (!loader.plan || !loader.uniqueProperty) throw new Error(`${loader.name} is not a row-by-unique-key loader: it cannot be read as a root`);
  return { [ROOT_EXTENSION]: { plan: loader.plan, argument, property: loader.uniqueProperty } };
}

type Row = Record<string, unknown> & { id?: unknown };
type Groups = Map<string, FieldNode[]>;
type RowSql = (policy: ReadPolicy, aliases: Aliases, alias: string) => string;
type RelationSql = (policy: ReadPolicy, aliases: Aliases, parent: string) => string;

class Aliases {
  private n = 0;
  next(): string {
    return `"r${++this.n}"`;
  }
}

interface FieldModel {
  /** The row property a plain field reads (`ordinal` reads `position`). */
  property: string;
  /** No resolver, role or middleware of its own: a property read. */
  plain: boolean;
}

/** The fields of a parent's selection read in one statement, for all parents of a batch. */
interface Level {
  keys: Set<string>;
  loader: LoaderDefinition<number, Row | null>;
  /** The same fields as one JSON object of the parent row `"t"` (a connection's page selects it). */
  prefetch: (policy: ReadPolicy) => string;
}

/** A root field's row, and what is declared below it, in one statement per batch of keys. */
interface RootLevel {
  loader: LoaderDefinition<string, Row | null>;
}

/**
 * A compiled statement's text and prepared name per policy class (the SQL differs by what the
 * caller may see), built on first use; bounded, since policy classes are few.
 */
function statementsPerPolicy(prefix: string, build: (policy: ReadPolicy) => string): (policy: ReadPolicy) => { name: string; text: string } {
  const statements = new Map<string, { name: string; text: string }>();
  return (policy) => {
    let statement = statements.get(policy.cacheKey);
    if (!statement) {
      const text = build(policy);
      statement = { name: `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
      if (statements.size > 64) statements.clear();
      statements.set(policy.cacheKey, statement);
    }
    return statement;
  };
}

const MAX_PAIRS = 50; // json_build_object takes at most 100 arguments

function jsonObject(pairs: Array<[string, string]>): string {
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += MAX_PAIRS) {
    chunks.push(pairs.slice(i, i + MAX_PAIRS).map(([k, v]) => `'${k}', ${v}`).join(', '));
  }
  if (chunks.length <= 1) return `json_build_object(${chunks[0] ?? ''})`;
  return `(${chunks.map((c) => `jsonb_build_object(${c})`).join(' || ')})::json`;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The type-graphql class of an object type and its ancestors (their fields and resolvers are its own). */
function classChain(type: GraphQLObjectType, storage: ReturnType<typeof getMetadataStorage>): Function[] {
  const chain: Function[] = [];
  const target = storage.objectTypes.find((o) => o.name === type.name)?.target ?? null;
  for (let c: Function | null = target; c && c !== Function.prototype && c !== Object; c = Object.getPrototypeOf(c)) chain.push(c);
  return chain;
}

export class ReadCompiler {
  private readonly models = new Map<string, Map<string, FieldModel>>();
  private readonly levels = new WeakMap<object, Map<string, Level | null>>();
  private readonly roots = new WeakMap<object, Map<string, RootLevel | null>>();
  private readonly wrapped = new WeakSet<GraphQLField<unknown, unknown>>();
  private meta!: MetadataStorage;

  constructor(private readonly schema: GraphQLSchema) {}

  /** Wraps the resolvers of declared fields; plain fields become bare property reads. */
  install(): void {
    const storage = getMetadataStorage();
    const query = this.schema.getQueryType();
    for (const field of query ? Object.values(query.getFields()) : []) {
      const root = field.extensions?.[ROOT_EXTENSION] as CompiledRootRead | undefined;
      const guarded = storage.queries.some((q) => q.schemaName === field.name && (q.roles?.length || q.middlewares?.length));
      if (root && !guarded) this.wrapRoot(field, root);
    }
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const model = this.modelOf(type, storage);
      for (const field of Object.values(type.getFields())) {
        const fieldModel = model.get(field.name);
        if (this.readOf(type, field.name) && fieldModel && !fieldModel.plain && this.unguarded(type, field.name, storage)) {
          this.wrap(field);
        } else if (fieldModel?.plain && field.resolve) {
          // A function still (a getter may return a promise, which graphql-jit awaits only from a
          // resolver), but without type-graphql's per-call resolver data.
          const property = fieldModel.property;
          field.resolve = (row: Row) => row[property];
        }
      }
    }
  }

  private modelOf(type: GraphQLObjectType, storage: ReturnType<typeof getMetadataStorage>): Map<string, FieldModel> {
    const model = new Map<string, FieldModel>();
    this.models.set(type.name, model);
    const chain = classChain(type, storage);
    if (!chain.length) return model;
    const resolved = new Set(
      storage.fieldResolvers.filter((r) => chain.includes(r.getObjectType?.() as Function)).map((r) => r.schemaName),
    );
    for (const c of chain) {
      for (const f of storage.fields.filter((x) => x.target === c)) {
        if (model.has(f.schemaName)) continue;
        const plain = !resolved.has(f.schemaName) && !f.roles?.length && !f.middlewares?.length && !f.params?.length;
        model.set(f.schemaName, { property: f.name, plain });
      }
    }
    for (const name of resolved) if (!model.has(name)) model.set(name, { property: name, plain: false });
    return model;
  }

  /** A field with roles or middlewares keeps its resolver: the compiler must not step round a check. */
  private unguarded(type: GraphQLObjectType, name: string, storage: ReturnType<typeof getMetadataStorage>): boolean {
    const chain = classChain(type, storage);
    return storage.fieldResolvers
      .filter((r) => r.schemaName === name && chain.includes(r.getObjectType?.() as Function))
      .every((r) => !r.roles?.length && !r.middlewares?.length);
  }

  /** The field's declaration, on the type or on an interface it implements (Sourced.source). */
  private readOf(type: GraphQLObjectType, name: string): CompiledRead | undefined {
    const own = type.getFields()[name]?.extensions?.[EXTENSION] as CompiledRead | undefined;
    if (own) return own;
    for (const i of type.getInterfaces()) {
      const inherited = i.getFields()[name]?.extensions?.[EXTENSION] as CompiledRead | undefined;
      if (inherited) return inherited;
    }
    return undefined;
  }

  private wrap(field: GraphQLField<unknown, unknown>): void {
    const original = field.resolve as GraphQLFieldResolver<Row, HubContext>;
    const many = isList(field.type);
    const compiler = this;
    this.wrapped.add(field);
    field.resolve = function compiled(parent: Row, args, context: HubContext, info) {
      const key = info.path.key as string;
      const prefetched = parent[PREFETCHED] as Row | undefined;
      if (prefetched !== undefined) return key in prefetched ? prefetched[key] : original(parent, args, context, info);
      if (!context.compiledReads || typeof parent.id !== 'number') return original(parent, args, context, info);
      const level = compiler.levelOf(info, context);
      if (!level?.keys.has(key)) return original(parent, args, context, info);
      return context.loaders
        .get(level.loader)
        .load(parent.id)
        .then((read) => (read ? read[key] : many ? [] : null));
    } as GraphQLFieldResolver<unknown, unknown>;
  }

  private wrapRoot(field: GraphQLField<unknown, unknown>, read: CompiledRootRead): void {
    const original = field.resolve as GraphQLFieldResolver<unknown, HubContext>;
    const compiler = this;
    field.resolve = function compiledRoot(parent: unknown, args: Record<string, unknown>, context: HubContext, info) {
      const key = args[read.argument];
      if (!context.compiledReads || info.operation.operation !== 'query' || typeof key !== 'string') return original(parent, args, context, info);
      const level = compiler.rootLevelOf(info, read, context);
      if (!level) return original(parent, args, context, info);
      return context.loaders.get(level.loader).load(key);
    } as GraphQLFieldResolver<unknown, unknown>;
  }

  /** The compiled statement of one root field of an operation (by response key), built once. */
  private rootLevelOf(info: GraphQLResolveInfo, read: CompiledRootRead, context: HubContext): RootLevel | null {
    let byKey = this.roots.get(info.operation);
    if (!byKey) this.roots.set(info.operation, (byKey = new Map()));
    const responseKey = info.path.key as string;
    let level = byKey.get(responseKey);
    if (level === undefined) {
      this.meta ??= context.em.getMetadata();
      level = this.buildRoot(info, read, responseKey);
      byKey.set(responseKey, level);
    }
    return level;
  }

  private buildRoot(info: GraphQLResolveInfo, read: CompiledRootRead, responseKey: string): RootLevel | null {
    const type = getNamedType(info.returnType);
    if (!isObjectType(type) || isList(info.returnType) || read.plan.many) return null;
    if (info.fieldNodes.some((n) => n.directives?.length)) return null;
    const meta = this.meta.get(read.plan.entity.name);
    const keyColumn = meta.properties[read.property]?.fieldNames?.[0];
    if (!keyColumn) return null;
    const groups = this.collect(type, info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), info.fragments);
    const row = this.row(type, meta, groups, info.fragments);
    const statementFor = statementsPerPolicy('hub_root', (policy) => {
      const aliases = new Aliases();
      const alias = aliases.next();
      // PostgreSQL takes $1 as an array of the key column's type.
      const { from, where } = read.plan.source({ policy, meta: this.meta }, alias, 'any($1)');
      return `select ${alias}."${keyColumn}" as "key", ${row(policy, aliases, alias)} as "read" from ${from} where ${where.join(' and ')}`;
    });
    return {
      loader: {
        name: `compiled-root:${responseKey}|${type.name}`,
        create: (scope) =>
          new DataLoader<string, Row | null>(async (keys) => {
            const { name, text } = statementFor(scope.policy);
            const rows = await fetchPrepared<{ key: string; read: Row }>(scope, name, text, [keys]);
            const byKey = new Map(rows.map((r) => [r.key, r.read]));
            return keys.map((k) => byKey.get(k) ?? null);
          }),
      },
    };
  }

  /** The compiled level for the selection this field is part of (null: nothing to compile there). */
  private levelOf(info: GraphQLResolveInfo, context: HubContext): Level | null {
    if (info.operation.operation !== 'query') return null;
    const keys: string[] = [];
    for (let p: Path | undefined = info.path.prev; p; p = p.prev) if (typeof p.key === 'string') keys.push(p.key);
    return this.cachedLevel(info, keys.reverse(), info.parentType, context);
  }

  /** Levels are built once per operation document and path, whoever asks first. */
  private cachedLevel(info: GraphQLResolveInfo, keys: string[], parentType: GraphQLObjectType, context: HubContext): Level | null {
    let byPath = this.levels.get(info.operation);
    if (!byPath) this.levels.set(info.operation, (byPath = new Map()));
    const pathKey = `${keys.join('.')}|${parentType.name}`;
    let level = byPath.get(pathKey);
    if (level === undefined) {
      this.meta ??= context.em.getMetadata();
      level = this.buildLevel(info, parentType, keys, pathKey);
      byPath.set(pathKey, level);
    }
    return level;
  }

  /**
   * For a connection field (`partnerships`): the level of its `edges { node { ... } }`, so the
   * page's own statement can select what is declared below each node (null: nothing to read there,
   * or a selection the compiler does not take, such as `edges` asked for twice under aliases).
   */
  connectionLevel(info: GraphQLResolveInfo, context: HubContext): Level | null {
    if (!context.compiledReads || info.operation.operation !== 'query') return null;
    const connection = getNamedType(info.returnType);
    if (!isObjectType(connection) || isList(info.returnType)) return null;
    const keys: string[] = [];
    for (let p: Path | undefined = info.path; p; p = p.prev) if (typeof p.key === 'string') keys.push(p.key);
    keys.reverse();
    const only = (type: GraphQLObjectType, sets: readonly SelectionSetNode[], name: string) => {
      const matches = [...this.collect(type, sets, info.fragments)].filter(([, nodes]) => nodes[0].name.value === name);
      const field = type.getFields()[name];
      return matches.length === 1 && field ? { key: matches[0][0], nodes: matches[0][1], type: getNamedType(field.type) } : null;
    };
    const edges = only(connection, info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), 'edges');
    if (!edges || !isObjectType(edges.type) || edges.nodes.some((n) => n.directives?.length)) return null;
    const node = only(edges.type, edges.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), 'node');
    if (!node || !isObjectType(node.type) || node.nodes.some((n) => n.directives?.length)) return null;
    return this.cachedLevel(info, [...keys, edges.key, node.key], node.type, context);
  }

  private buildLevel(info: GraphQLResolveInfo, parentType: GraphQLObjectType, keys: string[], pathKey: string): Level | null {
    const parentMeta = this.meta.find(parentType.name);
    if (!parentMeta) return null;
    const groups = this.selectionAt(info, keys, parentType);
    if (!groups) return null;
    const fields: Array<[string, RelationSql]> = [];
    for (const [key, nodes] of groups) {
      const read = this.readOf(parentType, nodes[0].name.value);
      const field = parentType.getFields()[nodes[0].name.value];
      if (!read || !field || !this.wrapped.has(field)) continue;
      const sql = this.relation(parentMeta, read, field, nodes, info.fragments);
      if (sql) fields.push([key, sql]);
    }
    if (!fields.length) return null;
    const values = (policy: ReadPolicy, parent: string) => {
      const aliases = new Aliases();
      return jsonObject(fields.map(([key, relation]) => [key, relation(policy, aliases, parent)]));
    };
    const statementFor = statementsPerPolicy('hub_read', (policy) =>
      `select "p"."id" as "key", ${values(policy, '"p"')} as "read" from "${parentMeta.tableName}" "p" where "p"."id" = any($1::int[])`,
    );
    const prefetchFor = statementsPerPolicy('hub_page', (policy) => values(policy, '"t"'));
    return {
      keys: new Set(fields.map(([key]) => key)),
      prefetch: (policy) => prefetchFor(policy).text,
      loader: {
        name: `compiled:${pathKey}`,
        create: (scope) =>
          new DataLoader<number, Row | null>(async (ids) => {
            const { name, text } = statementFor(scope.policy);
            const rows = await fetchPrepared<{ key: number; read: Row }>(scope, name, text, [ids]);
            const byKey = new Map(rows.map((r) => [r.key, r.read]));
            return ids.map((id) => byKey.get(id) ?? null);
          }),
      },
    };
  }

  /** The merged fields (by response key) of the selection holding the current field. */
  private selectionAt(info: GraphQLResolveInfo, keys: string[], parentType: GraphQLObjectType): Groups | null {
    let type: GraphQLObjectType | null | undefined = this.schema.getQueryType();
    if (!type) return null;
    let groups = this.collect(type, [info.operation.selectionSet], info.fragments);
    for (const key of keys) {
      const nodes = groups.get(key);
      const field: GraphQLField<unknown, unknown> | undefined = nodes && type.getFields()[nodes[0].name.value];
      const next: GraphQLNamedType | undefined = field ? getNamedType(field.type) : undefined;
      if (!nodes || !next || !isObjectType(next)) return null;
      type = next;
      groups = this.collect(type, nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), info.fragments);
    }
    return type === parentType ? groups : null;
  }

  private collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, into: Groups = new Map()): Groups {
    const applies = (condition: string | undefined) => {
      if (!condition || condition === type.name) return true;
      const abstract = this.schema.getType(condition);
      return !!abstract && isAbstractType(abstract) && this.schema.isSubType(abstract, type);
    };
    for (const set of sets) {
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          const key = s.alias?.value ?? s.name.value;
          const group = into.get(key);
          if (group) group.push(s);
          else into.set(key, [s]);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          if (applies(s.typeCondition?.name.value)) this.collect(type, [s.selectionSet], fragments, into);
        } else {
          const fragment = fragments[s.name.value];
          if (fragment && applies(fragment.typeCondition.name.value)) this.collect(type, [fragment.selectionSet], fragments, into);
        }
      }
    }
    return into;
  }

  /** SQL reading a declared field's rows (and what is declared below them) for one parent row. */
  private relation(
    parentMeta: EntityMetadata,
    read: CompiledRead,
    field: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): RelationSql | null {
    if (nodes.some((n) => n.arguments?.length || n.directives?.length)) return null;
    const childType = getNamedType(field.type);
    if (!isObjectType(childType) || isList(field.type) !== read.plan.many) return null;
    let keyColumn: string | undefined;
    if (typeof read.key === 'string') {
      const prop = parentMeta.properties[read.key] ?? parentMeta.properties[read.key.replace(/Id$/, '')];
      keyColumn = prop?.fieldNames?.[0];
      if (!keyColumn) return null;
    }
    const childMeta = this.meta.get(read.plan.entity.name);
    const row = this.row(childType, childMeta, this.collect(childType, nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), fragments), fragments);
    const meta = this.meta;
    return (policy, aliases, parent) => {
      const alias = aliases.next();
      const key = typeof read.key === 'function' ? read.key(parent, policy) : `${parent}."${keyColumn}"`;
      const { from, where, orderBy } = read.plan.source({ policy, meta }, alias, key);
      const object = row(policy, aliases, alias);
      const condition = where.length ? ` where ${where.join(' and ')}` : '';
      return read.plan.many
        ? `coalesce((select json_agg(${object}${orderBy ? ` order by ${orderBy}` : ''}) from ${from}${condition}), '[]'::json)`
        : `(select ${object} from ${from}${condition}${orderBy ? ` order by ${orderBy}` : ''} limit 1)`;
    };
  }

  /**
   * A row as the loaders read it, with only the columns the selection uses (all of them where a
   * field resolver of its own will read the row) and, under PREFETCHED, the declared fields below.
   */
  private row(type: GraphQLObjectType, meta: EntityMetadata, groups: Groups, fragments: Record<string, FragmentDefinitionNode>): RowSql {
    const model = this.models.get(type.name) ?? new Map<string, FieldModel>();
    const properties = new Set(['id']);
    let all = false;
    const nested: Array<[string, RelationSql]> = [];
    for (const [key, nodes] of groups) {
      const name = nodes[0].name.value;
      const field = type.getFields()[name];
      if (!field || name.startsWith('__')) continue;
      const read = this.readOf(type, name);
      if (read && this.wrapped.has(field)) {
        const relation = this.relation(meta, read, field, nodes, fragments);
        if (relation) {
          nested.push([key, relation]);
          continue;
        }
      }
      const fieldModel = model.get(name);
      if (fieldModel?.plain) properties.add(fieldModel.property);
      else if (name !== 'id') all = true; // Node's id reads the row's id only
    }
    return (policy, aliases, alias) => {
      const readable = policy.readableProperties(meta);
      const pairs: Array<[string, string]> = (all ? readable : readable.filter((p) => properties.has(p))).map((p) => {
        const sql = policy.read(meta, p, alias)!;
        // As the driver hands timestamps to the loaders: PostgreSQL's text, not JSON's ISO form.
        return [p, meta.properties[p]?.columnTypes?.[0]?.startsWith('timestamp') ? `(${sql})::text` : sql];
      });
      if (nested.length) pairs.push([PREFETCHED, jsonObject(nested.map(([key, relation]) => [key, relation(policy, aliases, alias)]))]);
      return jsonObject(pairs);
    };
  }
}

/** By type, not by schema: a schema built from this one (the federated subgraph) shares its types. */
const compilers = new WeakMap<GraphQLNamedType, ReadCompiler>();

/** Installs the read compiler on a built schema (once, before graphql-jit compiles anything). */
export function installCompiledReads(schema: GraphQLSchema): void {
  const compiler = new ReadCompiler(schema);
  compiler.install();
  for (const type of Object.values(schema.getTypeMap())) if (isObjectType(type)) compilers.set(type, compiler);
}

/**
 * For a connection's resolver: an SQL expression of the page's node row (aliased `"t"`) that
 * reads, as one JSON object, everything the selection declares below `edges.node`. Selected with
 * the page as PREFETCHED, it makes a list and its nested lists ONE statement: the node's fields
 * then answer from the row. Null when there is nothing to read that way.
 */
export function connectionPrefetch(info: GraphQLResolveInfo, context: HubContext): string | null {
  const level = compilers.get(getNamedType(info.returnType))?.connectionLevel(info, context);
  return level ? level.prefetch(context.policy) : null;
}

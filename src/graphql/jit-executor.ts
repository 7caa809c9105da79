import { execute, getNamedType, GraphQLError, isAbstractType, isInputObjectType, typeFromAST, valueFromASTUntyped, type DocumentNode, type ExecutionResult, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';

/**
 * Runs operations on graphql-jit instead of graphql-js's interpreter, behind Apollo Server (as a
 * "gateway" that hands Apollo the schema and an executor: Apollo still parses, validates, runs the
 * plugins - limits, logging - and formats errors). The same resolvers run; jit compiles each
 * operation once into a function that walks the selection without graphql-js's per-field
 * bookkeeping, which measured faster on the hub's nested lists (BENCHMARKS.md).
 *
 * Compiled operations are kept per parsed document (Apollo keeps documents in its own bounded
 * store, so this cache is bounded with it) and operation name.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  resolveTypesSynchronously(schema);
  const recursive = recursiveInputTypes(schema);
  // 'interpret': an operation jit cannot compile, run by graphql-js instead.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult | 'interpret'>>();

  const compile = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query && operationTakesRecursiveInput(schema, document, operationName, recursive)) {
      // Known in advance, so jit is not even tried: its endless recursion took 10+ s per new document
      // before the RangeError below (the dashboard's first load waited for it, issue 13).
      query = 'interpret';
      byName.set(key, query);
    }
    if (!query) {
      try {
        query = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
        // It may also report the overflow as the operation's error instead of throwing it.
        if (!isCompiledQuery(query) && query.errors?.some((e) => /Maximum call stack/.test(e.message) || e.originalError?.name === 'RangeError')) query = 'interpret';
      } catch (e) {
        // jit 0.8 recurses without end compiling variables of a recursive input type (the
        // filters' and/or/not): such operations are interpreted, as without JIT.
        if ((e as Error | undefined)?.name !== 'RangeError') throw e; // by name: jest runs modules in another realm
        query = 'interpret';
      }
      byName.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (request) => {
    const operation = request.operation as OperationDefinitionNode | undefined;
    // No operation resolved (an unknown operationName, two operations and none named): graphql-js
    // says so in the words Apollo turns into its 400 OPERATION_RESOLUTION_FAILURE.
    if (!operation) return execute({ schema, document: request.document, operationName: request.request.operationName, variableValues: request.request.variables });
    // Variables are coerced by graphql-js first: its errors carry the AST nodes Apollo answers
    // BAD_USER_INPUT (400) by, word for word as without JIT.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const query = compile(request.document, request.operationName);
    if (query === 'interpret') {
      return execute({ schema, document: request.document, operationName: request.request.operationName, variableValues: request.request.variables, contextValue: request.context });
    }
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, request.context, withDefaults(operation, request.request.variables ?? {}));
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    load: async () => ({ schema, executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}

/**
 * Input object types that reach themselves through their fields (PartnershipFilter's and/or/not),
 * found once per schema by a depth-first walk.
 */
function recursiveInputTypes(schema: GraphQLSchema): Set<string> {
  const found = new Set<string>();
  const reaches = (from: GraphQLNamedType, target: string, seen: Set<string>): boolean => {
    if (!isInputObjectType(from)) return false;
    for (const field of Object.values(from.getFields())) {
      const next = getNamedType(field.type);
      if (next.name === target) return true;
      if (!seen.has(next.name)) {
        seen.add(next.name);
        if (reaches(next, target, seen)) return true;
      }
    }
    return false;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && !type.name.startsWith('__') && reaches(type, type.name, new Set())) found.add(type.name);
  }
  return found;
}

/** Whether a variable of the operation has (or holds, through its fields) a recursive input type. */
function operationTakesRecursiveInput(schema: GraphQLSchema, document: DocumentNode, operationName: string | null, recursive: Set<string>): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const seen = new Set<string>();
  const holds = (type: GraphQLNamedType): boolean => {
    if (recursive.has(type.name)) return true;
    if (!isInputObjectType(type) || seen.has(type.name)) return false;
    seen.add(type.name);
    return Object.values(type.getFields()).some((field) => holds(getNamedType(field.type)));
  };
  return (operation?.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type as Parameters<typeof typeFromAST>[1]);
    return type !== undefined && holds(getNamedType(type));
  });
}

/**
 * The variables with the operation's defaults filled in for those not given: jit refuses a
 * non-null variable with a default ("$lang: LanguageCode! = \"en\"") as "not provided" where
 * graphql-js (and the spec) use the default.
 */
function withDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let filled: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && !(name in variables)) (filled ??= { ...variables })[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return filled ?? variables;
}

/**
 * jit builds its errors with its own constructor, without `extensions` when the thrown error has
 * none (a HubError keeps its code on itself): Apollo's formatting expects graphql-js errors, so
 * each is rebuilt as one, with the original error kept for the one place that turns errors into
 * responses (graphql/errors, app.ts formatError).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  // jit keeps the locations it computed, not the AST nodes they come from.
  if (!rebuilt.locations && error.locations) (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

/**
 * type-graphql wraps every resolveType in an async function; jit resolves abstract types
 * synchronously and takes the promise for no type. The hub's abstract types all resolve by the
 * row's `__typename` (the loaders set it), so that is answered at once; anything else still goes
 * to type-graphql's function.
 */
function resolveTypesSynchronously(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || !type.resolveType) continue;
    const original = type.resolveType;
    if ((original as { synchronous?: boolean }).synchronous) continue;
    const synchronous = Object.assign(
      (value: unknown, ...rest: Parameters<typeof original> extends [unknown, ...infer R] ? R : never) => {
        const name = (value as { __typename?: unknown } | null)?.__typename;
        return typeof name === 'string' ? name : original(value, ...rest);
      },
      { synchronous: true },
    );
    type.resolveType = synchronous;
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { RequestLimits } from '../config';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable } from '../db/unavailable';
import { HttpErrorCode } from '../errors';
import { currentRequestId } from '../http/request-scope';
import type { Logger } from '../logger';
import type { HubContext } from './context';
import { hubCostEstimator } from './cost';

/**
 * Request limits and error hardening, in one place. Each refusal has its own `extensions.code` and
 * HTTP status, decided before any resolver runs (except the statement timeout, which PostgreSQL
 * enforces while the query runs). The numbers come from config (src/config.ts, README).
 */
export enum LimitCode {
  /** Field nesting deeper than MAX_DEPTH (400). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** Estimated cost above MAX_COST, or more selections than MAX_COST once fragments are expanded (400). */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** More aliases than MAX_ALIASES (400). */
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  /** More top-level fields than MAX_ROOT_FIELDS (400). */
  TOO_MANY_ROOT_FIELDS = 'TOO_MANY_ROOT_FIELDS',
  /** A document of more than MAX_TOKENS tokens (400; graphql stops parsing there). */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** A subscription: the hub serves queries and mutations over HTTP, no event streams (400). */
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  /** `__schema` / `__type` while introspection is off (403). */
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
  /** A statement ran longer than QUERY_TIMEOUT_MS and PostgreSQL cancelled it (503). */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** A request body over MAX_BODY_BYTES (413; src/http/request-body.ts). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A request body that has not fully arrived within BODY_TIMEOUT_MS (408; src/http/request-body.ts). */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  /** A body that is not UTF-8 JSON (415; src/http/request-body.ts). */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  /** Over the request budget of the API key or IP (429 with Retry-After; src/http/rate-limit.ts). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** More `_entities` representations than MAX_ENTITY_REPRESENTATIONS in one operation (400). */
  TOO_MANY_REPRESENTATIONS = 'TOO_MANY_REPRESENTATIONS',
}

function refuse(code: LimitCode, message: string, status: number, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status } } });
}

/** What an operation asks for, counted with its fragments expanded (each fragment measured once). */
export interface OperationShape {
  /** Deepest field nesting; introspection (`__schema`, `__type`) counts as one level. */
  depth: number;
  aliases: number;
  /** Selections (fields and fragments) the executor would walk: grows with every fragment reuse. */
  selections: number;
  /** Distinct top-level response keys (`__typename` left out). */
  rootFields: number;
  introspection: boolean;
  /** The `representations` of each top-level `_entities` field: a literal list's length, or the variable holding it. */
  representations: ReadonlyArray<number | { variable: string }>;
}

interface Measure {
  depth: number;
  aliases: number;
  selections: number;
  introspection: boolean;
}

const EMPTY: Measure = { depth: 0, aliases: 0, selections: 0, introspection: false };

export function measureOperation(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): OperationShape {
  const measured = new Map<string, Measure>();
  const inProgress = new Set<string>();

  // Memoised per fragment: a fragment spread 2^n times through n nested fragments costs n walks,
  // while its counts still grow as the executor's work would. Cycles (refused by validation) count 0.
  const fragment = (name: string): Measure => {
    const known = measured.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    if (!definition || inProgress.has(name)) return EMPTY;
    inProgress.add(name);
    const result = selectionSet(definition.selectionSet);
    inProgress.delete(name);
    measured.set(name, result);
    return result;
  };

  const selectionSet = (set: SelectionSetNode): Measure => {
    let depth = 0;
    let aliases = 0;
    let selections = 0;
    let introspection = false;
    for (const selection of set.selections) {
      selections += 1;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (selection.name.value === '__schema' || selection.name.value === '__type') {
          // Its shape is bounded by graphql's MaxIntrospectionDepthRule and its cost is fixed.
          introspection = true;
          depth = Math.max(depth, 1);
          continue;
        }
        const inner = selection.selectionSet ? selectionSet(selection.selectionSet) : EMPTY;
        depth = Math.max(depth, 1 + inner.depth);
        aliases += inner.aliases;
        selections += inner.selections;
        introspection ||= inner.introspection;
      } else {
        const inner = selection.kind === Kind.INLINE_FRAGMENT ? selectionSet(selection.selectionSet) : fragment(selection.name.value);
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
        selections += inner.selections;
        introspection ||= inner.introspection;
      }
    }
    return { depth, aliases, selections, introspection };
  };

  const rootKeys = new Set<string>();
  const visited = new Set<string>();
  const representations: Array<number | { variable: string }> = [];
  const collectRoot = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') rootKeys.add(selection.alias?.value ?? selection.name.value);
        if (selection.name.value === '_entities') {
          const value = selection.arguments?.find((a) => a.name.value === 'representations')?.value;
          if (value?.kind === Kind.LIST) representations.push(value.values.length);
          else if (value?.kind === Kind.VARIABLE) representations.push({ variable: value.name.value });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collectRoot(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const definition = fragments.get(selection.name.value);
        if (definition) collectRoot(definition.selectionSet);
      }
    }
  };
  collectRoot(operation.selectionSet);

  return { ...selectionSet(operation.selectionSet), rootFields: rootKeys.size, representations };
}

/** graphql-query-complexity's estimate for one operation (see cost.ts); undefined if its variables are invalid. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  maxNodes: number,
): number | undefined {
  // Only this operation and the fragments: the library would otherwise add up every operation.
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  try {
    return getComplexity({ schema, query, variables, estimators: [hubCostEstimator], maxQueryNodes: maxNodes });
  } catch (e) {
    if (e instanceof GraphQLError && /maximum allowed number of nodes/.test(e.message)) return Infinity;
    // Invalid variables or arguments: execution refuses them before any resolver runs.
    return undefined;
  }
}

/** PostgreSQL text cannot hold U+0000: a string argument with one would fail deep in the driver. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasNul(v, depth + 1)) || Object.keys(value).some((k) => k.includes('\u0000'));
}

/**
 * What checkOperation needs of one operation that does not change between requests: its shape,
 * whether its text holds a NUL, and its cost per value of the variables the cost depends on.
 * Apollo keeps one parsed DocumentNode per query text, so a dashboard's repeated query is
 * measured once instead of on every request (the cost walk was ~5% of a detail request's CPU).
 */
interface OperationVerdict {
  shape: OperationShape;
  documentHasNul: boolean;
  /** Variables that reach a page size or an ID list: the only ones the estimate reads. */
  costVariables: readonly string[];
  costs: Map<string, number>;
}

const verdicts = new WeakMap<DocumentNode, Map<string, OperationVerdict>>();
/** Distinct page sizes remembered per operation: enough for any client, bounded for a hostile one. */
const MAX_COSTS_PER_OPERATION = 64;
const COST_ARGUMENTS = new Set(['first', 'last', 'ids']);

function costVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (!COST_ARGUMENTS.has(node.name.value)) return false;
      visit(node.value, {
        Variable(variable) {
          names.add(variable.name.value);
        },
      });
      return false;
    },
  });
  return [...names].sort();
}

function verdictFor(document: DocumentNode, operation: OperationDefinitionNode): OperationVerdict {
  let byOperation = verdicts.get(document);
  if (!byOperation) verdicts.set(document, (byOperation = new Map()));
  const key = operation.name?.value ?? '';
  let verdict = byOperation.get(key);
  if (!verdict) {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    let documentHasNul = false;
    visit(document, {
      StringValue(node) {
        if (!node.value.includes('\u0000')) return undefined;
        documentHasNul = true;
        return BREAK;
      },
    });
    verdict = { shape: measureOperation(operation, fragments), documentHasNul, costVariables: costVariablesOf(document), costs: new Map() };
    byOperation.set(key, verdict);
  }
  return verdict;
}

function refuseNul(documentHasNul: boolean, variables: Record<string, unknown> | undefined): void {
  if (documentHasNul || hasNul(variables)) {
    throw new GraphQLError('Text arguments may not contain NUL (\\u0000) characters', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/** The operation's estimated cost, remembered per value of its cost variables (never when unknown). */
function costOf(
  verdict: OperationVerdict,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  maxNodes: number,
): number | undefined {
  const key = verdict.costVariables.length === 0 ? '' : JSON.stringify(verdict.costVariables.map((name) => variables?.[name] ?? null));
  const known = verdict.costs.get(key);
  if (known !== undefined) return known;
  const cost = operationCost(schema, document, operation, variables, maxNodes);
  // Unknown means "variables invalid": execution refuses those, and another request's may be valid.
  if (cost !== undefined && verdict.costs.size < MAX_COSTS_PER_OPERATION) verdict.costs.set(key, cost);
  return cost;
}

export interface LimitsPluginOptions {
  limits: RequestLimits;
  /** Whether this request may use introspection (app.ts: the INTROSPECTION setting, or a signed-in caller). */
  allowIntrospection: (context: HubContext) => boolean;
  logger: Logger;
}

/** Checks every operation against the limits after validation and before execution. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: RequestLimits,
  allowIntrospection: boolean,
): void {
  const verdict = verdictFor(document, operation);
  const { shape } = verdict;

  refuseNul(verdict.documentHasNul, variables);
  if (shape.introspection && !allowIntrospection) {
    throw refuse(LimitCode.INTROSPECTION_DISABLED, 'Introspection is disabled on this server', 403);
  }
  if (shape.rootFields > limits.maxRootFields) {
    throw refuse(LimitCode.TOO_MANY_ROOT_FIELDS, `The operation asks for ${shape.rootFields} top-level fields; at most ${limits.maxRootFields} are allowed`, 400, {
      limit: limits.maxRootFields,
      actual: shape.rootFields,
    });
  }
  if (shape.depth > limits.maxDepth) {
    throw refuse(LimitCode.QUERY_TOO_DEEP, `The operation is nested ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`, 400, {
      limit: limits.maxDepth,
      actual: shape.depth,
    });
  }
  if (shape.aliases > limits.maxAliases) {
    throw refuse(LimitCode.TOO_MANY_ALIASES, `The operation uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed`, 400, {
      limit: limits.maxAliases,
      actual: shape.aliases,
    });
  }
  if (shape.representations.length) {
    // Each representation is a record load: a gateway batches per subgraph call, so a huge list is a crafted one.
    const asked = shape.representations.reduce<number>((sum, r) => {
      const value = typeof r === 'number' ? r : variables?.[r.variable];
      return sum + (typeof value === 'number' ? value : Array.isArray(value) ? value.length : 0);
    }, 0);
    if (asked > limits.maxEntityRepresentations) {
      throw refuse(
        LimitCode.TOO_MANY_REPRESENTATIONS,
        `The operation asks _entities for ${asked} representations; at most ${limits.maxEntityRepresentations} are allowed per operation`,
        400,
        { limit: limits.maxEntityRepresentations, actual: asked },
      );
    }
  }
  // Bounds the cost walk below as well: it visits every expanded selection.
  if (shape.selections > limits.maxCost) {
    throw refuse(LimitCode.QUERY_TOO_COMPLEX, `The operation expands to more than ${limits.maxCost} selections`, 400, { limit: limits.maxCost });
  }
  const cost = costOf(verdict, schema, document, operation, variables, limits.maxCost + 1);
  if (cost !== undefined && cost > limits.maxCost) {
    const actual = Number.isFinite(cost) ? cost : undefined;
    throw refuse(
      LimitCode.QUERY_TOO_COMPLEX,
      `The operation's estimated cost is ${actual ?? 'above the limit'}; at most ${limits.maxCost} is allowed (ask for smaller pages or fewer nested lists)`,
      400,
      { limit: limits.maxCost, actual },
    );
  }
}

const REFUSALS = new Set<unknown>(Object.values(LimitCode));

/** Apollo plugin: the limits before execution, 503 for a cancelled statement, a log line per refusal. */
export function requestLimitsPlugin({ limits, allowIntrospection, logger }: LimitsPluginOptions): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // Apollo answers "unknown operation" itself
          // A client's mistake, not a server failure: graphql-js would throw an internal error (logged at error level).
          if (operation.operation === 'subscription') {
            throw refuse(LimitCode.OPERATION_NOT_SUPPORTED, 'Subscriptions are not served: this API answers queries and mutations over HTTP', 400);
          }
          checkOperation(schema, document, operation, request.variables, limits, allowIntrospection(contextValue));
        },
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = queryTimeout(error) ? LimitCode.QUERY_TIMEOUT : error.extensions?.code;
            if (REFUSALS.has(code)) logger.info({ requestId: contextValue.requestId, operationName, code }, 'request refused by a limit');
          }
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === LimitCode.QUERY_TIMEOUT)) response.http.status = 503;
          // Even when some fields resolved: the answer is incomplete for a reason a retry may cure.
          if (errors?.some((e) => e.extensions?.code === HttpErrorCode.DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}

/** True for PostgreSQL's "canceling statement due to statement timeout" anywhere in the error's causes. */
export function queryTimeout(error: unknown): boolean {
  for (let e = error as { code?: unknown; originalError?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; i++) {
    if (e.code === '57014') return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

// graphql-js's own budget for comparing same-named fields (OverlappingFieldsCanBeMergedRule).
const VALIDATION_BUDGET = 'Validation aborted.';
// Apollo's hideSchemaDetailsFromClientErrors strips these from validation errors only; here they
// go from every error (variable coercion errors name enum values too).
const SUGGESTION = /\s*Did you mean [^?]*\?\s*$/;
// graphql's own words when parse() hits maxTokens (16.x spells it "more that"); limits.test.ts checks it.
const TOKEN_LIMIT = /^Syntax Error: Document contains more th[ae][nt] (\d+) tokens/;

/** The whole story a client gets while PostgreSQL is unreachable (the cause is in the log, never here). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; retry after a few seconds';

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Wraps the hub's formatError (which masks unexpected errors): a cancelled statement becomes
 * QUERY_TIMEOUT and a lost or refused database connection DATABASE_UNAVAILABLE (503, Retry-After)
 * instead of a masked internal error, graphql's token limit and validation budget
 * get their own codes,
 * "Did you mean ...?" goes when field suggestions are off, and every error carries the request id,
 * also those Apollo raises before a request has a context (CSRF, batching, malformed bodies).
 */
export function hardenErrors(format: FormatError, options: { fieldSuggestions: boolean; queryTimeoutMs: number }): FormatError {
  return (formatted, error) => {
    let result = queryTimeout(error)
      ? {
          message: `The query took longer than ${options.queryTimeoutMs} ms and was cancelled; ask for less`,
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: LimitCode.QUERY_TIMEOUT, limitMs: options.queryTimeoutMs },
        }
      : databaseUnavailable(error)
        ? {
            message: DATABASE_UNAVAILABLE_MESSAGE,
            locations: formatted.locations,
            path: formatted.path,
            extensions: { code: HttpErrorCode.DATABASE_UNAVAILABLE, retryAfter: DATABASE_RETRY_AFTER_SECONDS },
          }
        : format(formatted, error);
    const tokens = TOKEN_LIMIT.exec(result.message);
    if (tokens && result.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
      result = {
        message: `The document has more than ${tokens[1]} tokens; send a smaller query`,
        extensions: { ...result.extensions, code: LimitCode.QUERY_TOO_LARGE, limit: Number(tokens[1]) },
      };
    }
    if (result.message === VALIDATION_BUDGET && result.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
      result = { message: 'The operation has too many overlapping fields to validate', extensions: { ...result.extensions, code: LimitCode.QUERY_TOO_COMPLEX } };
    }
    if (!options.fieldSuggestions && SUGGESTION.test(result.message)) {
      result = { ...result, message: result.message.replace(SUGGESTION, '') };
    }
    const requestId = currentRequestId();
    if (requestId && result.extensions?.requestId === undefined) {
      result = { ...result, extensions: { ...result.extensions, requestId } };
    }
    return result;
  };
}

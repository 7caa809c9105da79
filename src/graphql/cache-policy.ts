import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { Extensions } from 'type-graphql';

/** A field's or a type's cache hint, as Apollo's `@cacheControl` spells it. */
export interface CacheHint {
  scope?: 'PUBLIC' | 'PRIVATE';
  maxAge?: number;
}

/** Marks a GraphQL field (or type) as personal: a response selecting it is never shared by caches. */
export const PrivateData = () => Extensions({ cacheControl: { scope: 'PRIVATE' } satisfies CacheHint });

/** What caches may do with the answer to one document: `maxAge` undefined means "private, no-store". */
export interface CacheVerdict {
  maxAge?: number;
}

function hintOf(extensions: Readonly<Record<string, unknown>> | null | undefined): CacheHint | undefined {
  return (extensions?.cacheControl as CacheHint | undefined) ?? undefined;
}

/**
 * The policy of a whole document, read once from the schema's hints instead of a per-field hook
 * at execution (Apollo's cache-control plugin cost ~10% of a large nested query). Every field of
 * every operation and fragment counts, so the verdict holds whichever operation is run.
 */
export function documentCachePolicy(schema: GraphQLSchema, document: DocumentNode, defaultMaxAge: number): CacheVerdict {
  let maxAge = defaultMaxAge;
  let personal = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') personal = true; // writes and streams are never cached
      },
      Field() {
        const field = typeInfo.getFieldDef();
        const returned = field && (getNamedType(field.type) as GraphQLNamedType);
        for (const hint of [hintOf(field?.extensions), hintOf(returned?.extensions), hintOf(typeInfo.getParentType()?.extensions)]) {
          if (!hint) continue;
          if (hint.scope === 'PRIVATE') personal = true;
          if (hint.maxAge !== undefined) maxAge = Math.min(maxAge, hint.maxAge);
        }
      },
    }),
  );
  return personal || maxAge <= 0 ? {} : { maxAge };
}

/** An LRU of verdicts by document text: the walk runs once per distinct document. */
export class CachePolicies {
  private readonly verdicts = new Map<string, CacheVerdict>();

  constructor(
    private readonly defaultMaxAge: number,
    private readonly capacity = 1000,
  ) {}

  verdictOf(schema: GraphQLSchema, source: string, document: DocumentNode): CacheVerdict {
    const known = this.verdicts.get(source);
    if (known) {
      this.verdicts.delete(source); // most recently used goes last
      this.verdicts.set(source, known);
      return known;
    }
    const verdict = documentCachePolicy(schema, document, this.defaultMaxAge);
    if (this.verdicts.size >= this.capacity) this.verdicts.delete(this.verdicts.keys().next().value!);
    this.verdicts.set(source, verdict);
    return verdict;
  }
}

/**
 * Sets Cache-Control (and a strong ETag, which Express answers If-None-Match with a 304 for) on
 * GraphQL responses. Only an anonymous GET of a query with public data and no errors may be stored
 * by shared caches; everything else is `private, no-store`.
 */
export function cacheControlPlugin<C extends object>(options: { defaultMaxAge: number }): ApolloServerPlugin<C> {
  const policies = new CachePolicies(options.defaultMaxAge);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, source, document, schema }) {
          const headers = response.http.headers;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const cacheable =
            request.http?.method === 'GET' &&
            !request.http.headers.get('authorization') &&
            body !== undefined &&
            !body.errors?.length &&
            document !== undefined &&
            source !== undefined &&
            document.kind === Kind.DOCUMENT;
          const verdict = cacheable ? policies.verdictOf(schema, source, document) : {};
          if (verdict.maxAge === undefined) {
            headers.set('cache-control', 'private, no-store');
            return;
          }
          headers.set('cache-control', `public, max-age=${verdict.maxAge}`);
          // Apollo sends JSON.stringify(result) + "\n": the same answer gives the same tag.
          headers.set('etag', `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url')}"`);
          headers.set('vary', 'authorization, accept');
        },
      };
    },
  };
}

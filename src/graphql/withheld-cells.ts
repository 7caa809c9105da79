import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { HubContext } from './context';

const EXTENSION = 'withheldCell';

/** Whether the parent's value of this field was withheld from the caller (read from what the field answers from). */
export type WithheldTest = (parent: never) => boolean;

/**
 * `@Extensions(withheldCell((row) => row.value === null))` on a field that answers a figure
 * disclosure control may withhold: each answer of it that is withheld is counted for /metrics.
 */
export function withheldCell(test: WithheldTest): Record<string, WithheldTest> {
  return { [EXTENSION]: test };
}

/**
 * Wraps the declared fields' resolvers once, at schema build (after the read compiler, so it wraps
 * the bare property reads that one installs): a synchronous test and a number incremented on the
 * request's ReadPolicy, no promise and no per-field metric call; observability adds the request's
 * total to the counter when the response is sent.
 */
export function installWithheldCounting(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const test = field.extensions?.[EXTENSION] as WithheldTest | undefined;
      if (!test) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, HubContext>;
      field.resolve = function countWithheld(parent, args, context: HubContext, info) {
        if ((test as (p: unknown) => boolean)(parent)) context.policy.withheldServed += 1;
        return resolve(parent, args, context, info);
      };
    }
  }
}

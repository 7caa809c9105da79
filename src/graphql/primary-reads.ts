import type { ApolloServerPlugin } from '@apollo/server';
import { Extensions } from 'type-graphql';
import type { HubContext } from './context';

const EXTENSION = 'readsFromPrimary';

/** On a query whose answer must reflect the latest writes (API-key administration): it reads from the primary. */
export const ReadsFromPrimary = () => Extensions({ [EXTENSION]: true });

/**
 * Read-your-writes with replicas: a mutation (its own reads and its answer) and any operation
 * selecting a `@ReadsFromPrimary()` root field run on the primary; other queries on a replica.
 * Decided once per operation, before execution, from the root fields only.
 */
export function primaryReadsPlugin(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, contextValue }) {
          if (!operation) return;
          if (operation.operation === 'mutation') return contextValue.readFromPrimary();
          const fields = schema.getQueryType()?.getFields() ?? {};
          const primary = operation.selectionSet.selections.some((s) => s.kind === 'Field' && fields[s.name.value]?.extensions?.[EXTENSION]);
          if (primary) contextValue.readFromPrimary();
        },
      };
    },
  };
}

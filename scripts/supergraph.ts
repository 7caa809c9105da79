import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';
import { partnerTypeDefs } from '../examples/partner-subgraph/partner-subgraph';
import { printSubgraphSdl } from '../src/app-federation';

/** Subgraph names in the supergraph; the test's gateway uses the same (its URLs are set at run time). */
export const HUB_SUBGRAPH = 'hub';
export const PARTNER_SUBGRAPH = 'partner';

/**
 * Composes the hub's subgraph with the example partner subgraph (@apollo/composition, the same
 * composition the gateway and Rover run). The URLs are placeholders: a deployment or the test
 * names the real ones.
 */
export function composeSupergraph(hubSchema: GraphQLSchema): { subgraph: string; supergraph: string } {
  const subgraph = printSubgraphSdl(hubSchema);
  const result = composeServices([
    { name: HUB_SUBGRAPH, url: 'http://localhost:4000/graphql', typeDefs: parse(subgraph) },
    { name: PARTNER_SUBGRAPH, url: 'http://localhost:4001/', typeDefs: partnerTypeDefs },
  ]);
  if (result.errors) throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return { subgraph, supergraph: result.supergraphSdl + '\n' };
}


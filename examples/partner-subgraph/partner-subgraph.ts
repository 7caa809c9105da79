/*
 * An example partner subgraph: a partner's own local programme data, keyed by the hub's public
 * partnership slug and joined to the hub's Partnership through a Federation 2 gateway. No database:
 * the data is programmes.json. `npm run supergraph` composes it with the hub (schema/supergraph.graphql).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import programmes from './programmes.json';

interface LocalProgramme {
  code: string;
  title: string;
  budgetEuro: number;
}

export const partnerTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  "A partnership of the hub, extended with the partner's local programmes."
  type Partnership @key(fields: "slug") {
    slug: String!
    "The partner's local programmes run by this partnership (none when the partner has no data)."
    localProgrammes: [LocalProgramme!]!
  }

  "A local programme as the partner records it."
  type LocalProgramme {
    code: String!
    title: String!
    "Budget in euro, as the partner reports it."
    budgetEuro: Int!
  }
`);

const bySlug = programmes as Record<string, LocalProgramme[]>;

const resolvers = {
  Partnership: {
    __resolveReference: (ref: { slug: string }) => ({ slug: ref.slug }),
    localProgrammes: (p: { slug: string }) => bySlug[p.slug] ?? [],
  },
};

export const partnerSchema = buildSubgraphSchema([{ typeDefs: partnerTypeDefs, resolvers }]);

/** Starts the partner subgraph (port 0: any free port) and returns its URL and a stop function. */
export async function startPartnerSubgraph(port = 0): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({ schema: partnerSchema });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

if (require.main === module) {
  startPartnerSubgraph(Number(process.env.PORT ?? 4001)).then(({ url }) => console.log(`partner subgraph at ${url}`));
}

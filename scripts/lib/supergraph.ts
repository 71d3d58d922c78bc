import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphs } from './subgraph-registry';

/** Default local URLs recorded in the supergraph; deployments override them with EXAMINERS_URL etc. */
export const DEFAULT_SUBGRAPH_URLS: Record<string, string> = {
  examiners: 'http://localhost:4001/graphql',
  cases: 'http://localhost:4002/graphql',
  reports: 'http://localhost:4003/graphql',
};

export interface SchemaArtifacts {
  /** `schema/<name>.graphql` contents, by subgraph name. */
  subgraphs: Record<string, string>;
  /** `schema/supergraph.graphql` contents. */
  supergraph: string;
}

/** Builds every subgraph schema in-process (no database, no network) and composes the supergraph. */
export async function buildSchemaArtifacts(): Promise<SchemaArtifacts> {
  const sdls: Record<string, string> = {};
  for (const subgraph of subgraphs) {
    sdls[subgraph.name] = `${printSubgraphSchema(await subgraph.buildSchema()).trim()}\n`;
  }
  const result = composeServices(
    Object.entries(sdls).map(([name, sdl]) => ({ name, url: DEFAULT_SUBGRAPH_URLS[name], typeDefs: parse(sdl) })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Supergraph composition failed:\n${(result.errors ?? []).map((e) => `- ${e.message}`).join('\n')}`);
  }
  return { subgraphs: sdls, supergraph: `${result.supergraphSdl.trim()}\n` };
}

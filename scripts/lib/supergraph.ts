import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { defaultSubgraphUrl } from '@imepanel/runtime';
import { subgraphs } from './subgraph-registry';

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
  // The supergraph records each subgraph's default local URL; deployments override them (EXAMINERS_URL, …).
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, url: defaultSubgraphUrl(subgraph.name), typeDefs: parse(sdls[subgraph.name]) })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Supergraph composition failed:\n${(result.errors ?? []).map((e) => `- ${e.message}`).join('\n')}`);
  }
  return { subgraphs: sdls, supergraph: `${result.supergraphSdl.trim()}\n` };
}

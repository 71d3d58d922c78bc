/**
 * Writes schema/<subgraph>.graphql and schema/supergraph.graphql from the code. The files are committed and
 * reviewed; a test fails when they differ from what the code produces. Usage: npm run schema
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchemaArtifacts } from './lib/supergraph';

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));
const artifacts = await buildSchemaArtifacts();
for (const [name, sdl] of Object.entries(artifacts.subgraphs)) {
  writeFileSync(`${schemaDir}${name}.graphql`, sdl);
  console.log(`wrote schema/${name}.graphql`);
}
writeFileSync(`${schemaDir}supergraph.graphql`, artifacts.supergraph);
console.log('wrote schema/supergraph.graphql');

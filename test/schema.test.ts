import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemaArtifacts } from '../scripts/lib/supergraph';

const committed = (file: string) => readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8');

describe('schema/ artifacts', () => {
  it('match what the code produces (run `npm run schema` and commit the result when this fails)', async () => {
    const artifacts = await buildSchemaArtifacts();
    for (const [name, sdl] of Object.entries(artifacts.subgraphs)) {
      expect(committed(`${name}.graphql`), `schema/${name}.graphql is stale`).toBe(sdl);
    }
    expect(committed('supergraph.graphql'), 'schema/supergraph.graphql is stale').toBe(artifacts.supergraph);
  });
});

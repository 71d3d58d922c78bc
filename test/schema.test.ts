import { readFileSync } from 'node:fs';
import { Kind, parse, type TypeNode } from 'graphql';
import { STATISTICS_COST, costTableOf } from '@imepanel/runtime';
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

describe('the supergraph declares what fields cost (Federation demand control)', () => {
  it('gives every list and every paginated field a @listSize, and the statistics their @cost', () => {
    const document = parse(committed('supergraph.graphql'));
    const costs = costTableOf(document);
    const isList = (type: TypeNode): boolean => (type.kind === Kind.NON_NULL_TYPE ? isList(type.type) : type.kind === Kind.LIST_TYPE);
    const undeclared: string[] = [];
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || /^(join|link)__/.test(definition.name.value)) continue;
      for (const field of definition.fields ?? []) {
        const paginated = field.arguments?.some((a) => a.name.value === 'page');
        const coordinate = `${definition.name.value}.${field.name.value}`;
        if ((isList(field.type) || paginated) && !costs.get(coordinate)?.listSize) undeclared.push(coordinate);
      }
    }
    expect(undeclared).toEqual([]);
    expect(costs.get('Query.caseStats')?.weight).toBe(STATISTICS_COST);
    expect(costs.get('Query.reportStats')?.weight).toBe(STATISTICS_COST);
  });
});


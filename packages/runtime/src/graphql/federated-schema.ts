import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLDateTime } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from '../auth/authorization';
import { auditMutations } from './mutation-audit';
import { validateArgument } from './validation';

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])
`;

export type ReferenceResolvers = Record<string, { __resolveReference: (...args: any[]) => unknown }>;

/** Scalars every subgraph uses, under the same names, so the supergraph composes them into one. */
export const scalarsMap: NonNullable<BuildSchemaOptions['scalarsMap']> = [{ type: Date, scalar: GraphQLDateTime }];


/**
 * The one place a type-graphql schema becomes an Apollo subgraph schema: print it with its directives,
 * add the federation `@link`, and merge type-graphql's resolvers with the entity reference resolvers.
 * Every schema gets the platform's auth checker (see auth/authorization.ts) and audited mutations.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'scalarsMap' | 'validate' | 'validateFn' | 'authChecker' | 'authMode'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    scalarsMap,
    validate: false,
    validateFn: validateArgument,
    authChecker,
    authMode: 'error',
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  auditMutations(schema, resolvers as Record<string, Record<string, unknown>>);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers,
  });
}

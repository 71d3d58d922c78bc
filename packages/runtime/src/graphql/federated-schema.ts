import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLDateTime } from 'graphql-scalars';
import { Kind, isNonNullType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from '../auth/authorization';
import { declareListSizes } from './demand-control';
import { auditMutations } from './mutation-audit';
import { MAX_PAGE_SIZE } from './pagination';
import { validateArgument } from './validation';

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@cost", "@listSize"])
`;

export type ReferenceResolvers = Record<string, { __resolveReference: (...args: any[]) => unknown }>;

/** Scalars every subgraph uses, under the same names, so the supergraph composes them into one. */
export const scalarsMap: NonNullable<BuildSchemaOptions['scalarsMap']> = [{ type: Date, scalar: GraphQLDateTime }];


/**
 * The one place a type-graphql schema becomes an Apollo subgraph schema: print it with its directives,
 * declare the size of every list (demand-control.ts), add the federation `@link`, and merge type-graphql's
 * resolvers with the entity reference resolvers.
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
  const mustBeNullable = restrictedNonNullFields(schema);
  if (mustBeNullable.length > 0) {
    throw new Error(
      `Fields refused to some roles must be nullable, so that a refused read nulls only that field (auth/authorization.ts, convention 3): ${mustBeNullable.join(', ')}`,
    );
  }
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  auditMutations(schema, resolvers as Record<string, Record<string, unknown>>);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  const typeDefs = declareListSizes(parse(printSchemaWithDirectives(schema)), MAX_PAGE_SIZE);
  return buildSubgraphSchema({
    typeDefs: { kind: Kind.DOCUMENT, definitions: [...parse(FEDERATION_LINK).definitions, ...typeDefs.definitions] },
    resolvers,
  });
}

/**
 * Fields of object types in the schema that only some roles may read (@Authorized with roles) but that are
 * declared non-null: a refused read would null their parent, or the whole answer, instead of the field alone.
 */
export function restrictedNonNullFields(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const typeNameOf = (target: Function | undefined) => (target ? storage.objectTypes.find((o) => o.target === target)?.name : undefined);
  const found = new Set<string>();
  for (const { target, fieldName, roles } of storage.authorizedFields) {
    if (roles.length === 0) continue;
    const fieldResolver = storage.fieldResolvers.find((f) => f.target === target && f.methodName === fieldName);
    const typeName = fieldResolver ? typeNameOf(fieldResolver.getObjectType?.() as Function | undefined) : typeNameOf(target);
    const schemaName = fieldResolver?.schemaName ?? storage.fields.find((f) => f.target === target && f.name === fieldName)?.schemaName ?? fieldName;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type) || typeName === 'Query' || typeName === 'Mutation') continue;
    const field = type.getFields()[schemaName];
    if (field && isNonNullType(field.type)) found.add(`${typeName}.${schemaName}`);
  }
  return [...found].sort();
}

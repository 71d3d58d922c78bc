import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNullableType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { badUserInput, type FieldError } from '../errors';
import { scalarValueErrors } from './argument-sanity';

/**
 * `_entities(representations:)` is how the gateway asks a subgraph for entities, and it is part of every
 * subgraph's schema, so anyone reaching a subgraph can call it with representations of their own. Its argument
 * is the `_Any` scalar, which GraphQL does not check, and type-graphql's argument checks do not see it (the field
 * comes from @apollo/subgraph). Each representation is checked here before execution, as any argument is:
 * its `__typename` names an entity this subgraph resolves, it holds that entity's key fields and no others, and
 * each key value passes the platform's argument checks (argument-sanity.ts: ids are UUIDs, no NUL, bounded
 * strings). Anything else is the caller's mistake: 400 BAD_USER_INPUT naming `representations.<i>.<field>`.
 */

interface EntityKeys {
  /** Key fields of the entity (every field named by one of its resolvable @key). */
  fields: Set<string>;
  type: GraphQLObjectType;
}

/** The entities a subgraph resolves (members of `_Entity` with a resolvable @key), with their key fields. */
function resolvableEntities(schema: GraphQLSchema): Map<string, EntityKeys> {
  const entities = new Map<string, EntityKeys>();
  const union = schema.getType('_Entity');
  if (!isUnionType(union)) return entities;
  for (const type of union.getTypes()) {
    const fields = new Set<string>();
    for (const directive of [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? [])) {
      if (directive.name.value !== 'key') continue;
      const resolvable = directive.arguments?.find((a) => a.name.value === 'resolvable');
      if (resolvable?.value.kind === Kind.BOOLEAN && !resolvable.value.value) continue;
      const selection = directive.arguments?.find((a) => a.name.value === 'fields');
      if (selection?.value.kind !== Kind.STRING) continue;
      const keySet = parse(`{ ${selection.value.value} }`).definitions[0] as OperationDefinitionNode;
      for (const field of keySet.selectionSet.selections) if (field.kind === Kind.FIELD) fields.add(field.name.value);
    }
    if (fields.size > 0) entities.set(type.name, { fields, type });
  }
  return entities;
}

/** Field errors for the representations of one `_entities` call. */
export function representationErrors(schema: GraphQLSchema, representations: unknown, entities = resolvableEntities(schema)): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(representations)) return [{ field: 'representations', message: 'representations must be a list' }];
  representations.forEach((representation: unknown, index) => {
    const at = `representations.${index}`;
    if (!representation || typeof representation !== 'object' || Array.isArray(representation)) {
      errors.push({ field: at, message: `${at} must be an object with __typename and the entity's key fields` });
      return;
    }
    const { __typename: typename, ...values } = representation as Record<string, unknown>;
    const entity = typeof typename === 'string' ? entities.get(typename) : undefined;
    if (!entity) {
      const named = typeof typename === 'string' ? typename.slice(0, 100).replace(/\u0000/g, '') : String(typename);
      errors.push({ field: `${at}.__typename`, message: `${named} is not an entity of this subgraph (one of ${[...entities.keys()].join(', ')})` });
      return;
    }
    for (const key of entity.fields) {
      if (values[key] === undefined || values[key] === null) errors.push({ field: `${at}.${key}`, message: `${key} is required (a key field of ${typename})` });
    }
    for (const [name, value] of Object.entries(values)) {
      const field = entity.type.getFields()[name];
      if (!entity.fields.has(name) || !field) {
        errors.push({ field: `${at}.${name.slice(0, 100)}`, message: `${name.slice(0, 100)} is not a key field of ${typename}` });
        continue;
      }
      const scalar = getNullableType(field.type);
      if (value === null || value === undefined || !isScalarType(scalar)) continue;
      if ((scalar.name === 'ID' || scalar.name === 'String') && typeof value !== 'string') {
        errors.push({ field: `${at}.${name}`, message: `${at}.${name} must be a string` });
        continue;
      }
      errors.push(...scalarValueErrors(value, scalar, `${at}.${name}`));
    }
  });
  return errors;
}

/** The `_entities` fields an operation selects at its root (through fragments too), with their parent. */
function entitiesFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '_entities') found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...entitiesFields(document, selection.selectionSet, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) found.push(...entitiesFields(document, fragment.selectionSet, seen));
    }
  }
  return found;
}

/** Apollo Server plugin of every subgraph: refuses malformed `_entities` representations before execution. */
export function entityRepresentationsPlugin(): ApolloServerPlugin {
  const entitiesBySchema = new WeakMap<GraphQLSchema, Map<string, EntityKeys>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (operation?.operation !== 'query') return;
          const fields = entitiesFields(document, operation.selectionSet);
          if (fields.length === 0) return;
          const argument = schema.getQueryType()?.getFields()._entities?.args.find((a) => a.name === 'representations');
          if (!argument) return;
          let entities = entitiesBySchema.get(schema);
          if (!entities) entitiesBySchema.set(schema, (entities = resolvableEntities(schema)));
          for (const field of fields) {
            const node = field.arguments?.find((a) => a.name.value === 'representations');
            const value = node ? valueFromAST(node.value, argument.type, request.variables ?? {}) : undefined;
            const errors = representationErrors(schema, value, entities);
            if (errors.length > 0) {
              const refusal = badUserInput(errors.slice(0, 20));
              throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
            }
          }
        },
      };
    },
  };
}

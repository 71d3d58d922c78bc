import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Static limits on what one GraphQL operation may ask for, checked at the gateway after validation and before
 * any subgraph is called (so before any resolver runs):
 *
 * - depth:   nesting of fields, `{ a { b { c } } }` is 3 (fragments expanded; introspection fields not counted);
 * - aliases: number of aliased fields, the usual way to multiply one expensive field within one request;
 * - cost:    an upper bound on the work: every field costs 1, and a field's selection costs as many times as
 *            the field can return items: its `page.limit` (or `limit`/`first`) argument, the page size default
 *            (25) when a paginated field is not given one, `defaultListSize` for other lists, 1 otherwise (a
 *            `limit` on a field returning one object does not multiply it).
 *            `items` of a `…Page` type is already counted by its page field.
 *
 * Fragments are measured once each and reused, so nested fragment spreads cannot make the measurement itself
 * expensive.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Assumed size of lists with no page or limit argument. */
  defaultListSize: number;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

const DEFAULT_PAGE_LIMIT = 25;

function pageMultiplier(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  const readLimit = (argName: string, pick: (value: unknown) => unknown): number | null => {
    const arg = field.args.find((a) => a.name === argName);
    if (!arg) return null;
    const given = node.arguments?.find((a) => a.name.value === argName);
    let value: unknown;
    try {
      value = given ? valueFromAST(given.value, arg.type, variables) : arg.defaultValue;
    } catch {
      value = undefined;
    }
    const limit = pick(value);
    return typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? limit : DEFAULT_PAGE_LIMIT;
  };
  return (
    readLimit('page', (v) => (v && typeof v === 'object' ? (v as { limit?: unknown }).limit : undefined)) ??
    readLimit('limit', (v) => v) ??
    readLimit('first', (v) => v)
  );
}

/** Measures one operation of a validated document against the schema, with the request's variables. */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}, defaultListSize = 10): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  }
  const fragmentMeasures = new Map<string, OperationMeasure>();

  const measureSelections = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, inProgress: Set<string>): OperationMeasure => {
    const total: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
    const add = (m: OperationMeasure) => {
      total.depth = Math.max(total.depth, m.depth);
      total.aliases += m.aliases;
      total.cost += m.cost;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        if (name.startsWith('__')) continue; // __typename and introspection: bounded by the schema, not the data
        const fieldDef = 'getFields' in parentType ? parentType.getFields()[name] : undefined;
        const alias = selection.alias ? 1 : 0;
        if (!fieldDef || !selection.selectionSet) {
          add({ depth: 1, aliases: alias, cost: 1 });
          continue;
        }
        const childType = getNamedType(fieldDef.type);
        if (!isCompositeType(childType)) {
          add({ depth: 1, aliases: alias, cost: 1 });
          continue;
        }
        const nullable = getNullableType(fieldDef.type);
        // A page or limit argument multiplies only what can repeat: a list, or a page of items. On a single
        // object (a statistics answer, say, whose `limit` caps its groups) the groups count as any list does.
        const repeats = isListType(nullable) || childType.name.endsWith('Page');
        const fromPage = repeats ? pageMultiplier(fieldDef, selection, variables) : null;
        const multiplier =
          fromPage ?? (isListType(nullable) ? (name === 'items' && parentType.name.endsWith('Page') ? 1 : defaultListSize) : 1);
        const inner = measureSelections(selection.selectionSet, childType, inProgress);
        add({ depth: inner.depth + 1, aliases: alias + inner.aliases, cost: 1 + multiplier * inner.cost });
      } else if (selection.kind === 'InlineFragment') {
        const typeName = selection.typeCondition?.name.value;
        const type = (typeName ? schema.getType(typeName) : parentType) as GraphQLCompositeType | undefined;
        add(measureSelections(selection.selectionSet, type && isCompositeType(type) ? type : parentType, inProgress));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(name)) continue; // validation refuses unknown and cyclic fragments
        let measure = fragmentMeasures.get(name);
        if (!measure) {
          const type = schema.getType(fragment.typeCondition.name.value);
          inProgress.add(name);
          measure = measureSelections(fragment.selectionSet, type && isCompositeType(type) ? type : parentType, inProgress);
          inProgress.delete(name);
          fragmentMeasures.set(name, measure);
        }
        add(measure);
      }
    }
    return total;
  };

  const rootType =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!rootType) return { depth: 0, aliases: 0, cost: 0 };
  return measureSelections(operation.selectionSet, rootType, new Set());
}

function tooComplex(limit: 'depth' | 'aliases' | 'cost', value: number, max: number, advice: string): GraphQLError {
  return new GraphQLError(`The operation's ${limit} is ${value}, over the limit of ${max}: ${advice}`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, value, max, http: { status: 400 } },
  });
}

/** Refuses the first limit the measure exceeds, or answers null. */
export function checkLimits(measure: OperationMeasure, limits: QueryLimits): GraphQLError | null {
  if (measure.depth > limits.maxDepth) return tooComplex('depth', measure.depth, limits.maxDepth, 'ask for fewer nested levels');
  if (measure.aliases > limits.maxAliases) return tooComplex('aliases', measure.aliases, limits.maxAliases, 'use fewer aliased fields, or a list query');
  if (measure.cost > limits.maxCost) return tooComplex('cost', measure.cost, limits.maxCost, 'request smaller pages or fewer fields');
  return null;
}

/** Apollo Server plugin: measures each operation once it is resolved and refuses it before execution. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) return;
          const measure = measureOperation(schema, document, operation, request.variables ?? {}, limits.defaultListSize);
          const refusal = checkLimits(measure, limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

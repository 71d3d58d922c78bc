import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInputObjectType,
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
import { envInt } from '../config/env';
import { costTableOf, type CostTable, type DeclaredCost } from './demand-control';

/**
 * Static limits on what one GraphQL operation may ask for, checked after validation and before anything
 * runs — at the gateway before any subgraph is called, and in every subgraph before any resolver — with the
 * same settings everywhere, so a subgraph reached directly is no way around them:
 *
 * - depth:   nesting of fields, `{ a { b { c } } }` is 3 (fragments expanded; introspection fields not counted);
 * - aliases: number of aliased fields, the usual way to multiply one expensive field within one request;
 * - cost:    an upper bound on the work: every field costs its `@cost` weight (1 when not declared), and a
 *            list's selection costs as many times as the list can hold items: its size given in the operation
 *            (a page's `limit`, a declared slicing argument), else the `@listSize` the schema declares
 *            (demand-control.ts), else `defaultListSize`. `_entities` counts its representations.
 *
 * Every value is the one the operation will run with: the variables given, else their defaults, else the
 * arguments' schema defaults. Fragments are measured once each and reused, so nested fragment spreads cannot
 * make the measurement itself expensive.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Assumed size of lists the schema declares no size for. */
  defaultListSize: number;
}

/** The limits every service applies, from GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_COST, GRAPHQL_DEFAULT_LIST_SIZE. */
export function loadQueryLimits(env: Record<string, string | undefined>): QueryLimits {
  return {
    maxDepth: envInt(env, 'GRAPHQL_MAX_DEPTH', 10, { min: 2, max: 100 }),
    maxAliases: envInt(env, 'GRAPHQL_MAX_ALIASES', 30, { min: 0, max: 10_000 }),
    maxCost: envInt(env, 'GRAPHQL_MAX_COST', 20_000, { min: 10, max: 10_000_000 }),
    defaultListSize: envInt(env, 'GRAPHQL_DEFAULT_LIST_SIZE', 10, { min: 1, max: 1000 }),
  };
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

export interface MeasureOptions {
  defaultListSize?: number;
  /** Declared costs; by default read from the schema's own SDL nodes. */
  costs?: CostTable;
}

const DEFAULT_PAGE_LIMIT = 25;

/** The value an argument of a field runs with: as given (variables resolved), else its schema default. */
function argumentValue(field: GraphQLField<unknown, unknown>, node: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const arg = field.args.find((a) => a.name === name);
  if (!arg) return undefined;
  const given = node.arguments?.find((a) => a.name.value === name);
  if (!given || (given.value.kind === Kind.VARIABLE && variables[given.value.name.value] === undefined)) return arg.defaultValue;
  try {
    return valueFromAST(given.value, arg.type, variables);
  } catch {
    return undefined;
  }
}

const countOf = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);

/** The `limit` of a `page` argument (an input with a `limit` field), the API's one pagination convention. */
function pageLimit(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  const page = field.args.find((a) => a.name === 'page');
  const pageType = page && getNullableType(page.type);
  if (!pageType || !isInputObjectType(pageType) || !pageType.getFields().limit) return null;
  const value = argumentValue(field, node, 'page', variables);
  return countOf(value && typeof value === 'object' ? (value as { limit?: unknown }).limit : undefined) ?? DEFAULT_PAGE_LIMIT;
}

/** For a schema that declares no sizes: `page.limit`, else a `limit` or `first` argument. */
function undeclaredSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  const fromPage = pageLimit(field, node, variables);
  if (fromPage !== null) return fromPage;
  for (const name of ['limit', 'first']) {
    if (field.args.some((a) => a.name === name)) return countOf(argumentValue(field, node, name, variables)) ?? DEFAULT_PAGE_LIMIT;
  }
  return null;
}

/** The size a field declares with @listSize, as this operation sets it: a slicing argument given, the page's limit, the assumed size. */
function declaredSize(declared: NonNullable<DeclaredCost['listSize']>, field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>, defaultListSize: number): number {
  const sliced = (declared.slicingArguments ?? []).map((name) => countOf(argumentValue(field, node, name, variables))).filter((n): n is number => n !== null);
  if (sliced.length > 0) return Math.max(...sliced);
  return pageLimit(field, node, variables) ?? declared.assumedSize ?? defaultListSize;
}

/** The request's variables as execution will see them (defaults applied); as sent when they do not coerce (execution refuses them). */
function runtimeVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  return coerced.coerced ?? variables;
}

/** Measures one operation of a validated document against the schema, with the request's variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requestVariables: Record<string, unknown> = {},
  options: MeasureOptions = {},
): OperationMeasure {
  const defaultListSize = options.defaultListSize ?? 10;
  const costs = options.costs ?? costTableOf(schema);
  const variables = runtimeVariables(schema, operation, requestVariables);
  const queryType = schema.getQueryType();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  }
  const fragmentMeasures = new Map<string, OperationMeasure>();

  /** `sized`: the list fields of this selection whose size the parent field declared (`sizedFields`), and that size. */
  type Sized = { fields: readonly string[]; size: number } | null;

  const measureSelections = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, inProgress: Set<string>, sized: Sized): OperationMeasure => {
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
        const declared = costs.get(`${parentType.name}.${name}`) ?? {};
        const weight = declared.weight ?? 1;
        const alias = selection.alias ? 1 : 0;
        const childType = fieldDef && getNamedType(fieldDef.type);
        if (!fieldDef || !selection.selectionSet || !childType || !isCompositeType(childType)) {
          add({ depth: 1, aliases: alias, cost: weight });
          continue;
        }
        const list = isListType(getNullableType(fieldDef.type));
        let size = 1;
        let sizedChildren: Sized = null;
        if (name === '_entities' && parentType === queryType) {
          // Federation's entry point: one entity per representation the caller sent.
          const representations = argumentValue(fieldDef, selection, 'representations', variables);
          size = Array.isArray(representations) ? representations.length : 1;
        } else if (list && sized?.fields.includes(name)) {
          size = sized.size;
        } else if (declared.listSize) {
          const declaredList = declaredSize(declared.listSize, fieldDef, selection, variables, defaultListSize);
          if (declared.listSize.sizedFields?.length) sizedChildren = { fields: declared.listSize.sizedFields, size: declaredList };
          else if (list) size = declaredList;
        } else {
          // No declared size: a page or limit argument multiplies only what can repeat (a list, or a page of items).
          const repeats = list || childType.name.endsWith('Page');
          const fromArguments = repeats ? undeclaredSize(fieldDef, selection, variables) : null;
          size = fromArguments ?? (list ? (name === 'items' && parentType.name.endsWith('Page') ? 1 : defaultListSize) : 1);
        }
        const inner = measureSelections(selection.selectionSet, childType, inProgress, sizedChildren);
        add({ depth: inner.depth + 1, aliases: alias + inner.aliases, cost: weight + size * inner.cost });
      } else if (selection.kind === 'InlineFragment') {
        const typeName = selection.typeCondition?.name.value;
        const type = (typeName ? schema.getType(typeName) : parentType) as GraphQLCompositeType | undefined;
        add(measureSelections(selection.selectionSet, type && isCompositeType(type) ? type : parentType, inProgress, sized));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(name)) continue; // validation refuses unknown and cyclic fragments
        const key = sized ? `${name}\u0000${sized.size}\u0000${sized.fields.join(',')}` : name;
        let measure = fragmentMeasures.get(key);
        if (!measure) {
          const type = schema.getType(fragment.typeCondition.name.value);
          inProgress.add(name);
          measure = measureSelections(fragment.selectionSet, type && isCompositeType(type) ? type : parentType, inProgress, sized);
          inProgress.delete(name);
          fragmentMeasures.set(key, measure);
        }
        add(measure);
      }
    }
    return total;
  };

  const rootType =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : queryType;
  if (!rootType) return { depth: 0, aliases: 0, cost: 0 };
  return measureSelections(operation.selectionSet, rootType, new Set(), null);
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

/** The document names no operation it holds, or holds several and the request names none: the caller's mistake. */
function unresolvedOperation(operationName: string | null | undefined): GraphQLError {
  const message = operationName
    ? `The document has no operation named "${operationName}": send the name of one of its operations as operationName`
    : 'The document holds several operations (or none): send the name of the one to run as operationName';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

/**
 * Apollo Server plugin: once the operation is resolved, refuses a request that names no runnable operation and
 * measures the operation against the limits, before execution. `costs` are the declared costs when the served
 * schema does not carry them (the gateway's API schema: read them from the supergraph).
 */
export function queryLimitsPlugin(limits: QueryLimits, costs?: CostTable): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (!operation) throw unresolvedOperation(request.operationName);
          const measure = measureOperation(schema, document, operation, request.variables ?? {}, { defaultListSize: limits.defaultListSize, costs: costs ?? costTableFor(schema) });
          const refusal = checkLimits(measure, limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** The cost table of a served schema, read once per schema. */
const tables = new WeakMap<GraphQLSchema, CostTable>();
function costTableFor(schema: GraphQLSchema): CostTable {
  let table = tables.get(schema);
  if (!table) tables.set(schema, (table = costTableOf(schema)));
  return table;
}

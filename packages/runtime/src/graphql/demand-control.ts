import {
  Kind,
  isObjectType,
  isSchema,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';

/**
 * The cost of fields as the schema declares it, with the demand-control directives of Federation 2.9
 * (`@cost(weight:)` and `@listSize(assumedSize:, slicingArguments:, sizedFields:)`, the IBM GraphQL cost
 * specification). They are written into every subgraph's SDL, composed into the supergraph, and read by this
 * platform's query limits (query-limits.ts) at the gateway and in every subgraph, so the costs are declared once,
 * next to the fields, and any router enforcing demand control on the committed supergraph reads the same ones.
 */

/** Assumed size of a list that is not paginated (the offices of an examiner, the reports of a case…). */
export const ASSUMED_LIST_SIZE = 10;

/**
 * Weight of one statistics query: a whole-table aggregate the database scans (and sorts) in one statement, where
 * a field of a page costs it nothing more. A quarter of the default cost limit (GRAPHQL_MAX_COST, 20,000): an
 * operation may ask for three statistics next to ordinary fields, not thirty.
 */
export const STATISTICS_COST = 5000;

/** `@Directive(...)` text for a field whose own cost is `weight` (1 when not declared). */
export const costDirective = (weight: number) => `@cost(weight: ${weight})`;

export interface DeclaredListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  /** Fields of the returned object whose lists the size applies to (`items` of a page), instead of the field itself. */
  sizedFields?: string[];
}

export interface DeclaredCost {
  /** The field's own weight, when declared with @cost. */
  weight?: number;
  listSize?: DeclaredListSize;
}

const isPageArgument = (type: TypeNode): boolean =>
  type.kind === Kind.NON_NULL_TYPE ? isPageArgument(type.type) : type.kind === Kind.NAMED_TYPE && type.name.value === 'PageInput';
const isListNode = (type: TypeNode): boolean => (type.kind === Kind.NON_NULL_TYPE ? isListNode(type.type) : type.kind === Kind.LIST_TYPE);
const namedOf = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedOf(type.type));

function listSizeDirective(assumedSize: number, sizedFields?: string[]): ConstDirectiveNode {
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  return {
    kind: Kind.DIRECTIVE,
    name: name('listSize'),
    arguments: [
      { kind: Kind.ARGUMENT, name: name('assumedSize'), value: { kind: Kind.INT, value: String(assumedSize) } },
      ...(sizedFields
        ? [{ kind: Kind.ARGUMENT, name: name('sizedFields'), value: { kind: Kind.LIST, values: sizedFields.map((f) => ({ kind: Kind.STRING, value: f }) as const) } } as const]
        : []),
    ],
  };
}

const hasListSize = (field: FieldDefinitionNode) => field.directives?.some((d) => d.name.value === 'listSize') ?? false;

/**
 * Declares `@listSize` on every list field and every paginated field of a subgraph's SDL that does not declare
 * its own: a field taking `page: PageInput` returns at most `maxPageSize` items (pagination.ts) (`sizedFields: ["items"]` when it
 * answers a page object), any other list ASSUMED_LIST_SIZE. Composition 2.14 accepts only top-level Int slicing
 * arguments, so the page bound is declared as the assumed size; this platform's limits read the page's actual
 * `limit` (query-limits.ts).
 */
export function declareListSizes(document: DocumentNode, maxPageSize: number): DocumentNode {
  const pageTypes = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      if (!isListNode(field.type) && field.arguments?.some((a) => isPageArgument(a.type))) pageTypes.add(namedOf(field.type));
    }
  }
  return {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) return definition;
      const fields = definition.fields?.map((field) => {
        if (hasListSize(field)) return field;
        const paginated = field.arguments?.some((a) => isPageArgument(a.type)) ?? false;
        const pageItems = pageTypes.has(definition.name.value) && field.name.value === 'items';
        let directive: ConstDirectiveNode | null = null;
        if (paginated) directive = isListNode(field.type) ? listSizeDirective(maxPageSize) : listSizeDirective(maxPageSize, ['items']);
        else if (isListNode(field.type)) directive = listSizeDirective(pageItems ? maxPageSize : ASSUMED_LIST_SIZE);
        return directive ? { ...field, directives: [...(field.directives ?? []), directive] } : field;
      });
      return { ...definition, fields };
    }),
  };
}

function directiveArguments(directive: ConstDirectiveNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of directive.arguments ?? []) {
    const { value } = argument;
    if (value.kind === Kind.INT) values[argument.name.value] = Number(value.value);
    else if (value.kind === Kind.LIST) values[argument.name.value] = value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
  }
  return values;
}

/** What the schema declares about each field's cost, by `Type.field`. */
export type CostTable = ReadonlyMap<string, DeclaredCost>;

type ObjectTypeNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

/**
 * Reads @cost and @listSize from SDL: a subgraph's schema (built from SDL, so its types keep their nodes) or a
 * document such as the supergraph the gateway serves (whose API schema no longer carries them).
 */
export function costTableOf(source: GraphQLSchema | DocumentNode): CostTable {
  const nodes: ObjectTypeNode[] = isSchema(source)
    ? Object.values(source.getTypeMap()).flatMap((type) => (isObjectType(type) ? [type.astNode, ...type.extensionASTNodes].filter((n): n is ObjectTypeNode => Boolean(n)) : []))
    : source.definitions.filter((d): d is ObjectTypeNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
  const table = new Map<string, DeclaredCost>();
  for (const node of nodes) {
    for (const field of node.fields ?? []) {
      const declared: DeclaredCost = {};
      for (const directive of field.directives ?? []) {
        const args = directiveArguments(directive);
        if (directive.name.value === 'cost' && typeof args.weight === 'number') declared.weight = args.weight;
        if (directive.name.value === 'listSize') declared.listSize = args as DeclaredListSize;
      }
      if (declared.weight !== undefined || declared.listSize) table.set(`${node.name.value}.${field.name.value}`, declared);
    }
  }
  return table;
}

/**
 * Authorisation, the one module every subgraph uses. Conventions (follow them for every new resolver):
 *
 * 1. Every @Query, @Mutation and @FieldResolver carries @Authorized(...roles). ADMIN passes every check, so list
 *    only the other roles that may call it: `@Authorized()` = any authenticated identity (SERVICE included),
 *    `@Authorized('ADMIN')` = admins only, `@Authorized('CLIENT', 'EXAMINER')` = admins, clients, examiners.
 *    A caller whose role is not listed gets FORBIDDEN naming the operation and the roles allowed; on a nullable
 *    field that is `null` plus an error at that path, the rest of the response intact.
 * 2. Role says *which operations*; row scope says *which records*. CLIENT sees only rows of its client,
 *    EXAMINER only rows assigned to it (see `rowScope` / `isVisibleTo` here and each subgraph's `access.ts`).
 *    List queries add the scope to their SQL; by-id loads and federation reference resolvers answer null for
 *    a row out of scope; mutations on one answer NOT_FOUND, exactly as for a row that does not exist, so
 *    nothing about another organisation's records leaks, not even their existence.
 * 3. Claimant identity is declared on the field with @PersonalData('<Type.field>'): only CLAIMANT_DATA_ROLES
 *    may read it, and every read is written to the audit log before the value is returned. Fields that are not
 *    identity but may name the claimant (free text, claim numbers) use @Authorized('CLIENT', 'EXAMINER', …)
 *    without audit. Such fields are nullable in the schema so a refused read nulls only that field (every
 *    subgraph's schema build refuses a restricted non-null field: graphql/federated-schema.ts).
 * 4. Mutations are audited centrally (graphql/federated-schema.ts wraps every Mutation field); nothing to add.
 * 5. CLAIMANT (the claimant portal's session, bound to one case) passes only a check that names it: `@Authorized()`
 *    does not let it through, and it has no row scope (`rowScope` refuses it), so an operation built for staff can
 *    never answer it by accident (docs/claimant-portal.md).
 */
import { getNamedType, isObjectType, isUnionType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import { Authorized, UseMiddleware, getMetadataStorage } from 'type-graphql';
import { forbidden, notFound, unauthenticated } from '../errors';
import type { Actor, SubgraphContext } from '../graphql/context';
import { CLAIMANT_DATA_ROLES, type Role } from './roles';

function describe(info: { parentType: { name: string }; fieldName: string }): string {
  const parent = info.parentType.name;
  if (parent === 'Mutation') return `call ${info.fieldName}`;
  if (parent === 'Query') return `query ${info.fieldName}`;
  return `read ${parent}.${info.fieldName}`;
}

/**
 * type-graphql's auth checker: no actor → UNAUTHENTICATED; ADMIN, or a role listed on the decorator, or any role
 * when none is listed → allowed; anything else → FORBIDDEN with a message naming what and who may.
 */
export const authChecker: AuthChecker<{ actor: Actor | null; log?: { warn: (o: object, m: string) => void } }, Role> = ({ context, info }, roles) => {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  if (actor.role === 'CLAIMANT' ? roles.includes('CLAIMANT') : roles.length === 0 || actor.role === 'ADMIN' || roles.includes(actor.role)) return true;
  context.log?.warn({ actor: actor.id, role: actor.role, field: `${info.parentType.name}.${info.fieldName}` }, 'access refused');
  const allowed = ['ADMIN', ...roles.filter((r) => r !== 'ADMIN')].join(', ');
  throw forbidden(`${/^[AEIOU]/.test(actor.role) ? 'An' : 'A'} ${actor.role} may not ${describe(info)}; allowed roles: ${allowed}`);
};

/** Which rows an actor may see of a table whose rows belong to a client and may be assigned to an examiner. */
export type RowScope = { kind: 'all' } | { kind: 'client'; clientId: string } | { kind: 'examiner'; examinerId: string };

/** ADMIN, ANALYST and SERVICE see every row (ANALYST only de-identified fields); CLIENT and EXAMINER their own. */
export function rowScope(actor: Actor | null): RowScope {
  if (!actor) throw unauthenticated();
  switch (actor.role) {
    case 'CLIENT':
      if (!actor.clientId) throw forbidden('This CLIENT identity is not bound to a client organisation');
      return { kind: 'client', clientId: actor.clientId };
    case 'EXAMINER':
      if (!actor.examinerId) throw forbidden('This EXAMINER identity is not bound to an examiner');
      return { kind: 'examiner', examinerId: actor.examinerId };
    case 'CLAIMANT':
      // Fail closed: a claimant reaches its one case through the claimant operations only (claimantCase, …).
      throw forbidden('A CLAIMANT reads and acts through the claimant portal operations only');
    default:
      return { kind: 'all' };
  }
}

/** Who a row belongs to, for scope checks. */
export interface RowOwner {
  clientId: string | null;
  examinerId: string | null;
}

/** Whether the actor may see a row owned as described. */
export function isVisibleTo(actor: Actor | null, owner: RowOwner): boolean {
  const scope = rowScope(actor);
  if (scope.kind === 'client') return owner.clientId === scope.clientId;
  if (scope.kind === 'examiner') return owner.examinerId === scope.examinerId;
  return true;
}

/** The row if the actor may see it, else null (by-id queries and federation reference resolvers). */
export function visibleOrNull<T>(actor: Actor | null, row: T | null | undefined, ownerOf: (row: T) => RowOwner): T | null {
  return row && isVisibleTo(actor, ownerOf(row)) ? row : null;
}

/** Refuses a row out of the actor's scope exactly as a missing one (mutations): NOT_FOUND. */
export function assertVisible<T>(actor: Actor | null, row: T, ownerOf: (row: T) => RowOwner, entity: string, id: string): T {
  if (!isVisibleTo(actor, ownerOf(row))) throw notFound(entity, id);
  return row;
}

/** The case a CLAIMANT session is bound to; FORBIDDEN for any other identity (claimant operations only). */
export function claimantCaseId(actor: Actor | null): string {
  if (!actor) throw unauthenticated();
  if (actor.role !== 'CLAIMANT' || !actor.caseId) throw forbidden(`${/^[AEIOU]/.test(actor.role) ? 'An' : 'A'} ${actor.role} may not call this: only a claimant portal session may, for its own case`);
  return actor.caseId;
}

/** Whether the actor may change this examiner's own records: an administrator, or that examiner. */
export function actsForExaminer(actor: Actor | null, examinerId: string): boolean {
  if (!actor) throw unauthenticated();
  return actor.role === 'ADMIN' || (actor.role === 'EXAMINER' && actor.examinerId === examinerId);
}

/** Whether the actor may read this examiner's private records (conflicts): the above, or a service (eligibility). */
export function readsForExaminer(actor: Actor | null, examinerId: string): boolean {
  return actsForExaminer(actor, examinerId) || actor?.role === 'SERVICE';
}

/** Refuses, with FORBIDDEN, an EXAMINER acting on another examiner's records. */
export function assertActsForExaminer(actor: Actor | null, examinerId: string, what: string): void {
  if (!actsForExaminer(actor, examinerId)) throw forbidden(`Only an administrator or the examiner themself may ${what}`);
}

/** Writes the audit entry of a personal-data read once the value is resolved (null values are not reads). */
function auditPersonalDataRead(operation: string): MiddlewareFn<SubgraphContext<unknown>> {
  return async ({ root, context, info }, next) => {
    const value = await next();
    const id = (root as { id?: unknown } | null)?.id;
    if (value !== null && value !== undefined && typeof id === 'string') {
      await context.audit.read(operation, info.parentType.name, id, info);
    }
    return value;
  };
}

/**
 * Marks a field as claimant personal data: readable only by `roles` (CLAIMANT_DATA_ROLES by default; row scope
 * already narrowed CLIENT and EXAMINER to their own records), and every read written to the audit log under
 * `operation` (e.g. 'Case.claimant') before the value is returned. The field must be nullable.
 */
export function PersonalData(operation: string, roles: readonly Role[] = CLAIMANT_DATA_ROLES): PropertyDecorator & MethodDecorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    (Authorized(...roles) as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, key, descriptor);
    (UseMiddleware(auditPersonalDataRead(operation)) as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, key, descriptor);
  }) as PropertyDecorator & MethodDecorator;
}

/**
 * The row scope as an SQL condition on alias `t` for raw loaders (see `pagedGroupLoaders`), given the table's
 * client and examiner columns; undefined when the actor sees every row.
 */
export function rowScopeCondition(actor: Actor | null, columns: { client: string; examiner: string }): { sql: string; params: unknown[] } | undefined {
  const scope = rowScope(actor);
  if (scope.kind === 'client') return { sql: `t.${columns.client} = ?`, params: [scope.clientId] };
  if (scope.kind === 'examiner') return { sql: `t.${columns.examiner} = ?`, params: [scope.examinerId] };
  return undefined;
}

/**
 * Query, Mutation and field-resolver methods of the given resolver classes that carry no @Authorized — for a
 * test that keeps every operation of a subgraph explicitly authorised. Call after the schema was built.
 */
export function operationsWithoutAuthorization(resolvers: readonly Function[]): string[] {
  const storage = getMetadataStorage();
  const handlers = [
    ...storage.queries.map((h) => ({ h, kind: 'Query' })),
    ...storage.mutations.map((h) => ({ h, kind: 'Mutation' })),
    ...storage.fieldResolvers.map((h) => ({ h, kind: 'field' })),
  ];
  return handlers
    .filter(({ h }) => resolvers.includes(h.target) && h.roles === undefined)
    .map(({ h, kind }) => `${kind} ${h.target.name}.${h.methodName}`);
}

/**
 * Guarded fields that type-graphql would not guard: on an object type declared with `simpleResolvers: true`,
 * the @Authorized and @PersonalData checks of its own fields are skipped. A test asserts this list is empty.
 */
export function guardedFieldsOnSimpleTypes(): string[] {
  const storage = getMetadataStorage();
  const simple = new Set(storage.objectTypes.filter((t) => t.simpleResolvers).map((t) => t.target));
  const guarded = [...storage.authorizedFields, ...storage.middlewares].filter((m) => simple.has(m.target));
  return [...new Set(guarded.map((m) => `${m.target.name}.${m.fieldName}`))];
}

/**
 * The roles each field of the built schema allows, as type-graphql recorded them (`Type.field` → roles; [] = any
 * identity; absent = no check): object type fields with their field resolvers merged, and the queries.
 */
function fieldRoles(): Map<string, readonly string[] | undefined> {
  const storage = getMetadataStorage();
  const roles = new Map<string, readonly string[] | undefined>();
  for (const type of storage.objectTypes) for (const field of type.fields ?? []) roles.set(`${type.name}.${field.schemaName}`, field.roles);
  for (const query of storage.queries) roles.set(`Query.${query.schemaName}`, query.roles);
  return roles;
}

/**
 * Every field of the subgraph schema that `role` can reach and read, as `Type.field`: walked from the queries
 * and the federation entities (`_Entity`, which another subgraph's hop can resolve), following only fields
 * the role may read. Call after the schema was built; a test per subgraph compares the ANALYST's list with the
 * fields decided for de-identified rows (docs/security.md), so a new field needs a decision.
 */
export function fieldsReadableBy(schema: GraphQLSchema, role: Role): string[] {
  const allowed = fieldRoles();
  const readable = (name: string) => {
    const roles = allowed.get(name);
    return roles === undefined || roles.length === 0 || role === 'ADMIN' || roles.includes(role);
  };
  const entities = schema.getType('_Entity');
  const queue: GraphQLObjectType[] = [schema.getQueryType()!, ...(isUnionType(entities) ? entities.getTypes() : [])];
  const seen = new Set<string>(queue.map((t) => t.name));
  const found = new Set<string>();
  while (queue.length) {
    const type = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue;
      const name = `${type.name}.${field.name}`;
      if (!readable(name)) continue;
      if (type.name !== 'Query') found.add(name);
      const target = getNamedType(field.type);
      if (isObjectType(target) && !seen.has(target.name)) {
        seen.add(target.name);
        queue.push(target);
      }
    }
  }
  return [...found].sort();
}

/**
 * Who may see and change which cases and clients: the row scope of the cases subgraph. The conventions every
 * resolver follows are in @imepanel/runtime (auth/authorization.ts); in short:
 *
 * - Decorate every @Query, @Mutation and @FieldResolver with @Authorized(...) (ADMIN always passes).
 * - A list query of cases adds `caseScope(actor)` to its conditions; a by-id load or a reference resolver
 *   answers `visibleCase(actor, kase)`; a command that changes a case loads it with `loadCase(em, id, actor)`
 *   (commands/case-loading.ts), which answers NOT_FOUND for a case out of scope.
 * - Case fields that identify the claimant are @PersonalData('Case.claimant') (audited, ADMIN/CLIENT/EXAMINER);
 *   fields that may name the claimant or link to them (claim number, employer, free text) are
 *   @Authorized('CLIENT', 'EXAMINER', …) so an ANALYST gets null and FORBIDDEN there.
 *
 * CLIENT: cases and the client record of its own organisation; creates cases only for it.
 * EXAMINER: cases assigned to them. ANALYST and SERVICE: every case, without claimant identity.
 */
import { forbidden, rowScope, rowScopeCondition, visibleOrNull, type Actor, type RowOwner } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import type { Case, Client, Panel } from './entities';

export const caseOwner = (kase: Case): RowOwner => ({ clientId: kase.client.id, examinerId: kase.examinerId });

/** The case if the actor may see it, else null (as if it did not exist). */
export function visibleCase(actor: Actor | null, kase: Case | null | undefined): Case | null {
  return visibleOrNull(actor, kase, caseOwner);
}

/** The cases an actor may see, as a condition: a CLIENT's own organisation's, an EXAMINER's assigned ones. */
export function caseScope(actor: Actor | null): FilterQuery<Case> {
  const scope = rowScope(actor);
  if (scope.kind === 'client') return { client: scope.clientId };
  if (scope.kind === 'examiner') return { examinerId: scope.examinerId };
  return {};
}

/** The panels an actor may see: those of the cases they may see. */
export function panelScope(actor: Actor | null): FilterQuery<Panel> {
  return rowScope(actor).kind === 'all' ? {} : { case: caseScope(actor) };
}

/** The row scope over `cases.ime_case t`, for raw loaders such as an examiner's page of cases. */
export function caseRowCondition(actor: Actor | null) {
  return rowScopeCondition(actor, { client: 'client_id', examiner: 'examiner_id' });
}

/**
 * Whether a free-text search may match claimant names and claim numbers: not for roles that may not see them,
 * or the search would answer "is there a claimant called …?" one query at a time.
 */
export function searchMatchesClaimant(actor: Actor | null): boolean {
  return actor?.role === 'ADMIN' || actor?.role === 'CLIENT' || actor?.role === 'EXAMINER';
}

/** A CLIENT orders IMEs only for its own organisation. */
export function assertMayOrderFor(actor: Actor | null, clientId: string): void {
  const scope = rowScope(actor);
  if (scope.kind === 'client' && scope.clientId !== clientId) {
    throw forbidden('A CLIENT may create cases only for its own organisation (input.clientId must be your client id)');
  }
  if (scope.kind === 'examiner') throw forbidden('An EXAMINER may not create cases');
}

/** Client records an actor may see: a CLIENT its own organisation only. */
export function clientScope(actor: Actor | null): FilterQuery<Client> {
  const scope = rowScope(actor);
  return scope.kind === 'client' ? { id: scope.clientId } : {};
}

export function visibleClient(actor: Actor | null, client: Client | null | undefined): Client | null {
  if (!client) return null;
  const scope = rowScope(actor);
  return scope.kind === 'client' && scope.clientId !== client.id ? null : client;
}

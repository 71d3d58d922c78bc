/**
 * Who may see and change which records of the examiners subgraph. The conventions every resolver follows are
 * in @imepanel/runtime (auth/authorization.ts): @Authorized(...) on every @Query, @Mutation and @FieldResolver
 * (ADMIN always passes), row scope through the helpers below.
 *
 * The panel directory (examiners, specialties, practice groups, credentials, reputation scores) is
 * professional information every authenticated role may read: clients choose from panels, analysts measure
 * the panel, services check eligibility. Curating it is for ADMIN alone. An EXAMINER may declare, change and
 * remove their own conflicts, and read their own conflicts and reputation events (with notes); other examiners'
 * conflicts are refused with FORBIDDEN, and changes to them answer NOT_FOUND as if they did not exist.
 */
import { assertActsForExaminer, forbidden, readsForExaminer, rowScope, type Actor } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import type { ConflictDeclaration, ReputationEvent } from './entities';

/** An EXAMINER declares conflicts for themself only. */
export function assertMayDeclareConflictFor(actor: Actor | null, examinerId: string): void {
  assertActsForExaminer(actor, examinerId, "declare an examiner's conflicts");
}

/**
 * The conflicts an actor may change: an administrator any, an EXAMINER only their own. Loaded within this scope
 * (`loadVersioned(…, { scope })`), another examiner's conflict answers NOT_FOUND, exactly as a missing one.
 */
export function conflictChangeScope(actor: Actor | null): FilterQuery<ConflictDeclaration> {
  if (actor?.role === 'ADMIN') return {};
  // The examiner column is NOT NULL: an identity that acts for no examiner matches no conflict.
  return { examiner: actor?.role === 'EXAMINER' ? (actor.examinerId ?? null) : null };
}

/** Another examiner's declared conflicts are theirs and the administrators' (and the eligibility service's). */
export function assertMayReadConflictsOf(actor: Actor | null, examinerId: string): void {
  if (!readsForExaminer(actor, examinerId)) throw forbidden("Only an administrator or the examiner themself may read an examiner's conflicts");
}

/** Reputation events an actor may list: an EXAMINER only their own. */
export function reputationEventScope(actor: Actor | null): FilterQuery<ReputationEvent> {
  const scope = rowScope(actor);
  return scope.kind === 'examiner' ? { examiner: scope.examinerId } : {};
}

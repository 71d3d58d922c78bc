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
import { actsForExaminer, assertActsForExaminer, forbidden, notFound, readsForExaminer, rowScope, type Actor } from '@imepanel/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictDeclaration, type ReputationEvent } from './entities';

/** An EXAMINER declares conflicts for themself only. */
export function assertMayDeclareConflictFor(actor: Actor | null, examinerId: string): void {
  assertActsForExaminer(actor, examinerId, "declare an examiner's conflicts");
}

/** Refuses, as NOT_FOUND, a change to a conflict of another examiner (a missing one is left to the command). */
export async function assertMayChangeConflict(em: EntityManager, actor: Actor | null, id: string): Promise<void> {
  if (actor?.role === 'ADMIN') return;
  // A fork of its own: a partially loaded entity must not end up in the identity map the command then uses.
  const conflict = await em.fork().findOne(ConflictDeclaration, { id }, { fields: ['examiner'] });
  if (conflict && !actsForExaminer(actor, conflict.examiner.id)) throw notFound('ConflictDeclaration', id);
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

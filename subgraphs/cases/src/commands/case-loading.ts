import { loadVersioned, loadOrNotFound, type Actor } from '@imepanel/runtime';
import { utcDateOf } from '@imepanel/runtime/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { caseScope } from '../access';
import { Case, Client, JurisdictionRule } from '../entities';

export interface LoadedCase {
  kase: Case;
  client: Client;
  rule: JurisdictionRule;
}

/**
 * The case to act on, if it is in the actor's scope (NOT_FOUND otherwise, exactly as for a case that does not
 * exist), checked against the version the caller saw (when given).
 */
export function loadCase(em: EntityManager, id: string, actor: Actor | null, version?: number): Promise<Case> {
  const options = { scope: caseScope(actor) };
  return version === undefined ? loadOrNotFound(em, Case, id, options) : loadVersioned(em, Case, id, version, options);
}

/** As loadCase, with the case's client and jurisdiction rule. */
export async function loadCaseWithRule(em: EntityManager, id: string, actor: Actor | null, version?: number): Promise<LoadedCase> {
  const kase = await loadCase(em, id, actor, version);
  await em.populate(kase, ['client', 'jurisdiction']);
  return { kase, client: kase.client.getEntity() as Client, rule: kase.jurisdiction.getEntity() as JurisdictionRule };
}

/** The date (YYYY-MM-DD, UTC) of an instant: the day an exam is booked for, or a notice served on. */
export const dayOf = (at: Date) => utcDateOf(at);

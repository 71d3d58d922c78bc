import { assertVersion, notFound, type Actor } from '@imepanel/runtime';
import { utcDateOf } from '@imepanel/runtime/calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCaseVisible } from '../access';
import { Case, Client, JurisdictionRule } from '../entities';

export interface LoadedCase {
  kase: Case;
  client: Client;
  rule: JurisdictionRule;
}

/**
 * A case with its client and jurisdiction rule, if it is in the actor's scope (NOT_FOUND otherwise, exactly as
 * for a case that does not exist), checked against the version the caller saw (when given).
 */
export async function loadCaseWithRule(em: EntityManager, id: string, actor: Actor | null, version?: number): Promise<LoadedCase> {
  const kase = await em.findOne(Case, { id }, { populate: ['client', 'jurisdiction'] });
  if (!kase) throw notFound('Case', id);
  assertCaseVisible(actor, kase);
  if (version !== undefined) assertVersion('Case', kase, version);
  return { kase, client: kase.client.getEntity() as Client, rule: kase.jurisdiction.getEntity() as JurisdictionRule };
}

/** The date (YYYY-MM-DD, UTC) rules are judged on for a command acting at `now` (the context's clock). */
export const dayOf = (now: Date) => utcDateOf(now);

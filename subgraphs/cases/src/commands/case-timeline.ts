import { actorName, type Actor } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent, type Case, type CaseEventType, type CaseStatus } from '../entities';
import { recordCaseOutboxEvent } from './case-outbox';

/**
 * Appends a timeline entry (who, what, when, and the status change if any) in the caller's transaction, and the
 * outbox event it announces to client apps (docs/messaging.md, "Events").
 */
export function recordCaseEvent(
  em: EntityManager,
  kase: Case,
  actor: Actor | null,
  type: CaseEventType,
  details: { from?: CaseStatus | null; to?: CaseStatus | null; note?: string | null; data?: Record<string, unknown> | null } = {},
): CaseEvent {
  const event = em.create(CaseEvent, {
    case: kase,
    type,
    actor: actorName({ actor }),
    actorRole: actor?.role ?? null,
    fromStatus: details.from ?? null,
    toStatus: details.to ?? null,
    note: details.note ?? null,
    data: details.data ?? null,
  });
  em.persist(event);
  recordCaseOutboxEvent(em, kase, type, details.from ?? null, event.at);
  return event;
}

import { recordEvent, type OutboxEventType } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case, CaseEventType, CaseStatus } from '../entities';

/** Statuses from which SCHEDULED is a re-booking (docs/rules.md, "Case lifecycle"). */
const RESCHEDULED_FROM: readonly CaseStatus[] = ['SCHEDULED', 'NO_SHOW'];

/**
 * The outbox event a timeline entry announces (docs/messaging.md, "Events"), or null for entries client apps are
 * not told of (an update of the referral's details, a strike).
 */
export function outboxEventOf(type: CaseEventType, from: CaseStatus | null): OutboxEventType | null {
  switch (type) {
    case 'CREATED':
      return 'CASE_CREATED';
    case 'PANEL_PROPOSED':
      return 'PANEL_PROPOSED';
    case 'ASSIGNED':
      return 'PANEL_MEMBER_SELECTED';
    case 'SCHEDULED':
      return from && RESCHEDULED_FROM.includes(from) ? 'EXAM_RESCHEDULED' : 'EXAM_SCHEDULED';
    case 'NOTICE_SERVED':
      return 'NOTICE_SERVED';
    case 'NO_SHOW':
      return 'EXAM_NO_SHOW';
    case 'EXAMINED':
      return 'CASE_EXAMINED';
    case 'REPORTED':
      return 'CASE_REPORTED';
    case 'CLOSED':
      return 'CASE_CLOSED';
    case 'CANCELLED':
      return 'CASE_CANCELLED';
    default:
      return null;
  }
}

/**
 * Writes the event a timeline entry announces to the outbox, in the same unit of work: ids and statuses only
 * (the client, the examiner, the statuses), never the claimant or the timeline's note.
 */
export function recordCaseOutboxEvent(em: EntityManager, kase: Case, type: CaseEventType, from: CaseStatus | null, at: Date): void {
  const event = outboxEventOf(type, from);
  if (!event) return;
  recordEvent(em, {
    type: event,
    aggregateType: 'Case',
    aggregateId: kase.id,
    caseId: kase.id,
    occurredAt: at,
    payload: { clientId: kase.client.id, status: kase.status, previousStatus: from, examinerId: kase.examinerId, referenceNumber: kase.referenceNumber },
  });
}

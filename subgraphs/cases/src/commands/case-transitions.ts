import { failedPrecondition, type Actor } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TRANSITION_EVENTS, checkTransition, type CaseTransition, type CaseTransitionGuards } from '../domain/case-lifecycle';
import type { Case } from '../entities';
import { recordCaseEvent } from './case-timeline';

/**
 * Moves a case through one lifecycle transition, or refuses with FAILED_PRECONDITION naming the rule (and any
 * `refusalExtensions` the caller adds, such as the recipients still missing). The status change and its
 * timeline entry (the transition's past-tense event: ASSIGN records ASSIGNED) are written in the caller's
 * transaction, so both land or neither.
 */
export function applyTransition(
  em: EntityManager,
  kase: Case,
  transition: CaseTransition,
  guards: CaseTransitionGuards,
  actor: Actor | null,
  details: { note?: string | null; data?: Record<string, unknown> | null; refusalExtensions?: Record<string, unknown> } = {},
): void {
  const verdict = checkTransition(kase.status, transition, { jurisdiction: kase.jurisdiction.unwrap().code, ...guards });
  if (!verdict.ok) {
    throw failedPrecondition(verdict.rule, `Case ${kase.referenceNumber}: ${verdict.message}`, { transition, status: kase.status, ...details.refusalExtensions });
  }
  const from = kase.status;
  kase.status = verdict.to;
  kase.updatedAt = new Date();
  recordCaseEvent(em, kase, actor, TRANSITION_EVENTS[transition], { from, to: verdict.to, note: details.note, data: details.data });
}

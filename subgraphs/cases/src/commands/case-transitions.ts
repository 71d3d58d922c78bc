import { failedPrecondition, markChanged, type Actor } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TRANSITION_EVENTS, checkTransition, type CaseStatus, type CaseTransition, type CaseTransitionGuards } from '../domain/case-lifecycle';
import type { Case } from '../entities';
import { recordCaseEvent } from './case-timeline';

export interface TransitionDetails {
  note?: string | null;
  data?: Record<string, unknown> | null;
  /** Added to a refusal's extensions, such as the recipients still missing. */
  refusalExtensions?: Record<string, unknown>;
}

/**
 * Where one lifecycle transition takes the case, or a refusal with FAILED_PRECONDITION naming the rule (and any
 * `refusalExtensions`). A command that asks another subgraph before acting checks first, so a refused transition
 * costs no call.
 */
export function assertTransition(kase: Case, transition: CaseTransition, guards: CaseTransitionGuards, details: TransitionDetails = {}): CaseStatus {
  const verdict = checkTransition(kase.status, transition, { jurisdiction: kase.jurisdiction.unwrap().code, ...guards });
  if (!verdict.ok) {
    throw failedPrecondition(verdict.rule, `Case ${kase.referenceNumber}: ${verdict.message}`, { transition, status: kase.status, ...details.refusalExtensions });
  }
  return verdict.to;
}

/**
 * Moves a case through one lifecycle transition, or refuses it (assertTransition). The status change and its
 * timeline entry (the transition's past-tense event: ASSIGN records ASSIGNED) are written in the caller's
 * transaction, so both land or neither. Every transition is a new version of the case, also one that keeps its
 * status (re-booking an exam, re-proposing a panel).
 */
export function applyTransition(
  em: EntityManager,
  kase: Case,
  transition: CaseTransition,
  guards: CaseTransitionGuards,
  actor: Actor | null,
  details: TransitionDetails = {},
): void {
  const to = assertTransition(kase, transition, guards, details);
  const from = kase.status;
  kase.status = to;
  markChanged(kase);
  recordCaseEvent(em, kase, actor, TRANSITION_EVENTS[transition], { from, to, note: details.note, data: details.data });
}

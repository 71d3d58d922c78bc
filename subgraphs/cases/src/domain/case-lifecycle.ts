/**
 * The case lifecycle (docs/rules.md, "Case lifecycle"): which transitions are legal from which status and what
 * facts each needs. A refusal names the rule and what would be accepted; the resolver turns it into a
 * FAILED_PRECONDITION error and changes nothing.
 *
 *   REQUESTED ─PROPOSE_PANEL→ PANEL_PROPOSED ─ASSIGN→ ASSIGNED ─SCHEDULE→ SCHEDULED ─MARK_EXAMINED→ EXAMINED
 *       └──────────ASSIGN (no panel required)──────────┘            ↑  │ └MARK_NO_SHOW→ NO_SHOW ─SCHEDULE┘
 *   EXAMINED ─MARK_REPORTED→ REPORTED ─CLOSE→ CLOSED;  any status but CLOSED and CANCELLED ─CANCEL→ CANCELLED
 */

export type CaseStatus =
  | 'REQUESTED'
  | 'PANEL_PROPOSED'
  | 'ASSIGNED'
  | 'SCHEDULED'
  | 'EXAMINED'
  | 'REPORTED'
  | 'CLOSED'
  | 'CANCELLED'
  | 'NO_SHOW';
export const CASE_STATUSES = [
  'REQUESTED',
  'PANEL_PROPOSED',
  'ASSIGNED',
  'SCHEDULED',
  'EXAMINED',
  'REPORTED',
  'CLOSED',
  'CANCELLED',
  'NO_SHOW',
] as const satisfies readonly CaseStatus[];

/** Statuses no transition leaves. NO_SHOW is not one: the exam can be rescheduled. */
export const TERMINAL_CASE_STATUSES = ['CLOSED', 'CANCELLED'] as const satisfies readonly CaseStatus[];

export type CaseTransition = 'PROPOSE_PANEL' | 'ASSIGN' | 'SCHEDULE' | 'MARK_EXAMINED' | 'MARK_NO_SHOW' | 'MARK_REPORTED' | 'CLOSE' | 'CANCEL';
export const CASE_TRANSITIONS = [
  'PROPOSE_PANEL',
  'ASSIGN',
  'SCHEDULE',
  'MARK_EXAMINED',
  'MARK_NO_SHOW',
  'MARK_REPORTED',
  'CLOSE',
  'CANCEL',
] as const satisfies readonly CaseTransition[];

/**
 * What a case's timeline records, each entry named for what happened (past tense): every transition records the
 * event of TRANSITION_EVENTS, and the events that change no status (an update, a strike, a notice) their own.
 */
export type CaseEventType =
  | 'CREATED'
  | 'UPDATED'
  | 'PANEL_PROPOSED'
  | 'PANEL_MEMBER_STRUCK'
  | 'ASSIGNED'
  | 'SCHEDULED'
  | 'NOTICE_SERVED'
  | 'EXAMINED'
  | 'NO_SHOW'
  | 'REPORTED'
  | 'CLOSED'
  | 'CANCELLED';
export const CASE_EVENT_TYPES = [
  'CREATED',
  'UPDATED',
  'PANEL_PROPOSED',
  'PANEL_MEMBER_STRUCK',
  'ASSIGNED',
  'SCHEDULED',
  'NOTICE_SERVED',
  'EXAMINED',
  'NO_SHOW',
  'REPORTED',
  'CLOSED',
  'CANCELLED',
] as const satisfies readonly CaseEventType[];

/** The timeline event a transition records (re-booking an exam is SCHEDULED again, with the old time in the note). */
export const TRANSITION_EVENTS: Readonly<Record<CaseTransition, CaseEventType>> = {
  PROPOSE_PANEL: 'PANEL_PROPOSED',
  ASSIGN: 'ASSIGNED',
  SCHEDULE: 'SCHEDULED',
  MARK_EXAMINED: 'EXAMINED',
  MARK_NO_SHOW: 'NO_SHOW',
  MARK_REPORTED: 'REPORTED',
  CLOSE: 'CLOSED',
  CANCEL: 'CANCELLED',
};

/** The rule a refusal cites, for the error's extensions and for tests. */
export type CaseTransitionRule =
  | 'ILLEGAL_TRANSITION'
  | 'PANEL_REQUIRED'
  | 'EXAMINER_NOT_ASSIGNED'
  | 'NOTICE_NOT_SERVED'
  | 'REPORT_NOT_DELIVERED';

/**
 * Facts the caller has established about the case. Facts that permit a transition (notice served, report
 * delivered, examiner assigned) count only when stated true: a fact not asserted is a fact not met. Facts
 * that restrict one (panel required) default to false.
 */
export interface CaseTransitionGuards {
  /** The jurisdiction requires a panel with claimant choice (CA QME). */
  panelRequired?: boolean;
  /** The case's jurisdiction code, to name it in refusals ("US-CA requires a panel"). */
  jurisdiction?: string | null;
  noticeServed?: boolean;
  finalReportDeliveredToClient?: boolean;
  finalReportDeliveredToClaimant?: boolean;
  examinerAssigned?: boolean;
}

export type CaseTransitionVerdict = { ok: true; to: CaseStatus } | { ok: false; rule: CaseTransitionRule; message: string };

/** From which statuses each transition is legal, and where it leads. */
export const CASE_TRANSITION_TABLE: Readonly<Record<CaseTransition, { from: readonly CaseStatus[]; to: CaseStatus }>> = {
  // Re-proposing replaces a panel the parties could not use (a member became unavailable or was struck out).
  PROPOSE_PANEL: { from: ['REQUESTED', 'PANEL_PROPOSED'], to: 'PANEL_PROPOSED' },
  // From PANEL_PROPOSED: the claimant's (or parties') selection. From REQUESTED: direct assignment, only where
  // no panel is required.
  ASSIGN: { from: ['REQUESTED', 'PANEL_PROPOSED'], to: 'ASSIGNED' },
  // SCHEDULED → SCHEDULED reschedules; NO_SHOW → SCHEDULED books a new exam after a missed one.
  SCHEDULE: { from: ['ASSIGNED', 'SCHEDULED', 'NO_SHOW'], to: 'SCHEDULED' },
  MARK_EXAMINED: { from: ['SCHEDULED'], to: 'EXAMINED' },
  MARK_NO_SHOW: { from: ['SCHEDULED'], to: 'NO_SHOW' },
  MARK_REPORTED: { from: ['EXAMINED'], to: 'REPORTED' },
  CLOSE: { from: ['REPORTED'], to: 'CLOSED' },
  CANCEL: { from: CASE_STATUSES.filter((s) => !(TERMINAL_CASE_STATUSES as readonly CaseStatus[]).includes(s)), to: 'CANCELLED' },
};

export function isTerminalCaseStatus(status: CaseStatus): boolean {
  return (TERMINAL_CASE_STATUSES as readonly CaseStatus[]).includes(status);
}

/** The transitions the table allows from a status, before guards. */
export function allowedCaseTransitions(from: CaseStatus): CaseTransition[] {
  return CASE_TRANSITIONS.filter((t) => CASE_TRANSITION_TABLE[t].from.includes(from));
}

const refuse = (rule: CaseTransitionRule, message: string): CaseTransitionVerdict => ({ ok: false, rule, message });

/** Whether `transition` may be applied to a case in status `from`, given the facts; where it leads if so. */
export function checkTransition(from: CaseStatus, transition: CaseTransition, guards: CaseTransitionGuards = {}): CaseTransitionVerdict {
  const entry = CASE_TRANSITION_TABLE[transition];
  if (!entry) return refuse('ILLEGAL_TRANSITION', `unknown transition ${String(transition)}: expected one of ${CASE_TRANSITIONS.join(', ')}`);
  if (!entry.from.includes(from)) {
    const final = isTerminalCaseStatus(from) ? ` (${from} is final)` : '';
    return refuse('ILLEGAL_TRANSITION', `cannot ${transition} from ${from}${final}: allowed from ${entry.from.join(', ')}`);
  }

  switch (transition) {
    case 'ASSIGN':
      // CA QME (Labor Code §4062.2): the evaluator comes from a panel the claimant or the parties choose from;
      // a direct assignment would take that choice away.
      if (from === 'REQUESTED' && guards.panelRequired) {
        return refuse('PANEL_REQUIRED', `${guards.jurisdiction || 'this jurisdiction'} requires a panel: assign through panel selection`);
      }
      break;
    case 'SCHEDULE':
      if (guards.examinerAssigned !== true) return refuse('EXAMINER_NOT_ASSIGNED', 'SCHEDULED requires an assigned examiner');
      break;
    case 'MARK_EXAMINED':
      // Claimant right to be informed (docs/rules.md, claimant rights): no exam without a notice served beforehand.
      if (guards.noticeServed !== true) return refuse('NOTICE_NOT_SERVED', 'EXAMINED requires a notice served to the claimant');
      break;
    case 'CLOSE': {
      // Claimant right to a copy of the report (docs/rules.md, claimant rights): a case closes only once client and claimant have it.
      const missing = [
        guards.finalReportDeliveredToClient !== true ? 'the client' : null,
        guards.finalReportDeliveredToClaimant !== true ? 'the claimant' : null,
      ].filter((m): m is string => m !== null);
      if (missing.length > 0) {
        return refuse('REPORT_NOT_DELIVERED', `CLOSED requires the final report delivered to ${missing.join(' and ')}`);
      }
      break;
    }
    default:
      break;
  }
  return { ok: true, to: entry.to };
}

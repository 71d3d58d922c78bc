/**
 * The case lifecycle (docs/rules.md, "Case lifecycle"): which transitions are legal from which status and what
 * facts each needs. A refusal names the rule and what would be accepted; the resolver turns it into a
 * FAILED_PRECONDITION error and changes nothing.
 *
 *   REQUESTED ─PROPOSE_PANEL→ PANEL_PROPOSED ─ASSIGN→ ASSIGNED ─SCHEDULE→ SCHEDULED ─MARK_EXAMINED→ EXAMINED
 *       └──────────ASSIGN (no panel required)──────────┘            ↑  │ └MARK_NO_SHOW→ NO_SHOW ─SCHEDULE┘
 *   EXAMINED ─MARK_REPORTED→ REPORTED ─CLOSE→ CLOSED;  any status but CLOSED and CANCELLED ─CANCEL→ CANCELLED
 */

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
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses no transition leaves. NO_SHOW is not one: the exam can be rescheduled. */
export const TERMINAL_CASE_STATUSES = ['CLOSED', 'CANCELLED'] as const satisfies readonly CaseStatus[];

/** Statuses with an examiner assigned: the specialty the examiner was chosen for is settled. */
export const ASSIGNED_CASE_STATUSES = ['ASSIGNED', 'SCHEDULED', 'EXAMINED', 'REPORTED', 'CLOSED', 'NO_SHOW'] as const satisfies readonly CaseStatus[];

/** Statuses after the exam: the questions the examiner answered are settled (a change is an addendum). */
export const EXAMINED_CASE_STATUSES = ['EXAMINED', 'REPORTED', 'CLOSED'] as const satisfies readonly CaseStatus[];

/** Statuses in which a case occupies its examiner: assigned and not yet reported (BALANCED panels cap them). */
export const OPEN_CASE_STATUSES = ['ASSIGNED', 'SCHEDULED', 'EXAMINED', 'NO_SHOW'] as const satisfies readonly CaseStatus[];

/** Whether a status is one of a group, e.g. `isCaseStatusIn(EXAMINED_CASE_STATUSES, status)`. */
export const isCaseStatusIn = (group: readonly CaseStatus[], status: CaseStatus): boolean => group.includes(status);

export const CASE_TRANSITIONS = ['PROPOSE_PANEL', 'ASSIGN', 'SCHEDULE', 'MARK_EXAMINED', 'MARK_NO_SHOW', 'MARK_REPORTED', 'CLOSE', 'CANCEL'] as const;
export type CaseTransition = (typeof CASE_TRANSITIONS)[number];

/**
 * What a case's timeline records, each entry named for what happened (past tense): every transition records the
 * event of TRANSITION_EVENTS, and the events that change no status (an update, a strike, a notice) their own.
 */
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
  // The claimant portal (docs/claimant-portal.md): what the claimant and staff did there.
  'CLAIMANT_ACCESS_ISSUED',
  'CLAIMANT_ACCESS_REVOKED',
  'NOTICE_ACKNOWLEDGED',
  'CLAIMANT_REQUEST_MADE',
  'CLAIMANT_REQUEST_ANSWERED',
  'CLAIMANT_FEEDBACK_GIVEN',
  'CLAIMANT_COMPLAINT_FILED',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

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
  | 'REPORT_NOT_DELIVERED'
  | 'REPORT_SAME_DAY_DELIVERY';

/**
 * Facts the caller has established about the case. Facts that permit a transition (notice served, report
 * delivered, examiner assigned) count only when stated true: a fact not asserted is a fact not met. Facts
 * that restrict one (panel required) default to false.
 */
export interface CaseTransitionGuards {
  /** The jurisdiction requires a panel with claimant choice (CA QME). */
  panelRequired?: boolean;
  /** ASSIGN names the examiner directly (assignExaminer) rather than selecting them from the panel. */
  directAssignment?: boolean;
  /** The case's jurisdiction code, to name it in refusals ("US-CA requires a panel"). */
  jurisdiction?: string | null;
  noticeServed?: boolean;
  finalReportDeliveredToClient?: boolean;
  finalReportDeliveredToClaimant?: boolean;
  /**
   * Every other recipient the jurisdiction requires for this case that the final report has not reached, as the
   * reports subgraph answers it (Report.missingRecipients: the NY Board, carrier, treating physician,
   * representative…); recipient codes such as 'BOARD'.
   */
  undeliveredRecipients?: readonly string[];
  /** How the copies broke the jurisdiction's same-day rule (Report.sameDayViolation), or null. */
  sameDayViolation?: string | null;
  /** An administrator closes anyway with the same-day breach on record. */
  sameDayBreachAcknowledged?: boolean;
  examinerAssigned?: boolean;
}

const RECIPIENT_NAMES: Readonly<Record<string, string>> = {
  CLIENT: 'the client',
  CLAIMANT: 'the claimant',
  CLAIMANT_REPRESENTATIVE: "the claimant's representative",
  TREATING_PHYSICIAN: 'the treating physician',
  BOARD: 'the Board',
};

/** The recipient codes CLOSE still waits for: the client and the claimant first, then the others required. */
export function recipientsMissingForClose(guards: CaseTransitionGuards): string[] {
  const missing = new Set<string>();
  if (guards.finalReportDeliveredToClient !== true) missing.add('CLIENT');
  if (guards.finalReportDeliveredToClaimant !== true) missing.add('CLAIMANT');
  for (const recipient of guards.undeliveredRecipients ?? []) missing.add(recipient);
  return [...missing];
}

function listNames(codes: string[]): string {
  const names = codes.map((c) => RECIPIENT_NAMES[c] ?? c);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
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
  return isCaseStatusIn(TERMINAL_CASE_STATUSES, status);
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
      // a direct assignment would take that choice away, before a panel is drawn or while one is open.
      if (guards.panelRequired && (from === 'REQUESTED' || guards.directAssignment === true)) {
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
      // Claimant right to a copy of the report (docs/rules.md, claimant rights): a case closes only once client and
      // claimant have it, and every other recipient the jurisdiction requires (NY WCL §137: the Board, the carrier,
      // the treating physician, the claimant's representative and the claimant, the same day).
      const missing = recipientsMissingForClose(guards);
      if (missing.length > 0) {
        return refuse('REPORT_NOT_DELIVERED', `CLOSED requires the final report delivered to ${listNames(missing)}`);
      }
      if (guards.sameDayViolation && guards.sameDayBreachAcknowledged !== true) {
        return refuse(
          'REPORT_SAME_DAY_DELIVERY',
          `CLOSED requires the final report delivered to every required recipient the same day, and ${guards.sameDayViolation}; an administrator may close with the breach on record (sameDayBreachNote)`,
        );
      }
      break;
    }
    default:
      break;
  }
  return { ok: true, to: entry.to };
}

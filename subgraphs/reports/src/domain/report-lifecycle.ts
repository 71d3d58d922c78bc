/**
 * The report lifecycle (docs/rules.md, "Report lifecycle"):
 *
 *   DRAFT ─SUBMIT→ SUBMITTED ─START_QA→ IN_QA ─PASS_QA / FINALISE→ FINAL ─DELIVER→ DELIVERED
 *                     ↑                   └─REQUEST_CHANGES→ CHANGES_REQUESTED ─SUBMIT┘
 *
 * QA cannot be skipped: FINAL is reached only from IN_QA. After FINAL the report is frozen and corrections go
 * into addenda, so what the parties received is never silently changed.
 */

export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_QA', 'CHANGES_REQUESTED', 'FINAL', 'DELIVERED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Final reports: frozen (corrections go into addenda), delivered to their recipients, counted as on time or late. */
export const FINAL_REPORT_STATUSES = ['FINAL', 'DELIVERED'] as const satisfies readonly ReportStatus[];

/** Reports not yet final: still with their author or in QA, and overdue once their due date has passed. */
export const OPEN_REPORT_STATUSES = REPORT_STATUSES.filter((s): s is Exclude<ReportStatus, (typeof FINAL_REPORT_STATUSES)[number]> => !isFinalReport(s));

/** Whether a report is final (FINAL or DELIVERED). */
export function isFinalReport(status: ReportStatus): boolean {
  return (FINAL_REPORT_STATUSES as readonly ReportStatus[]).includes(status);
}

/**
 * PASS_QA is the QA reviewer's verdict, FINALISE the same step taken by an administrator; both lead from IN_QA
 * to FINAL. DELIVER records a delivery: the report becomes DELIVERED once every required recipient has it.
 */
export const REPORT_TRANSITIONS = ['SUBMIT', 'START_QA', 'REQUEST_CHANGES', 'PASS_QA', 'FINALISE', 'DELIVER'] as const;
export type ReportTransition = (typeof REPORT_TRANSITIONS)[number];

export type ReportTransitionRule = 'ILLEGAL_TRANSITION' | 'REPORT_INCOMPLETE' | 'CHANGES_NOT_STATED';

export interface ReportTransitionGuards {
  /** SUBMIT: what checkCompleteness found missing; the completeness check must have run (an empty list). */
  missingItems?: readonly { field: string; message: string }[];
  /** REQUEST_CHANGES: what the author must change (form and completeness, never the opinion). */
  changesRequested?: string | null;
  /** DELIVER: required recipients still without the report, after this delivery (see checkDeliveries). */
  missingRecipients?: readonly string[];
}

export type ReportTransitionVerdict = { ok: true; to: ReportStatus } | { ok: false; rule: ReportTransitionRule; message: string };

export const REPORT_TRANSITION_TABLE: Readonly<Record<ReportTransition, { from: readonly ReportStatus[]; to: ReportStatus }>> = {
  SUBMIT: { from: ['DRAFT', 'CHANGES_REQUESTED'], to: 'SUBMITTED' },
  START_QA: { from: ['SUBMITTED'], to: 'IN_QA' },
  REQUEST_CHANGES: { from: ['IN_QA'], to: 'CHANGES_REQUESTED' },
  PASS_QA: { from: ['IN_QA'], to: 'FINAL' },
  FINALISE: { from: ['IN_QA'], to: 'FINAL' },
  // From DELIVERED: a further copy (a re-sent claimant copy, an extra recipient) is recorded without a change.
  DELIVER: { from: ['FINAL', 'DELIVERED'], to: 'DELIVERED' },
};

/** The transitions the table allows from a status, before guards. */
export function allowedReportTransitions(from: ReportStatus): ReportTransition[] {
  return REPORT_TRANSITIONS.filter((t) => REPORT_TRANSITION_TABLE[t].from.includes(from));
}

const refuse = (rule: ReportTransitionRule, message: string): ReportTransitionVerdict => ({ ok: false, rule, message });

/** Whether `transition` may be applied to a report in status `from`, given the facts; where it leads if so. */
export function checkTransition(from: ReportStatus, transition: ReportTransition, guards: ReportTransitionGuards = {}): ReportTransitionVerdict {
  const entry = REPORT_TRANSITION_TABLE[transition];
  if (!entry) return refuse('ILLEGAL_TRANSITION', `unknown transition ${String(transition)}: expected one of ${REPORT_TRANSITIONS.join(', ')}`);
  if (!entry.from.includes(from)) {
    return refuse('ILLEGAL_TRANSITION', `cannot ${transition} from ${from}: allowed from ${entry.from.join(', ')}`);
  }
  switch (transition) {
    case 'SUBMIT': {
      // docs/rules.md: submission checks completeness.
      const missing = guards.missingItems;
      if (missing === undefined) return refuse('REPORT_INCOMPLETE', 'SUBMITTED requires the completeness check to have run');
      if (missing.length > 0) {
        return refuse('REPORT_INCOMPLETE', `SUBMITTED requires a complete report: ${missing.map((m) => m.message).join('; ')}`);
      }
      break;
    }
    case 'REQUEST_CHANGES':
      if (!guards.changesRequested?.trim()) {
        return refuse('CHANGES_NOT_STATED', 'CHANGES_REQUESTED requires a note saying what the author must change');
      }
      break;
    case 'DELIVER':
      // A partial delivery is recorded but the report stays FINAL until every required recipient has it; with
      // no list of what is missing, DELIVERED is not claimed.
      if (from === 'FINAL' && (guards.missingRecipients === undefined || guards.missingRecipients.length > 0)) {
        return { ok: true, to: 'FINAL' };
      }
      break;
    default:
      break;
  }
  return { ok: true, to: entry.to };
}

/** Only the author's statuses are editable: a report under QA or final is not changed under the reviewer. */
export function canEdit(status: ReportStatus): boolean {
  return status === 'DRAFT' || status === 'CHANGES_REQUESTED';
}

/** After FINAL only addenda (docs/rules.md): an addendum attaches to a FINAL or DELIVERED report. */
export function canAddAddendum(parentStatus: ReportStatus): boolean {
  return isFinalReport(parentStatus);
}

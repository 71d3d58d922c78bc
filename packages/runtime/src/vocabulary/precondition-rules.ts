/**
 * The rules a FAILED_PRECONDITION refusal names in `extensions.rule`, so callers can react programmatically
 * (docs/api.md, "Errors"). Each subgraph's list is here, next to the others, because `failedPrecondition` takes only
 * a listed rule: a new refusal adds its rule to its subgraph's list, and a misspelt one does not compile. The
 * strings are part of the API and never change.
 */

/** Refusals of the platform itself, in any subgraph. */
export const PLATFORM_RULES = [
  /** A subgraph this one must ask (to check an id it is to store, say) could not answer; nothing was written. */
  'DEPENDENCY_UNAVAILABLE',
  /** A business-day count reached a day outside the jurisdiction's holiday calendar (docs/rules.md, "Holidays"). */
  'HOLIDAY_CALENDAR_RANGE',
] as const;

/** The examiners subgraph's refusals (docs/rules.md, "Examiner status" and "Credential terms"). */
export const EXAMINERS_RULES = [
  'ACTIVATION_NEEDS_SPECIALTY',
  'ACTIVATION_NEEDS_LICENCE',
  /** A renewal or change of a credential term that a later renewal already replaced. */
  'CREDENTIAL_SUPERSEDED',
] as const;

/** The cases subgraph's refusals: the case lifecycle, scheduling and notices, panels (docs/rules.md). */
export const CASES_RULES = [
  // The claimant portal (domain/claimant-access.ts, domain/claimant-rights.ts; docs/claimant-portal.md).
  'ACCESS_REVOKED',
  'ACCESS_LOCKED',
  'ACCESS_EXPIRED',
  'NO_REPRESENTATIVE',
  'NO_NOTICE',
  'NO_OPEN_PANEL',
  'NOT_A_RIGHT_HERE',
  'EXAM_NOT_HELD',
  'EXAM_OVER',
  'FEEDBACK_GIVEN',
  'REASON_REQUIRED',
  'REQUEST_ANSWERED',
  // The case lifecycle (domain/case-lifecycle.ts).
  'ILLEGAL_TRANSITION',
  'PANEL_REQUIRED',
  'EXAMINER_NOT_ASSIGNED',
  'NOTICE_NOT_SERVED',
  'REPORT_NOT_DELIVERED',
  'REPORT_SAME_DAY_DELIVERY',
  'CASE_CLOSED',
  'CASE_CHANGED',
  'REPORT_NOT_FINAL',
  // Assignment and scheduling (domain/scheduling.ts).
  'EXAMINER_UNKNOWN',
  'EXAMINER_NOT_ELIGIBLE',
  'CASE_SPECIALTY_UNKNOWN',
  'NOTICE_LEAD_TIME',
  'SCHEDULING_WINDOW',
  'EXAM_IN_PAST',
  'EXAM_NOT_YET_HELD',
  'NOTICE_NEEDS_APPOINTMENT',
  // Booking on the examiner's real time (domain/slots.ts) and interpreters (docs/rules.md, "Scheduling").
  'OUTSIDE_WORKING_HOURS',
  'TIME_OFF',
  'HOLIDAY',
  'DAILY_MAXIMUM',
  'SLOT_TAKEN',
  'INTERPRETER_NOT_CONFIRMED',
  'ACCOMMODATION_NOT_CONFIRMED',
  // Panels (domain/panel-draw.ts, domain/panel-choice.ts).
  'PANEL_SHORTFALL',
  'PANEL_OPEN',
  'PANEL_PARTY_ONLY',
  'STRIKES_REPRESENTED_ONLY',
  'STRIKE_PERIOD_ENDED',
  'ONE_STRIKE_PER_SIDE',
  'LAST_PANEL_MEMBER',
  'MEMBER_STRUCK',
  'CLAIMANT_CHOICE_PERIOD',
  'STRIKE_PERIOD_OPEN',
  'STRIKE_NOT_EXERCISED',
  /** A document has no content yet (docs/documents.md). */
  'DOCUMENT_NOT_STORED',
] as const;

/** The reports subgraph's refusals: the report lifecycle and distribution (docs/rules.md, "Report lifecycle"). */
export const REPORTS_RULES = [
  'ILLEGAL_TRANSITION',
  // The claimant portal: the claimant reads the report once it is final (docs/claimant-portal.md).
  'REPORT_NOT_RELEASED',
  'REPORT_INCOMPLETE',
  'CHANGES_NOT_STATED',
  'EXAMINER_ASSIGNED',
  'CASE_EXAMINED',
  'ONE_IME_REPORT',
  'ADDENDUM_AFTER_FINAL',
  'REPORT_EDITABLE',
  'DRAFT_ONLY',
  'DELIVER_FINAL_ONLY',
  /** A final report's PDF was asked of a report that is not final (docs/documents.md). */
  'REPORT_NOT_FINAL',
] as const;

/** The gateway's account refusals (docs/security.md, "Accounts and invitations", "Two-factor authentication"). */
export const IDENTITY_RULES = ['LINK_USED', 'LINK_EXPIRED', 'ACCOUNT_DISABLED', 'INVITATION_ACCEPTED', 'ENROLMENT_NOT_STARTED'] as const;

export type PlatformRule = (typeof PLATFORM_RULES)[number];
export type ExaminersRule = (typeof EXAMINERS_RULES)[number];
export type CasesRule = (typeof CASES_RULES)[number];
export type ReportsRule = (typeof REPORTS_RULES)[number];
export type IdentityRule = (typeof IDENTITY_RULES)[number];
/** Every rule a FAILED_PRECONDITION may name. */
export type PreconditionRule = PlatformRule | ExaminersRule | CasesRule | ReportsRule | IdentityRule;

export const PRECONDITION_RULES: readonly PreconditionRule[] = [...new Set([...PLATFORM_RULES, ...EXAMINERS_RULES, ...CASES_RULES, ...REPORTS_RULES, ...IDENTITY_RULES])];

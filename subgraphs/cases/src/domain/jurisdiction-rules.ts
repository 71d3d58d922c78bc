import { REPORT_RECIPIENTS, REQUIRED_CREDENTIAL_KINDS, isRequiredCredentialKind, type ReportRecipient, type RequiredCredentialKind } from '@imepanel/runtime/vocabulary';
import { DAY_COUNT_UNITS, type DayCountUnit } from '@imepanel/runtime/calendar';
import { HOLIDAY_CALENDAR_KINDS, defaultHolidayCalendarKind, type HolidayCalendarKind } from './holiday-calendar';

/**
 * Seed values of the jurisdiction rules (docs/rules.md, jurisdiction rules).
 *
 * THESE ARE PUBLIC RULES AS SUMMARISED FOR DEMONSTRATION. Verify each value against the current statute,
 * regulation and board guidance before relying on it for a real case; rules change, and several have
 * exceptions (self-insured employers, represented vs unrepresented claimants, out-of-state examiners) that a
 * single number cannot carry. The `notes` of each rule say where the values come from. Where the public rule is
 * silent (recording and observer rights outside New York), the value is false until verified.
 */

/**
 * Who may be required to receive the final report, and the credential kinds a jurisdiction can require of an
 * examiner besides the licence: the runtime's vocabularies (the reports subgraph and the examiners subgraph, which
 * owns credentials, name them too).
 */
export { REPORT_RECIPIENTS, REQUIRED_CREDENTIAL_KINDS, type ReportRecipient, type RequiredCredentialKind } from '@imepanel/runtime/vocabulary';

export interface JurisdictionRuleSeed {
  /** ISO 3166-2 subdivision code, e.g. 'US-NY'. */
  code: string;
  name: string;
  /** Minimum notice to the claimant before the exam; null when the rule sets none. */
  noticeLeadDays: number | null;
  noticeLeadUnit: DayCountUnit;
  /** Report due this many days after the exam; null when the rule sets none. */
  reportDueDays: number | null;
  reportDueUnit: DayCountUnit;
  /** Report deadline when the examiner practises out of state (NY: 20); null when no different deadline. */
  reportDueDaysOutOfState: number | null;
  /** A panel with claimant choice is required; direct assignment is refused. */
  panelRequired: boolean;
  /** Examiners drawn for a panel (used whenever a panel is proposed, required or not). */
  panelSize: number;
  /** Days an unrepresented claimant has to choose from the panel (CA: 10, Labor Code §4062.1(c)). */
  claimantChoiceDays: number | null;
  claimantChoiceUnit: DayCountUnit;
  /** Days each side of a represented case has to strike one name from the panel (CA: 10, Labor Code §4062.2(c)). */
  strikeDays: number | null;
  strikeUnit: DayCountUnit;
  /** Calendar days a record must have been served on the other party before it goes to the examiner (CA: 20, Labor Code §4062.3); null when no wait applies. */
  recordsServiceDays: number | null;
  /** The exam must take place within this many calendar days of assignment. */
  schedulingWindowDays: number | null;
  /** The window when the parties waive the limit. */
  schedulingWindowExtendedDays: number | null;
  recordingAllowed: boolean;
  observerAllowed: boolean;
  /** Who must receive the final report. */
  reportRecipients: ReportRecipient[];
  /** Every required recipient must receive the report on the same day. */
  reportSameDay: boolean;
  /** Credentials required besides a medical licence in the jurisdiction, which is always required. */
  requiredCredentialKinds: RequiredCredentialKind[];
  /** Which holidays the business-day counts skip (domain/holiday-calendar.ts). */
  holidayCalendar: HolidayCalendarKind;
  notes: string;
}

export const DEFAULT_PANEL_SIZE = 3;

/**
 * What a rule holds where the public rule sets nothing: no out-of-state deadline, no panel requirement or panel
 * periods, no scheduling window, no recording or observer right until verified, the report to the client and the
 * claimant (whose copy is a claimant right everywhere, docs/rules.md, claimant right 4) with no same-day rule, no
 * credential beyond the licence, the federal holidays. A fresh object each time: a seed may change its own lists.
 */
function unsetRuleValues(): Omit<JurisdictionRuleSeed, 'code' | 'name' | 'noticeLeadDays' | 'noticeLeadUnit' | 'reportDueDays' | 'reportDueUnit' | 'notes'> {
  return {
    reportDueDaysOutOfState: null,
    panelRequired: false,
    panelSize: DEFAULT_PANEL_SIZE,
    claimantChoiceDays: null,
    claimantChoiceUnit: 'CALENDAR_DAYS',
    strikeDays: null,
    strikeUnit: 'CALENDAR_DAYS',
    recordsServiceDays: null,
    schedulingWindowDays: null,
    schedulingWindowExtendedDays: null,
    recordingAllowed: false,
    observerAllowed: false,
    reportRecipients: ['CLIENT', 'CLAIMANT'],
    reportSameDay: false,
    requiredCredentialKinds: [],
    holidayCalendar: 'US_FEDERAL',
  };
}

export const JURISDICTION_RULE_SEEDS: readonly JurisdictionRuleSeed[] = [
  {
    ...unsetRuleValues(),
    code: 'US-NY',
    name: "New York workers' compensation",
    noticeLeadDays: 7,
    noticeLeadUnit: 'BUSINESS_DAYS',
    reportDueDays: 10,
    reportDueUnit: 'BUSINESS_DAYS',
    reportDueDaysOutOfState: 20,
    recordingAllowed: true,
    observerAllowed: true,
    reportRecipients: ['BOARD', 'CLIENT', 'TREATING_PHYSICIAN', 'CLAIMANT_REPRESENTATIVE', 'CLAIMANT'],
    reportSameDay: true,
    notes:
      "NY Workers' Compensation Law §137 and 12 NYCRR Part 300 (independent medical examinations): notice to the " +
      'claimant at least 7 business days before the exam; report within 10 business days after the exam (20 when ' +
      'the examiner is out of state); copies the same day and by the same method to the Board, the carrier, the ' +
      "treating physician, the claimant's representative and the claimant. The claimant may bring a person of " +
      'their choosing and record the exam. Verify before relying on these values.',
  },
  {
    ...unsetRuleValues(),
    code: 'US-CA',
    name: "California workers' compensation (QME)",
    noticeLeadDays: null,
    noticeLeadUnit: 'CALENDAR_DAYS',
    reportDueDays: 30,
    reportDueUnit: 'CALENDAR_DAYS',
    panelRequired: true,
    panelSize: 3,
    claimantChoiceDays: 10,
    strikeDays: 10,
    // Records go to the QME only once served on the other side 20 days before (Labor Code §4062.3(b)).
    recordsServiceDays: 20,
    schedulingWindowDays: 90,
    schedulingWindowExtendedDays: 120,
    reportRecipients: ['CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE'],
    requiredCredentialKinds: ['QME_CERTIFICATION'],
    notes:
      'California Labor Code §§4062.1–4062.3 and 139.2, 8 CCR §§30–38 (DWC Medical Unit): a panel of three QMEs ' +
      'drawn at random by specialty near the worker; represented, each side may strike one within 10 days of the ' +
      "panel's assignment and a side that does not lets the other choose (§4062.2(c)); unrepresented, the worker picks " +
      'within 10 days, else the claims administrator may (§4062.1(c), 8 CCR §31.3); the exam within 90 days (120 if waived); report within 30 days of the exam, served on ' +
      'all parties; only certified QMEs may serve. Two panel members from one group practice is grounds for a ' +
      'replacement. Recording and observer rights not seeded. Verify before relying on these values.',
  },
  {
    ...unsetRuleValues(),
    code: 'US-WA',
    name: "Washington workers' compensation",
    noticeLeadDays: 28,
    noticeLeadUnit: 'CALENDAR_DAYS',
    reportDueDays: 14,
    reportDueUnit: 'CALENDAR_DAYS',
    notes:
      'RCW 51.36.070 and WAC 296-23 (independent medical examinations), WAC 296-15 (self-insured employers): ' +
      'notice at least 28 days before the exam (self-insured); report within 14 calendar days. Distribution not ' +
      'set by the source: client and claimant by default. Recording and observer rights not seeded. Verify before ' +
      'relying on these values.',
  },
  {
    ...unsetRuleValues(),
    code: 'US-OR',
    name: "Oregon workers' compensation",
    noticeLeadDays: 10,
    noticeLeadUnit: 'CALENDAR_DAYS',
    reportDueDays: null,
    reportDueUnit: 'CALENDAR_DAYS',
    notes:
      'ORS 656.325 and OAR 436-010-0265 (independent medical examinations): notice at least 10 days before the ' +
      'exam. No report deadline seeded; distribution not set by the source: client and claimant by default. ' +
      'Recording and observer rights not seeded. Verify before relying on these values.',
  },
  {
    ...unsetRuleValues(),
    code: 'US-CT',
    name: "Connecticut workers' compensation",
    noticeLeadDays: null,
    noticeLeadUnit: 'CALENDAR_DAYS',
    reportDueDays: 30,
    reportDueUnit: 'CALENDAR_DAYS',
    reportRecipients: ['CLIENT', 'CLAIMANT', 'CLAIMANT_REPRESENTATIVE'],
    reportSameDay: true,
    notes:
      'Conn. Gen. Stat. §31-294f (examination by the employer’s physician): report within 30 days, to both sides ' +
      'at the same time (seeded as the same day). Recording and observer rights not seeded. Verify before relying ' +
      'on these values.',
  },
];

/**
 * The rule applied to a jurisdiction with no seeded or administered rule: no panel, no notice lead time or
 * scheduling window that could refuse a booking, a 30-calendar-day report deadline so overdue reports still
 * surface, and the report to the client and the claimant, whose copy is a claimant right everywhere (docs/rules.md, claimant right 4).
 */
export function defaultJurisdictionRule(code: string): JurisdictionRuleSeed {
  const normalised = code.trim().toUpperCase();
  return {
    ...unsetRuleValues(),
    code: normalised,
    name: `${normalised} (no rule on file)`,
    noticeLeadDays: null,
    noticeLeadUnit: 'CALENDAR_DAYS',
    reportDueDays: 30,
    reportDueUnit: 'CALENDAR_DAYS',
    holidayCalendar: defaultHolidayCalendarKind(normalised),
    notes: 'No rule on file for this jurisdiction: system defaults, not a statement of the local rules. Add the jurisdiction rule.',
  };
}

/** The seeded rule of a jurisdiction, or the default for one without a seed. */
export function jurisdictionRuleSeedFor(code: string): JurisdictionRuleSeed {
  const normalised = code.trim().toUpperCase();
  return JURISDICTION_RULE_SEEDS.find((rule) => rule.code === normalised) ?? defaultJurisdictionRule(normalised);
}

/**
 * A rule as it is written: a seed, or what an administrator sends (createJurisdictionRule, updateJurisdictionRule),
 * whose notes are optional and whose lists are checked as sent.
 */
export type JurisdictionRuleDraft = Omit<JurisdictionRuleSeed, 'notes' | 'reportRecipients' | 'requiredCredentialKinds'> & {
  notes: string | null;
  reportRecipients: readonly string[];
  requiredCredentialKinds: readonly string[];
};

/** One inconsistency of a rule, at the property it is about (`requiredCredentialKinds.1` for a list item). */
export interface JurisdictionRuleProblem {
  field: string;
  message: string;
}

const DAY_COUNT_UNIT_FIELDS = ['noticeLeadUnit', 'reportDueUnit', 'claimantChoiceUnit', 'strikeUnit'] as const;

/**
 * Internal consistency of a rule, each problem at its field (empty when consistent): what a rule written through
 * the API is refused for, and the first part of jurisdictionRuleProblems.
 */
export function jurisdictionRuleFieldProblems(rule: JurisdictionRuleDraft): JurisdictionRuleProblem[] {
  const problems: JurisdictionRuleProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const wholeOrNull = (field: keyof JurisdictionRuleDraft & string, value: number | null, min: number) => {
    if (value !== null && !(Number.isInteger(value) && value >= min)) add(field, `${field} must be a whole number of at least ${min}`);
  };
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(rule.code)) add('code', `code ${rule.code} is not an ISO 3166-2 subdivision code`);
  if (!rule.name.trim()) add('name', 'name is blank');
  wholeOrNull('noticeLeadDays', rule.noticeLeadDays, 0);
  wholeOrNull('reportDueDays', rule.reportDueDays, 1);
  wholeOrNull('reportDueDaysOutOfState', rule.reportDueDaysOutOfState, 1);
  wholeOrNull('claimantChoiceDays', rule.claimantChoiceDays, 1);
  wholeOrNull('strikeDays', rule.strikeDays, 1);
  wholeOrNull('recordsServiceDays', rule.recordsServiceDays, 1);
  wholeOrNull('schedulingWindowDays', rule.schedulingWindowDays, 1);
  wholeOrNull('schedulingWindowExtendedDays', rule.schedulingWindowExtendedDays, 1);
  if (!Number.isInteger(rule.panelSize) || rule.panelSize < 1) add('panelSize', 'panelSize must be a whole number of at least 1');
  else if (rule.panelRequired && rule.panelSize < 2) add('panelSize', 'a required panel needs at least 2 examiners to choose from');
  if (rule.reportDueDaysOutOfState !== null && (rule.reportDueDays === null || rule.reportDueDaysOutOfState < rule.reportDueDays)) {
    add('reportDueDaysOutOfState', 'reportDueDaysOutOfState needs reportDueDays and cannot be shorter');
  }
  if (rule.schedulingWindowExtendedDays !== null && (rule.schedulingWindowDays === null || rule.schedulingWindowExtendedDays < rule.schedulingWindowDays)) {
    add('schedulingWindowExtendedDays', 'schedulingWindowExtendedDays needs schedulingWindowDays and cannot be shorter');
  }
  // The panel periods (Labor Code §§4062.1(c), 4062.2(c)) run only on a required panel; elsewhere they would be stored and never used.
  if (rule.claimantChoiceDays !== null && !rule.panelRequired) add('claimantChoiceDays', 'claimantChoiceDays only applies where a panel is required (panelRequired: true)');
  if (rule.strikeDays !== null && !rule.panelRequired) add('strikeDays', 'strikeDays only applies where a panel is required (panelRequired: true)');
  if (rule.noticeLeadDays !== null && rule.schedulingWindowDays !== null && rule.noticeLeadDays >= rule.schedulingWindowDays) {
    add('noticeLeadDays', 'the notice lead time leaves no room in the scheduling window');
  }
  for (const field of DAY_COUNT_UNIT_FIELDS) {
    if (!(DAY_COUNT_UNITS as readonly string[]).includes(rule[field])) add(field, `unknown day-count unit ${rule[field]}`);
  }
  if (rule.reportRecipients.length === 0) add('reportRecipients', 'At least one report recipient is required');
  if (new Set(rule.reportRecipients).size !== rule.reportRecipients.length) add('reportRecipients', 'reportRecipients lists a recipient twice');
  if (rule.reportRecipients.some((r) => !(REPORT_RECIPIENTS as readonly string[]).includes(r))) add('reportRecipients', 'reportRecipients has an unknown recipient');
  rule.requiredCredentialKinds.forEach((kind, i) => {
    // The medical licence is always required (docs/rules.md, eligibility): a rule lists only the kinds beyond it.
    if (!isRequiredCredentialKind(kind)) {
      add(
        `requiredCredentialKinds.${i}`,
        `${kind} is not a credential kind a jurisdiction can require (an unknown kind: the medical licence is always required and is not listed); use one of ${REQUIRED_CREDENTIAL_KINDS.join(', ')}`,
      );
    }
  });
  if (!(HOLIDAY_CALENDAR_KINDS as readonly string[]).includes(rule.holidayCalendar)) add('holidayCalendar', `unknown holiday calendar ${rule.holidayCalendar}`);
  return problems;
}

/**
 * Everything wrong with a seeded rule, as a list of problems (empty when sound): its consistency
 * (jurisdictionRuleFieldProblems), and what a seed must also say: the client's and the claimant's copies, which
 * the report goes to everywhere, listed, and where its values come from.
 */
export function jurisdictionRuleProblems(rule: JurisdictionRuleSeed): string[] {
  const problems = jurisdictionRuleFieldProblems(rule).map((p) => p.message);
  // Claimant right to a copy of the report (docs/rules.md, claimant rights) holds in every jurisdiction.
  for (const needed of ['CLIENT', 'CLAIMANT'] as const) {
    if (!rule.reportRecipients.includes(needed)) problems.push(`reportRecipients must include ${needed}`);
  }
  if (!rule.notes.trim()) problems.push('notes must say where the values come from');
  return problems;
}

import { defineEnum } from '@imepanel/runtime';
import { CASE_PARTIES, LINES_OF_BUSINESS, REPORT_RECIPIENTS, type CaseParty as CasePartyValue, type LineOfBusiness as LineOfBusinessValue, type ReportRecipient as ReportRecipientValue } from '@imepanel/runtime/vocabulary';
import { registerEnumType } from 'type-graphql';
import type { CaseEventType as DomainCaseEventType } from '../domain/case-lifecycle';

/** Enumerations of the cases subgraph, as plain objects whose values are the domain's string literals. */
export const ClientKind = {
  INSURER: 'INSURER',
  EMPLOYER: 'EMPLOYER',
  TPA: 'TPA',
  ATTORNEY: 'ATTORNEY',
  BOARD: 'BOARD',
  OTHER: 'OTHER',
} as const;
export type ClientKind = (typeof ClientKind)[keyof typeof ClientKind];
registerEnumType(ClientKind, { name: 'ClientKind', description: 'The kind of organisation ordering IMEs' });

/** The runtime's vocabulary (the reports subgraph copies it onto each report). */
export const LineOfBusiness = defineEnum('LineOfBusiness', LINES_OF_BUSINESS);
export type LineOfBusiness = LineOfBusinessValue;

export const ImeReason = {
  CAUSATION: 'CAUSATION',
  EXTENT_OF_INJURY: 'EXTENT_OF_INJURY',
  TREATMENT_NEED: 'TREATMENT_NEED',
  WORK_CAPACITY: 'WORK_CAPACITY',
  IMPAIRMENT_RATING: 'IMPAIRMENT_RATING',
  MMI: 'MMI',
  SECOND_OPINION: 'SECOND_OPINION',
  DISPUTE_RESOLUTION: 'DISPUTE_RESOLUTION',
} as const;
export type ImeReason = (typeof ImeReason)[keyof typeof ImeReason];
registerEnumType(ImeReason, { name: 'ImeReason', description: 'The question an IME is ordered to answer' });

export const CaseStatus = {
  REQUESTED: 'REQUESTED',
  PANEL_PROPOSED: 'PANEL_PROPOSED',
  ASSIGNED: 'ASSIGNED',
  SCHEDULED: 'SCHEDULED',
  EXAMINED: 'EXAMINED',
  REPORTED: 'REPORTED',
  CLOSED: 'CLOSED',
  CANCELLED: 'CANCELLED',
  NO_SHOW: 'NO_SHOW',
} as const;
export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus];
registerEnumType(CaseStatus, { name: 'CaseStatus' });

/** The documented timeline event types (domain/case-lifecycle.ts); the database refuses any other value. */
export const CaseEventType = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  PANEL_PROPOSED: 'PANEL_PROPOSED',
  PANEL_MEMBER_STRUCK: 'PANEL_MEMBER_STRUCK',
  ASSIGNED: 'ASSIGNED',
  SCHEDULED: 'SCHEDULED',
  NOTICE_SERVED: 'NOTICE_SERVED',
  EXAMINED: 'EXAMINED',
  NO_SHOW: 'NO_SHOW',
  REPORTED: 'REPORTED',
  CLOSED: 'CLOSED',
  CANCELLED: 'CANCELLED',
} as const satisfies { [K in DomainCaseEventType]: K };
export type CaseEventType = (typeof CaseEventType)[keyof typeof CaseEventType];
registerEnumType(CaseEventType, {
  name: 'CaseEventType',
  description: "What one entry of a case's timeline records (docs/rules.md, \"Case lifecycle\")",
  valuesConfig: {
    CREATED: { description: 'The referral was received: the case is REQUESTED' },
    UPDATED: { description: 'Referral details were corrected; the note names the fields changed, never their values' },
    PANEL_PROPOSED: { description: 'A panel of eligible examiners was drawn (proposePanel); any open panel was superseded' },
    PANEL_MEMBER_STRUCK: { description: 'A party struck an examiner from the open panel (strikePanelMember)' },
    ASSIGNED: { description: 'An examiner was assigned, directly (assignExaminer) or selected from the panel (selectPanelMember)' },
    SCHEDULED: { description: 'The exam was booked, or re-booked (the note gives the previous time) (scheduleExam)' },
    NOTICE_SERVED: { description: 'The claimant was served the notice of the booked exam (serveNotice)' },
    EXAMINED: { description: 'The exam took place (markExamined)' },
    NO_SHOW: { description: 'A party did not appear for the exam (markNoShow)' },
    REPORTED: { description: 'The final IME report was issued (markCaseReported)' },
    CLOSED: { description: 'The final report reached the client and the claimant, and the case closed (closeCase)' },
    CANCELLED: { description: 'The case was cancelled, with the reason and the party at fault (cancelCase)' },
  },
});

export const CasePriority = { ROUTINE: 'ROUTINE', EXPEDITED: 'EXPEDITED', URGENT: 'URGENT' } as const;
export type CasePriority = (typeof CasePriority)[keyof typeof CasePriority];
registerEnumType(CasePriority, { name: 'CasePriority' });

export const ExamFormat = { IN_PERSON: 'IN_PERSON', TELEHEALTH: 'TELEHEALTH' } as const;
export type ExamFormat = (typeof ExamFormat)[keyof typeof ExamFormat];
registerEnumType(ExamFormat, { name: 'ExamFormat' });

/** Who caused a cancellation or a no-show (for charging and for the examiner's reliability metric): the runtime's vocabulary. */
export const CaseParty = defineEnum('CaseParty', CASE_PARTIES);
export type CaseParty = CasePartyValue;

export const DayCountUnit = { BUSINESS_DAYS: 'BUSINESS_DAYS', CALENDAR_DAYS: 'CALENDAR_DAYS' } as const;
export type DayCountUnit = (typeof DayCountUnit)[keyof typeof DayCountUnit];
registerEnumType(DayCountUnit, { name: 'DayCountUnit' });

/** The runtime's vocabulary (the reports subgraph records deliveries to them). */
export const ReportRecipient = defineEnum('ReportRecipient', REPORT_RECIPIENTS);
export type ReportRecipient = ReportRecipientValue;

export const PanelStrategy = { RANDOM: 'RANDOM', BALANCED: 'BALANCED' } as const;
export type PanelStrategy = (typeof PanelStrategy)[keyof typeof PanelStrategy];
registerEnumType(PanelStrategy, {
  name: 'PanelStrategy',
  description: 'RANDOM: uniform draw (the regulatory default). BALANCED: reputation-weighted, skipping overloaded examiners',
});

export const PanelStatus = { OPEN: 'OPEN', SELECTED: 'SELECTED', SUPERSEDED: 'SUPERSEDED' } as const;
export type PanelStatus = (typeof PanelStatus)[keyof typeof PanelStatus];
registerEnumType(PanelStatus, { name: 'PanelStatus' });

export const AppointmentStatus = {
  SCHEDULED: 'SCHEDULED',
  COMPLETED: 'COMPLETED',
  NO_SHOW: 'NO_SHOW',
  CANCELLED: 'CANCELLED',
  RESCHEDULED: 'RESCHEDULED',
} as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });

export const NoticeMethod = { MAIL: 'MAIL', EMAIL: 'EMAIL', HAND_DELIVERY: 'HAND_DELIVERY', PORTAL: 'PORTAL' } as const;
export type NoticeMethod = (typeof NoticeMethod)[keyof typeof NoticeMethod];
registerEnumType(NoticeMethod, { name: 'NoticeMethod' });


/** Which holidays a jurisdiction's calendar is computed from (docs/rules.md, "Holidays"). */
export const HolidayCalendarKind = { US_FEDERAL: 'US_FEDERAL', NONE: 'NONE' } as const;
export type HolidayCalendarKind = (typeof HolidayCalendarKind)[keyof typeof HolidayCalendarKind];
registerEnumType(HolidayCalendarKind, {
  name: 'HolidayCalendarKind',
  description: "US_FEDERAL: the observed US federal holidays (5 U.S.C. §6103) computed for every covered year, plus the jurisdiction's own. NONE: only the holidays administrators add",
});

/** Where a holiday on a jurisdiction's calendar comes from. */
export const HolidaySource = { US_FEDERAL: 'US_FEDERAL', ADMINISTRATOR: 'ADMINISTRATOR' } as const;
export type HolidaySource = (typeof HolidaySource)[keyof typeof HolidaySource];
registerEnumType(HolidaySource, { name: 'HolidaySource', description: 'US_FEDERAL: computed (5 U.S.C. §6103, observed dates). ADMINISTRATOR: added by an administrator' });

/** How the evaluator comes out of a panel (docs/rules.md, "Panels"). */
export const PanelProcedure = { UNRESTRICTED: 'UNRESTRICTED', CLAIMANT_CHOICE: 'CLAIMANT_CHOICE', PARTY_STRIKES: 'PARTY_STRIKES' } as const;
export type PanelProcedure = (typeof PanelProcedure)[keyof typeof PanelProcedure];
registerEnumType(PanelProcedure, {
  name: 'PanelProcedure',
  description:
    'UNRESTRICTED: no panel rule in the jurisdiction; any party may strike (one per side) or select. ' +
    'CLAIMANT_CHOICE: an unrepresented claimant chooses within the choice period, then the client may (CA Labor Code §4062.1(c), 8 CCR §31.3). ' +
    'PARTY_STRIKES: a represented case; each side may strike one within the strike period, the one left is the evaluator, and a side that does not strike in time lets the other choose (CA Labor Code §4062.2(c))',
});

/** Why the party that selected the evaluator was allowed to. */
export const PanelSelectionBasis = {
  PARTY_CHOICE: 'PARTY_CHOICE',
  CLAIMANT_CHOICE: 'CLAIMANT_CHOICE',
  CHOICE_PERIOD_LAPSED: 'CHOICE_PERIOD_LAPSED',
  REMAINING_AFTER_STRIKES: 'REMAINING_AFTER_STRIKES',
  STRIKE_PERIOD_LAPSED: 'STRIKE_PERIOD_LAPSED',
} as const;
export type PanelSelectionBasis = (typeof PanelSelectionBasis)[keyof typeof PanelSelectionBasis];
registerEnumType(PanelSelectionBasis, {
  name: 'PanelSelectionBasis',
  description:
    'PARTY_CHOICE: no panel rule applies. CLAIMANT_CHOICE: the unrepresented claimant chose. CHOICE_PERIOD_LAPSED: the claimant did not choose in time, so the client chose. ' +
    'REMAINING_AFTER_STRIKES: the examiner left once the sides struck. STRIKE_PERIOD_LAPSED: a side did not strike in time, so the other side chose',
});

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

export const LineOfBusiness = {
  WORKERS_COMP: 'WORKERS_COMP',
  AUTO: 'AUTO',
  DISABILITY: 'DISABILITY',
  LIABILITY: 'LIABILITY',
  OTHER: 'OTHER',
} as const;
export type LineOfBusiness = (typeof LineOfBusiness)[keyof typeof LineOfBusiness];
registerEnumType(LineOfBusiness, { name: 'LineOfBusiness' });

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

/** Who caused a cancellation or a no-show (for charging and for the examiner's reliability metric). */
export const CaseParty = {
  CLAIMANT: 'CLAIMANT',
  CLIENT: 'CLIENT',
  EXAMINER: 'EXAMINER',
  ATTORNEY: 'ATTORNEY',
  ADMIN: 'ADMIN',
  OTHER: 'OTHER',
} as const;
export type CaseParty = (typeof CaseParty)[keyof typeof CaseParty];
registerEnumType(CaseParty, { name: 'CaseParty' });

export const DayCountUnit = { BUSINESS_DAYS: 'BUSINESS_DAYS', CALENDAR_DAYS: 'CALENDAR_DAYS' } as const;
export type DayCountUnit = (typeof DayCountUnit)[keyof typeof DayCountUnit];
registerEnumType(DayCountUnit, { name: 'DayCountUnit' });

export const ReportRecipient = {
  CLIENT: 'CLIENT',
  CLAIMANT: 'CLAIMANT',
  CLAIMANT_REPRESENTATIVE: 'CLAIMANT_REPRESENTATIVE',
  TREATING_PHYSICIAN: 'TREATING_PHYSICIAN',
  BOARD: 'BOARD',
} as const;
export type ReportRecipient = (typeof ReportRecipient)[keyof typeof ReportRecipient];
registerEnumType(ReportRecipient, { name: 'ReportRecipient' });

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


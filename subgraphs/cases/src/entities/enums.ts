import { defineEnum, type EnumValue } from '@imepanel/runtime';
import { DAY_COUNT_UNITS } from '@imepanel/runtime/calendar';
import { CASE_PARTIES, IME_REASONS, LINES_OF_BUSINESS, REPORT_RECIPIENTS } from '@imepanel/runtime/vocabulary';
import { CASE_EVENT_TYPES, CASE_STATUSES } from '../domain/case-lifecycle';
import { HOLIDAY_CALENDAR_KINDS } from '../domain/holiday-calendar';
import { PANEL_PROCEDURES, PANEL_SELECTION_BASES } from '../domain/panel-choice';
import { PANEL_STRATEGIES } from '../domain/panel-draw';
import { CASE_DOCUMENT_KINDS, CASE_DOCUMENT_STATUSES } from '../domain/records-release';
import { CUSTODY_ENTRY_KINDS } from '../domain/custody-chain';
import { CLAIMANT_ACCESS_STATUSES, CLAIMANT_PARTIES } from '../domain/claimant-access';
import { CLAIMANT_REQUEST_KINDS, CLAIMANT_REQUEST_STATUSES } from '../domain/claimant-rights';

/**
 * The cases subgraph's vocabularies as GraphQL enums and ORM check constraints, each registered once: the domain's
 * and the runtime's `as const` lists (`CaseStatus.CLOSED` is the domain's 'CLOSED'), and the lists only the
 * records name, written here.
 */

export const ClientKind = defineEnum('ClientKind', ['INSURER', 'EMPLOYER', 'TPA', 'ATTORNEY', 'BOARD', 'OTHER'], { description: 'The kind of organisation ordering IMEs' });
export type ClientKind = EnumValue<typeof ClientKind>;

/** The runtime's vocabulary (the reports subgraph copies it onto each report). */
export const LineOfBusiness = defineEnum('LineOfBusiness', LINES_OF_BUSINESS);
export type LineOfBusiness = EnumValue<typeof LineOfBusiness>;

export const ImeReason = defineEnum('ImeReason', IME_REASONS, { description: 'The question an IME is ordered to answer' });
export type ImeReason = EnumValue<typeof ImeReason>;

/** The case lifecycle's statuses (domain/case-lifecycle.ts). */
export const CaseStatus = defineEnum('CaseStatus', CASE_STATUSES);
export type CaseStatus = EnumValue<typeof CaseStatus>;

/** The documented timeline event types (domain/case-lifecycle.ts); the database refuses any other value. */
export const CaseEventType = defineEnum('CaseEventType', CASE_EVENT_TYPES, {
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
    CLAIMANT_ACCESS_ISSUED: { description: 'A claimant portal link was issued to the claimant or the representative (issueClaimantAccess, serveNotice)' },
    CLAIMANT_ACCESS_REVOKED: { description: 'A claimant portal link was turned off (revokeClaimantAccess)' },
    NOTICE_ACKNOWLEDGED: { description: 'The claimant (or representative) acknowledged the notice in the portal (acknowledgeNotice)' },
    CLAIMANT_REQUEST_MADE: { description: 'The claimant asked for an interpreter, an accommodation, an observer, a recording or a new date (makeClaimantRequest)' },
    CLAIMANT_REQUEST_ANSWERED: { description: "The client or an administrator answered the claimant's request (answerClaimantRequest)" },
    CLAIMANT_FEEDBACK_GIVEN: { description: 'The claimant gave feedback on the exam (giveExamFeedback); its answers are not on the timeline' },
    CLAIMANT_COMPLAINT_FILED: { description: 'The claimant made a complaint about the exam (fileComplaint); its text is not on the timeline' },
  },
});
export type CaseEventType = EnumValue<typeof CaseEventType>;

export const CasePriority = defineEnum('CasePriority', ['ROUTINE', 'EXPEDITED', 'URGENT']);
export type CasePriority = EnumValue<typeof CasePriority>;

export const ExamFormat = defineEnum('ExamFormat', ['IN_PERSON', 'TELEHEALTH']);
export type ExamFormat = EnumValue<typeof ExamFormat>;

/** Who caused a cancellation or a no-show (for charging and for the examiner's reliability metric): the runtime's vocabulary. */
export const CaseParty = defineEnum('CaseParty', CASE_PARTIES);
export type CaseParty = EnumValue<typeof CaseParty>;

/** How a period is counted (the runtime's business-day calendar). */
export const DayCountUnit = defineEnum('DayCountUnit', DAY_COUNT_UNITS);
export type DayCountUnit = EnumValue<typeof DayCountUnit>;

/** The runtime's vocabulary (the reports subgraph records deliveries to them). */
export const ReportRecipient = defineEnum('ReportRecipient', REPORT_RECIPIENTS);
export type ReportRecipient = EnumValue<typeof ReportRecipient>;

/** How a panel is drawn (domain/panel-draw.ts). */
export const PanelStrategy = defineEnum('PanelStrategy', PANEL_STRATEGIES, {
  description: 'RANDOM: uniform draw (the regulatory default). BALANCED: reputation-weighted, skipping overloaded examiners',
});
export type PanelStrategy = EnumValue<typeof PanelStrategy>;

export const PanelStatus = defineEnum('PanelStatus', ['OPEN', 'SELECTED', 'SUPERSEDED']);
export type PanelStatus = EnumValue<typeof PanelStatus>;

export const AppointmentStatus = defineEnum('AppointmentStatus', ['SCHEDULED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'RESCHEDULED']);
export type AppointmentStatus = EnumValue<typeof AppointmentStatus>;

export const NoticeMethod = defineEnum('NoticeMethod', ['MAIL', 'EMAIL', 'HAND_DELIVERY', 'PORTAL']);
export type NoticeMethod = EnumValue<typeof NoticeMethod>;

/** Which holidays a jurisdiction's calendar is computed from (docs/rules.md, "Holidays"; domain/holiday-calendar.ts). */
export const HolidayCalendarKind = defineEnum('HolidayCalendarKind', HOLIDAY_CALENDAR_KINDS, {
  description: "US_FEDERAL: the observed US federal holidays (5 U.S.C. §6103) computed for every covered year, plus the jurisdiction's own. NONE: only the holidays administrators add",
});
export type HolidayCalendarKind = EnumValue<typeof HolidayCalendarKind>;

/** Where a holiday on a jurisdiction's calendar comes from. */
export const HolidaySource = defineEnum('HolidaySource', ['US_FEDERAL', 'ADMINISTRATOR'], {
  description: 'US_FEDERAL: computed (5 U.S.C. §6103, observed dates). ADMINISTRATOR: added by an administrator',
});
export type HolidaySource = EnumValue<typeof HolidaySource>;

/** How the evaluator comes out of a panel (docs/rules.md, "Panels"; domain/panel-choice.ts). */
export const PanelProcedure = defineEnum('PanelProcedure', PANEL_PROCEDURES, {
  description:
    'UNRESTRICTED: no panel rule in the jurisdiction; any party may strike (one per side) or select. ' +
    'CLAIMANT_CHOICE: an unrepresented claimant chooses within the choice period, then the client may (CA Labor Code §4062.1(c), 8 CCR §31.3). ' +
    'PARTY_STRIKES: a represented case; each side may strike one within the strike period, the one left is the evaluator, and a side that does not strike in time lets the other choose (CA Labor Code §4062.2(c))',
});
export type PanelProcedure = EnumValue<typeof PanelProcedure>;

/** Why the party that selected the evaluator was allowed to (domain/panel-choice.ts). */
export const PanelSelectionBasis = defineEnum('PanelSelectionBasis', PANEL_SELECTION_BASES, {
  description:
    'PARTY_CHOICE: no panel rule applies. CLAIMANT_CHOICE: the unrepresented claimant chose. CHOICE_PERIOD_LAPSED: the claimant did not choose in time, so the client chose. ' +
    'REMAINING_AFTER_STRIKES: the examiner left once the sides struck. STRIKE_PERIOD_LAPSED: a side did not strike in time, so the other side chose',
});
export type PanelSelectionBasis = EnumValue<typeof PanelSelectionBasis>;

/** What a document of a case is (records intake, docs/documents.md). */
export const CaseDocumentKind = defineEnum('CaseDocumentKind', CASE_DOCUMENT_KINDS, {
  description: 'What a document of a case is (docs/documents.md, "Records intake")',
  valuesConfig: {
    REFERRAL: { description: 'The referral letter and questions' },
    MEDICAL_RECORD: { description: 'Treatment records of the claimant' },
    IMAGING_REPORT: { description: 'Radiology and other imaging reports' },
    PRIOR_IME: { description: 'An earlier IME or QME report' },
    CORRESPONDENCE: { description: 'Letters between the parties and the examiner' },
    NOTICE: { description: 'The notice of examination as served, generated by the platform' },
  },
});
export type CaseDocumentKind = EnumValue<typeof CaseDocumentKind>;

export const CaseDocumentStatus = defineEnum('CaseDocumentStatus', CASE_DOCUMENT_STATUSES, { description: 'PENDING until the bytes arrive through the upload link' });
export type CaseDocumentStatus = EnumValue<typeof CaseDocumentStatus>;

export const CustodyEntryKind = defineEnum('CustodyEntryKind', CUSTODY_ENTRY_KINDS, { description: 'What a link of the chain of custody is about' });
export type CustodyEntryKind = EnumValue<typeof CustodyEntryKind>;

/** Who a claimant portal link is for (domain/claimant-access.ts). */
export const ClaimantParty = defineEnum('ClaimantParty', CLAIMANT_PARTIES, { description: "The claimant, or the claimant's representative (the ATTORNEY side of a panel)" });
export type ClaimantParty = EnumValue<typeof ClaimantParty>;

export const ClaimantAccessStatus = defineEnum('ClaimantAccessStatus', CLAIMANT_ACCESS_STATUSES, {
  description: 'ACTIVE: works. LOCKED: too many wrong dates of birth or codes (reissue it). REVOKED: turned off or replaced. EXPIRED: past its validity',
});
export type ClaimantAccessStatus = EnumValue<typeof ClaimantAccessStatus>;

export const ClaimantRequestKind = defineEnum('ClaimantRequestKind', CLAIMANT_REQUEST_KINDS, { description: 'What a claimant asks for in the portal (docs/claimant-portal.md)' });
export type ClaimantRequestKind = EnumValue<typeof ClaimantRequestKind>;

export const ClaimantRequestStatus = defineEnum('ClaimantRequestStatus', CLAIMANT_REQUEST_STATUSES, { description: 'OPEN until the client or an administrator answers' });
export type ClaimantRequestStatus = EnumValue<typeof ClaimantRequestStatus>;

import { defineEnum } from '@imepanel/runtime';
import { LINES_OF_BUSINESS, REPORT_RECIPIENTS, type LineOfBusiness as LineOfBusinessValue, type ReportRecipient as ReportRecipientValue } from '@imepanel/runtime/vocabulary';
import { registerEnumType } from 'type-graphql';

/** Enumerations of the reports subgraph, as plain objects whose values are the domain's string literals. */
export const ReportKind = { IME: 'IME', ADDENDUM: 'ADDENDUM', SUPPLEMENTAL: 'SUPPLEMENTAL' } as const;
export type ReportKind = (typeof ReportKind)[keyof typeof ReportKind];
registerEnumType(ReportKind, { name: 'ReportKind' });

export const AddendumReason = {
  LATE_RECORDS: 'LATE_RECORDS',
  QUESTION_NOT_ANSWERED: 'QUESTION_NOT_ANSWERED',
  CLIENT_REQUEST: 'CLIENT_REQUEST',
  CORRECTION: 'CORRECTION',
} as const;
export type AddendumReason = (typeof AddendumReason)[keyof typeof AddendumReason];
registerEnumType(AddendumReason, {
  name: 'AddendumReason',
  description: 'LATE_RECORDS addenda are not the examiner’s fault and do not count against reputation',
});

export const ReportStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  IN_QA: 'IN_QA',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  FINAL: 'FINAL',
  DELIVERED: 'DELIVERED',
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];
registerEnumType(ReportStatus, { name: 'ReportStatus' });

export const WorkCapacity = { FULL_DUTY: 'FULL_DUTY', MODIFIED_DUTY: 'MODIFIED_DUTY', NO_WORK: 'NO_WORK' } as const;
export type WorkCapacity = (typeof WorkCapacity)[keyof typeof WorkCapacity];
registerEnumType(WorkCapacity, { name: 'WorkCapacity' });

/** The runtime's vocabulary, which the cases subgraph's jurisdiction rules name. */
export const ReportRecipient = defineEnum('ReportRecipient', REPORT_RECIPIENTS);
export type ReportRecipient = ReportRecipientValue;

export const DeliveryMethod = { EMAIL: 'EMAIL', PORTAL: 'PORTAL', MAIL: 'MAIL', FAX: 'FAX', HAND_DELIVERY: 'HAND_DELIVERY' } as const;
export type DeliveryMethod = (typeof DeliveryMethod)[keyof typeof DeliveryMethod];
registerEnumType(DeliveryMethod, { name: 'DeliveryMethod' });

export const QaOutcome = { PASSED: 'PASSED', CHANGES_REQUESTED: 'CHANGES_REQUESTED' } as const;
export type QaOutcome = (typeof QaOutcome)[keyof typeof QaOutcome];
registerEnumType(QaOutcome, { name: 'QaOutcome' });

/** The case's line of business, copied onto the report: the runtime's vocabulary, as the cases subgraph's. */
export const LineOfBusiness = defineEnum('LineOfBusiness', LINES_OF_BUSINESS);
export type LineOfBusiness = LineOfBusinessValue;

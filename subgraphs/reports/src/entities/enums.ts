import { defineEnum } from '@imepanel/runtime';
import {
  ADDENDUM_REASONS,
  DELIVERY_METHODS,
  LINES_OF_BUSINESS,
  QA_OUTCOMES,
  REPORT_KINDS,
  REPORT_RECIPIENTS,
  REPORT_STATUSES,
  WORK_CAPACITIES,
  type AddendumReason as AddendumReasonValue,
  type DeliveryMethod as DeliveryMethodValue,
  type LineOfBusiness as LineOfBusinessValue,
  type QaOutcome as QaOutcomeValue,
  type ReportKind as ReportKindValue,
  type ReportRecipient as ReportRecipientValue,
  type ReportStatus as ReportStatusValue,
  type WorkCapacity as WorkCapacityValue,
} from '../domain/enums';

/**
 * The reports subgraph's vocabularies (domain/enums.ts) as GraphQL enums and ORM check constraints, each
 * registered once: `ReportStatus.FINAL` is the domain's 'FINAL'.
 */
export const ReportKind = defineEnum('ReportKind', REPORT_KINDS);
export type ReportKind = ReportKindValue;

export const AddendumReason = defineEnum('AddendumReason', ADDENDUM_REASONS, {
  description: 'LATE_RECORDS addenda are not the examiner’s fault and do not count against reputation',
});
export type AddendumReason = AddendumReasonValue;

export const ReportStatus = defineEnum('ReportStatus', REPORT_STATUSES);
export type ReportStatus = ReportStatusValue;

export const WorkCapacity = defineEnum('WorkCapacity', WORK_CAPACITIES);
export type WorkCapacity = WorkCapacityValue;

/** The runtime's vocabulary, which the cases subgraph's jurisdiction rules name. */
export const ReportRecipient = defineEnum('ReportRecipient', REPORT_RECIPIENTS);
export type ReportRecipient = ReportRecipientValue;

export const DeliveryMethod = defineEnum('DeliveryMethod', DELIVERY_METHODS);
export type DeliveryMethod = DeliveryMethodValue;

export const QaOutcome = defineEnum('QaOutcome', QA_OUTCOMES);
export type QaOutcome = QaOutcomeValue;

/** The case's line of business, copied onto the report: the runtime's vocabulary, as the cases subgraph's. */
export const LineOfBusiness = defineEnum('LineOfBusiness', LINES_OF_BUSINESS);
export type LineOfBusiness = LineOfBusinessValue;

import { defineEnum, type EnumValue } from '@imepanel/runtime';
import {
  ADDENDUM_REASONS,
  DELIVERY_METHODS,
  LINES_OF_BUSINESS,
  QA_OUTCOMES,
  REPORT_KINDS,
  REPORT_RECIPIENTS,
  REPORT_STATUSES,
  WORK_CAPACITIES,
} from '../domain/enums';
import { REPORT_VERSION_EVENTS } from '../domain/report-diff';

/**
 * The reports subgraph's vocabularies (domain/enums.ts) as GraphQL enums and ORM check constraints, each
 * registered once: `ReportStatus.FINAL` is the domain's 'FINAL'.
 */
export const ReportKind = defineEnum('ReportKind', REPORT_KINDS);
export type ReportKind = EnumValue<typeof ReportKind>;

export const AddendumReason = defineEnum('AddendumReason', ADDENDUM_REASONS, {
  description: 'LATE_RECORDS addenda are not the examiner’s fault and do not count against reputation',
});
export type AddendumReason = EnumValue<typeof AddendumReason>;

export const ReportStatus = defineEnum('ReportStatus', REPORT_STATUSES);
export type ReportStatus = EnumValue<typeof ReportStatus>;

export const WorkCapacity = defineEnum('WorkCapacity', WORK_CAPACITIES);
export type WorkCapacity = EnumValue<typeof WorkCapacity>;

/** The runtime's vocabulary, which the cases subgraph's jurisdiction rules name. */
export const ReportRecipient = defineEnum('ReportRecipient', REPORT_RECIPIENTS);
export type ReportRecipient = EnumValue<typeof ReportRecipient>;

export const DeliveryMethod = defineEnum('DeliveryMethod', DELIVERY_METHODS);
export type DeliveryMethod = EnumValue<typeof DeliveryMethod>;

export const QaOutcome = defineEnum('QaOutcome', QA_OUTCOMES);
export type QaOutcome = EnumValue<typeof QaOutcome>;

/** The case's line of business, copied onto the report: the runtime's vocabulary, as the cases subgraph's. */
export const LineOfBusiness = defineEnum('LineOfBusiness', LINES_OF_BUSINESS);
export type LineOfBusiness = EnumValue<typeof LineOfBusiness>;

/** What a report version records (domain/report-diff.ts). */
export const ReportVersionEvent = defineEnum('ReportVersionEvent', REPORT_VERSION_EVENTS);
export type ReportVersionEvent = EnumValue<typeof ReportVersionEvent>;

import { statsDimensionEnum, statsDimensions, type StatsColumns, type StatsDimension } from '@imepanel/runtime';

/** What report statistics can be grouped by (one or two at a time). Periods are of the exam date. */
export const ReportStatsDimension = statsDimensionEnum(
  'ReportStatsDimension',
  'A dimension report statistics are grouped by; MONTH and WEEK are of the exam date, STATUS is the report status',
);
export type ReportStatsDimension = StatsDimension;

/**
 * The columns of `reports.report r` that report statistics filter and group by: the case facts copied onto
 * the report when it was started, so report statistics never read the cases subgraph's tables.
 */
export const REPORT_STATS_COLUMNS: StatsColumns = {
  period: { date: 'r.exam_date' },
  status: 'r.status',
  jurisdiction: 'r.jurisdiction',
  lineOfBusiness: 'r.line_of_business',
  specialtyCode: 'r.specialty_code',
  clientId: 'r.client_id',
  examinerId: 'r.examiner_id',
};

/** Each dimension as SQL over `reports.report r`, and the group field its key lands in. */
export const REPORT_STATS_DIMENSIONS = statsDimensions(REPORT_STATS_COLUMNS);

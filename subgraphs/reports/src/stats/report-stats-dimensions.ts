import { monthOf, weekOf, type StatsDimensionSql } from '@imepanel/runtime';
import { registerEnumType } from 'type-graphql';

/** What report statistics can be grouped by (one or two at a time). Periods are of the exam date. */
export const ReportStatsDimension = {
  MONTH: 'MONTH',
  WEEK: 'WEEK',
  STATUS: 'STATUS',
  JURISDICTION: 'JURISDICTION',
  LINE_OF_BUSINESS: 'LINE_OF_BUSINESS',
  SPECIALTY: 'SPECIALTY',
  CLIENT: 'CLIENT',
  EXAMINER: 'EXAMINER',
} as const;
export type ReportStatsDimension = (typeof ReportStatsDimension)[keyof typeof ReportStatsDimension];
registerEnumType(ReportStatsDimension, {
  name: 'ReportStatsDimension',
  description: 'A dimension report statistics are grouped by; MONTH and WEEK are of the exam date, STATUS is the report status',
});

export type ReportStatsKeyField = 'month' | 'week' | 'status' | 'jurisdiction' | 'lineOfBusiness' | 'specialtyCode' | 'clientId' | 'examinerId';

/**
 * Each dimension as SQL over `reports.report r`, using the case facts copied onto the report when it was
 * started, so report statistics never read the cases subgraph's tables.
 */
export const REPORT_STATS_DIMENSIONS: Record<ReportStatsDimension, StatsDimensionSql & { field: ReportStatsKeyField }> = {
  MONTH: { ...monthOf({ date: 'r.exam_date' }), field: 'month' },
  WEEK: { ...weekOf({ date: 'r.exam_date' }), field: 'week' },
  STATUS: { group: 'r.status', field: 'status' },
  JURISDICTION: { group: 'r.jurisdiction', field: 'jurisdiction' },
  LINE_OF_BUSINESS: { group: 'r.line_of_business', field: 'lineOfBusiness' },
  SPECIALTY: { group: 'r.specialty_code', field: 'specialtyCode' },
  CLIENT: { group: 'r.client_id', field: 'clientId' },
  EXAMINER: { group: 'r.examiner_id', field: 'examinerId' },
};

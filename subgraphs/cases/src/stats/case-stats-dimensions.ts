import { statsDimensionEnum, statsDimensions, type StatsColumns, type StatsDimension } from '@imepanel/runtime';

/** What case statistics can be grouped by (one or two at a time). Periods are of the request date, in UTC. */
export const CaseStatsDimension = statsDimensionEnum(
  'CaseStatsDimension',
  'A dimension case statistics are grouped by; MONTH and WEEK are of the request date (UTC)',
);
export type CaseStatsDimension = StatsDimension;

/**
 * The columns of `cases.ime_case c` that case statistics filter and group by. Only de-identified columns
 * appear here: statistics rows never carry a claimant column.
 */
export const CASE_STATS_COLUMNS: StatsColumns = {
  period: { timestamptz: 'c.created_at' },
  status: 'c.status',
  jurisdiction: 'c.jurisdiction',
  lineOfBusiness: 'c.line_of_business',
  specialtyCode: 'c.required_specialty_code',
  clientId: 'c.client_id',
  examinerId: 'c.examiner_id',
};

/** Each dimension as SQL over `cases.ime_case c`, and the group field its key lands in. */
export const CASE_STATS_DIMENSIONS = statsDimensions(CASE_STATS_COLUMNS);

import { monthOf, weekOf, type StatsDimensionSql } from '@imepanel/runtime';
import { registerEnumType } from 'type-graphql';

/** What case statistics can be grouped by (one or two at a time). Periods are of the request date, in UTC. */
export const CaseStatsDimension = {
  MONTH: 'MONTH',
  WEEK: 'WEEK',
  STATUS: 'STATUS',
  JURISDICTION: 'JURISDICTION',
  LINE_OF_BUSINESS: 'LINE_OF_BUSINESS',
  SPECIALTY: 'SPECIALTY',
  CLIENT: 'CLIENT',
  EXAMINER: 'EXAMINER',
} as const;
export type CaseStatsDimension = (typeof CaseStatsDimension)[keyof typeof CaseStatsDimension];
registerEnumType(CaseStatsDimension, {
  name: 'CaseStatsDimension',
  description: 'A dimension case statistics are grouped by; MONTH and WEEK are of the request date (UTC)',
});

/** The field of a statistics group that carries each dimension's key. */
export type CaseStatsKeyField = 'month' | 'week' | 'status' | 'jurisdiction' | 'lineOfBusiness' | 'specialtyCode' | 'clientId' | 'examinerId';

/**
 * Each dimension as SQL over `cases.ime_case c`, and the group field its key lands in. Only de-identified
 * columns appear here: statistics rows never carry a claimant column.
 */
export const CASE_STATS_DIMENSIONS: Record<CaseStatsDimension, StatsDimensionSql & { field: CaseStatsKeyField }> = {
  MONTH: { ...monthOf({ timestamptz: 'c.created_at' }), field: 'month' },
  WEEK: { ...weekOf({ timestamptz: 'c.created_at' }), field: 'week' },
  STATUS: { group: 'c.status', field: 'status' },
  JURISDICTION: { group: 'c.jurisdiction', field: 'jurisdiction' },
  LINE_OF_BUSINESS: { group: 'c.line_of_business', field: 'lineOfBusiness' },
  SPECIALTY: { group: 'c.required_specialty_code', field: 'specialtyCode' },
  CLIENT: { group: 'c.client_id', field: 'clientId' },
  EXAMINER: { group: 'c.examiner_id', field: 'examinerId' },
};

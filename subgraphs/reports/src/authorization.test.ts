import { fieldsReadableBy, guardedFieldsOnSimpleTypes, operationsWithoutAuthorization } from '@imepanel/runtime';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildReportsSchema, reportsResolvers } from './schema';

/**
 * What an ANALYST reads of this subgraph, field by field (docs/security.md, "De-identified rows"): ids and codes,
 * categories, impairment figures, and dates as months only. No name of a person (reviewers, who delivered, to
 * whom), no free text (QA notes, checklist notes, clinical content), no exact date. A field added to the schema
 * fails the test below until it is listed here (a decision) or withheld (`@Authorized(...IDENTIFIED_ROW_ROLES)`).
 */
const ANALYST_FIELDS: Record<string, string[]> = {
  Report: [
    'id', 'caseId', 'case', 'examinerId', 'examiner', 'clientId', 'kind', 'parent', 'addenda', 'addendumReason', 'status', 'jurisdiction', 'specialtyCode',
    'lineOfBusiness', 'reasons', 'mmiReached', 'impairmentPercent', 'impairmentGuideEdition', 'impairmentTable', 'impairmentPage', 'workCapacity',
    'requiredRecipients', 'sameDayDelivery', 'deliveries', 'qaReviews', 'version', 'pdfSize', 'pdfPageCount',
    'examMonth', 'dueMonth', 'submittedMonth', 'finalisedMonth', 'deliveredMonth', 'mmiMonth', 'createdMonth',
  ],
  // Who received a copy by role and how, in which month; not the name delivered to nor who delivered it.
  ReportDelivery: ['id', 'recipient', 'method', 'deliveredMonth'],
  // The outcome and which checklist items passed; not the reviewer, nor any note.
  QaReview: ['id', 'outcome', 'checklist', 'reviewedMonth'],
  QaChecklistItem: ['item', 'passed'],
  Case: ['id', 'reports', 'currentReportStatus'],
  Client: ['id'],
  Examiner: ['id', 'reports', 'reportMetrics'],
  ExaminerReportMetrics: [
    'windowDays', 'reportsCounted', 'medianTurnaroundDays', 'p90TurnaroundDays', 'onTimeRate', 'qaFirstPassRate', 'addendumRate', 'addendumRateExcludingLateRecords', 'addendumRateByReason',
  ],
  ExaminerAddendumRate: ['reason', 'addenda', 'rate'],
  Specialty: ['code'],
  // Statistics (docs/statistics.md): disclosure-controlled for analysts.
  ReportStats: ['groupBy', 'overall', 'groups', 'truncated', 'suppressionApplied', 'minGroupSize', 'suppressedGroups'],
  ReportStatsGroup: [
    'month', 'week', 'status', 'jurisdiction', 'lineOfBusiness', 'specialtyCode', 'specialty', 'clientId', 'client', 'examinerId', 'examiner', 'suppressed',
    'count', 'medianTurnaroundDays', 'p90TurnaroundDays', 'onTimeRate', 'addendumRate', 'addendumRates', 'claimantCopyOnTimeRate',
  ],
  AddendumRate: ['reason', 'rate'],
  ReportPage: ['items', 'total', 'limit', 'offset', 'hasMore'],
};

const listed = () => Object.entries(ANALYST_FIELDS).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`)).sort();
const typeOf = (schema: GraphQLSchema, name: string) => {
  const [type, field] = name.split('.');
  const owner = schema.getType(type);
  return isObjectType(owner) ? getNamedType(owner.getFields()[field].type).name : '';
};

describe('authorisation of the reports subgraph', () => {
  it('declares @Authorized on every query, mutation and field resolver', async () => {
    await buildReportsSchema();
    expect(operationsWithoutAuthorization(reportsResolvers)).toEqual([]);
  });

  it('guards no field on an object type with simple resolvers (type-graphql would skip the checks there)', async () => {
    await buildReportsSchema();
    expect(guardedFieldsOnSimpleTypes()).toEqual([]);
  });

  it('lets an ANALYST reach exactly the fields decided for de-identified rows, and no exact date', async () => {
    const schema = await buildReportsSchema();
    const readable = fieldsReadableBy(schema, 'ANALYST');
    expect(readable).toEqual(listed());
    expect(readable.filter((f) => ['DateTime', 'LocalDate'].includes(typeOf(schema, f)))).toEqual([]);
  });
});

import type { RaRecord } from 'ra-core';
import { parse } from 'graphql';
import { manyQuery, mutation, oneQuery, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { changedFields, optionalNumber, optionalText, toApiFilter, toApiPage, toApiSort, type FilterRules } from './params';

const LIST_FIELDS = `id kind status caseId examinerId clientId jurisdiction specialtyCode dueDate submittedAt finalisedAt deliveredAt
  createdAt createdMonth dueMonth finalisedMonth deliveredMonth addendumReason case { id referenceNumber } examiner { id displayName }`;

// The workflow of the report; its medical content (the claimant's health data) is read separately, by roles allowed to.
const DETAIL_FIELDS = `${LIST_FIELDS} lineOfBusiness reasons examDate examMonth firstSubmittedAt claimantCopyDueAt requiredRecipients
  sameDayDelivery updatedAt version parent { id kind } addenda { id kind status addendumReason }
  deliveries { id recipient method recipientName deliveredAt deliveredMonth deliveredBy }
  qaReviews { id outcome notes reviewer reviewedAt reviewedMonth checklist { item passed note } }
  missingItems { field message } distributionIssues`;

export const REPORT_FILTERS: FilterRules = {
  caseId: { type: 'id' },
  examinerId: { type: 'id' },
  clientId: { type: 'id' },
  status: { type: 'list' },
  kind: { type: 'list' },
  jurisdiction: { type: 'list' },
  specialtyCode: { type: 'string' },
  dueBefore: { type: 'string' },
  overdue: { type: 'bool' },
};

const SORTS = { createdAt: 'CREATED_AT', dueDate: 'DUE_DATE', submittedAt: 'SUBMITTED_AT', finalisedAt: 'FINALISED_AT', status: 'STATUS' };

/** The report editor's values as the API's UpdateReportInput: every content field, blanks as null. */
export function reportContentInput(values: Record<string, any>): Record<string, unknown> {
  const list = (v: unknown): any[] => (Array.isArray(v) ? v : []);
  return {
    examStartedAt: optionalText(values.examStartedAt),
    examEndedAt: optionalText(values.examEndedAt),
    recordsReviewed: list(values.recordsReviewed).map((r) => optionalText(r)).filter((r): r is string => r !== null),
    // The case's documents marked in the editor (docs/documents.md, "The examiner's records reviewed").
    reviewedRecords: list(values.reviewedRecords).map((r) => ({ documentId: String(r.documentId), received: Boolean(r.received), reviewed: Boolean(r.reviewed), reliedOn: Boolean(r.reliedOn) })),
    history: optionalText(values.history),
    findings: optionalText(values.findings),
    diagnoses: list(values.diagnoses).map((d) => ({ icd10: String(d?.icd10 ?? '').trim().toUpperCase(), description: optionalText(d?.description) })),
    answers: list(values.answers).map((a) => ({ questionId: String(a.questionId), answer: String(a.answer ?? '') })),
    causationOpinion: optionalText(values.causationOpinion),
    mmiReached: values.mmiReached === true || values.mmiReached === 'true' ? true : values.mmiReached === false || values.mmiReached === 'false' ? false : null,
    mmiDate: optionalText(values.mmiDate),
    impairmentPercent: optionalNumber(values.impairmentPercent),
    impairmentGuideEdition: optionalText(values.impairmentGuideEdition),
    impairmentTable: optionalText(values.impairmentTable),
    impairmentPage: optionalText(values.impairmentPage),
    workCapacity: optionalText(values.workCapacity),
    workRestrictions: optionalText(values.workRestrictions),
    treatmentRecommendations: optionalText(values.treatmentRecommendations),
  };
}

/**
 * Reports are read by every console role (each within its scope); the examiner who writes one edits its content
 * (only the fields changed are sent) and moves it with the mutations below. QA and delivery are the
 * administrators'.
 */
export const reports: ResourceAdapter = {
  getList: ({ filter, sort, pagination }) =>
    pageQuery({
      field: 'reports',
      argTypes: { filter: 'ReportFilter', sort: 'ReportSort', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, REPORT_FILTERS), sort: toApiSort(sort, SORTS), page: toApiPage(pagination) },
      selection: LIST_FIELDS,
      toRecord: (r: any): RaRecord => r,
    }),
  getManyReference: ({ target, id, filter, sort, pagination }) => reports.getList!({ filter: { ...filter, [target]: id }, sort, pagination }),
  getOne: ({ id }) => oneQuery({ field: 'report', entity: 'Report', id, selection: DETAIL_FIELDS, toRecord: (r: any) => r }),
  getMany: ({ ids }) => manyQuery({ field: 'report', ids, selection: LIST_FIELDS, toRecord: (r: any) => r }),
  update: ({ id, data, previousData }) =>
    mutation({
      field: 'updateReport',
      argTypes: { id: 'ID!', version: 'Int!', input: 'UpdateReportInput!' },
      variables: { id, version: previousData.version, input: changedFields(reportContentInput(data), reportContentInput(previousData)) },
      selection: DETAIL_FIELDS,
      toData: (r: any) => r,
    }),
};

/** Starts the report of an examined case, or an addendum to a final one (with its reason). */
export const startReport = (params: { caseId: string; kind?: 'IME' | 'ADDENDUM' | 'SUPPLEMENTAL'; parentReportId?: string; addendumReason?: string }): Operation =>
  mutation({
    field: 'startReport',
    argTypes: { input: 'StartReportInput!' },
    variables: { input: { caseId: params.caseId, kind: params.kind ?? 'IME', parentReportId: params.parentReportId, addendumReason: params.addendumReason } },
    selection: 'id status version',
    toData: (r: any) => r,
  });

/** Submits the report for QA; refused with FAILED_PRECONDITION (rule REPORT_INCOMPLETE) while anything is missing. */
export const submitReport = (params: { id: string; version: number }): Operation =>
  mutation({
    field: 'submitReport',
    argTypes: { id: 'ID!', version: 'Int!' },
    variables: params,
    selection: 'id status version submittedAt missingItems { field message }',
    toData: (r: any) => r,
  });

/** The report's medical content (health data of the claimant): asked for only where the role may see it. */
export const getReportContent = (params: { id: string }): Operation => ({
  query: parse(`query ReportContent($id: ID!) { report(id: $id) { id questions { id position text } answers { questionId answer }
    recordsReviewed reviewedRecords { documentId label received reviewed reliedOn } history findings diagnoses { icd10 description } causationOpinion mmiReached mmiDate
    impairmentPercent impairmentGuideEdition impairmentTable impairmentPage workCapacity workRestrictions treatmentRecommendations } }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({ data: data.report }),
});

import type { RaRecord } from 'ra-core';
import { parse } from 'graphql';
import { manyQuery, oneQuery, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { toApiFilter, toApiPage, toApiSort, type FilterRules } from './params';

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

/** Read-only: reports are written by examiners and reviewed by QA in their own apps. */
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
};

/** The report's medical content (health data of the claimant): asked for only where the role may see it. */
export const getReportContent = (params: { id: string }): Operation => ({
  query: parse(`query ReportContent($id: ID!) { report(id: $id) { id questions { id position text } answers { questionId answer }
    recordsReviewed history findings diagnoses { icd10 description } causationOpinion mmiReached mmiDate
    impairmentPercent impairmentGuideEdition impairmentTable impairmentPage workCapacity workRestrictions treatmentRecommendations } }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({ data: data.report }),
});

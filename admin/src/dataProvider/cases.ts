import type { RaRecord } from 'ra-core';
import { parse } from 'graphql';
import { manyQuery, oneQuery, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { toApiFilter, toApiPage, toApiSort, type FilterRules } from './params';

const LIST_FIELDS = `id referenceNumber claimNumber status priority lineOfBusiness jurisdictionCode requiredSpecialtyCode dueDate
  createdAt createdMonth dueMonth updatedAt examinerId client { id name } examiner { id displayName } currentReportStatus`;

// Everything about the referral but the claimant: identity and contact are read separately, by roles allowed to.
const DETAIL_FIELDS = `${LIST_FIELDS} reasons bodyParts injuryDate treatingProviderNpis employerName examFormat telehealthAllowed
  assignedAt assignedMonth examinedAt examinedMonth closedAt cancelledAt cancellationReason cancelledBy cancellationChargeable createdBy claimantRepresented version
  requiredSpecialty { code name } jurisdictionRule { code name }
  referralQuestions { id position text }
  panels { id strategy seed size status poolSize proposedAt proposedMonth proposedBy selectedBy selectedAt
    members { id position examinerId struckBy selected examiner { id displayName } } }
  appointments { id scheduledAt scheduledMonth durationMinutes format location status noShowParty cancelledBy }
  notices { id servedAt method examScheduledAt servedBy }
  timeline { id at type actor actorRole fromStatus toStatus note }
  reports { id kind status dueDate dueMonth submittedAt finalisedAt deliveredAt deliveredMonth }`;

export const CASE_FILTERS: FilterRules = {
  q: { to: 'search', type: 'string' },
  status: { type: 'list' },
  jurisdiction: { type: 'list' },
  specialtyCode: { type: 'string' },
  clientId: { type: 'id' },
  examinerId: { type: 'id' },
  lineOfBusiness: { type: 'list' },
  priority: { type: 'list' },
  createdFrom: { type: 'string' },
  createdTo: { type: 'string' },
  dueBefore: { type: 'string' },
};

const SORTS = { createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT', dueDate: 'DUE_DATE', referenceNumber: 'REFERENCE_NUMBER', status: 'STATUS', priority: 'PRIORITY' };

const toRecord = (c: any): RaRecord => ({ ...c, clientId: c.client?.id });

/** Read-only: cases are created and moved by client apps; the console lets administrators see an examiner's work. */
export const cases: ResourceAdapter = {
  getList: ({ filter, sort, pagination }) =>
    pageQuery({
      field: 'cases',
      argTypes: { filter: 'CaseFilter', sort: 'CaseSort', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, CASE_FILTERS), sort: toApiSort(sort, SORTS), page: toApiPage(pagination) },
      selection: LIST_FIELDS,
      toRecord,
    }),
  getManyReference: ({ target, id, filter, sort, pagination }) => cases.getList!({ filter: { ...filter, [target]: id }, sort, pagination }),
  getOne: ({ id }) => oneQuery({ field: 'case', entity: 'Case', id, selection: DETAIL_FIELDS, toRecord }),
  getMany: ({ ids }) => manyQuery({ field: 'case', ids, selection: LIST_FIELDS, toRecord }),
};

/** The claimant's identity and contact (personal data): asked for only where the role may see it. */
export const getCaseClaimant = (params: { id: string }): Operation => ({
  query: parse(`query CaseClaimant($id: ID!) { case(id: $id) { id claimant {
    firstName lastName dateOfBirth email phone addressLine1 city region postalCode language interpreterNeeded
    representative { name firm email phone } } } }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({ data: data.case?.claimant ?? null }),
});

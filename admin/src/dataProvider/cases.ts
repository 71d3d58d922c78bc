import type { RaRecord } from 'ra-core';
import { parse } from 'graphql';
import { manyQuery, mutation, oneQuery, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { optionalNumber, optionalText, requiredText, toApiFilter, toApiPage, toApiSort, type FilterRules } from './params';

const LIST_FIELDS = `id referenceNumber claimNumber status priority lineOfBusiness jurisdictionCode requiredSpecialtyCode dueDate
  createdAt createdMonth dueMonth updatedAt examinerId client { id name } examiner { id displayName } currentReportStatus
  reports { id kind dueDate }`;

// Everything about the referral but the claimant: identity and contact are read separately, by roles allowed to.
const DETAIL_FIELDS = `${LIST_FIELDS} reasons bodyParts injuryDate treatingProviderNpis employerName examFormat telehealthAllowed
  assignedAt assignedMonth examinedAt examinedMonth closedAt cancelledAt cancellationReason cancelledBy cancellationChargeable createdBy claimantRepresented version
  requiredSpecialty { code name } jurisdictionRule { code name }
  referralQuestions { id position text }
  panels { id strategy seed size status poolSize proposedAt proposedMonth proposedBy selectedBy selectedAt procedure choiceDueOn strikeDueOn selectionReason
    members { id position examinerId struckBy selected examiner { id displayName } } }
  appointments { id scheduledAt scheduledMonth localStartText timeZone durationMinutes format location status noShowParty cancelledBy }
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

/** Text values of a list input (blank entries dropped); positions are kept for the API's field paths otherwise. */
const texts = (values: unknown): string[] => (Array.isArray(values) ? values.map((v) => requiredText(typeof v === 'object' && v ? (v as { text?: unknown }).text : v)).filter((v) => v !== '') : []);

/**
 * The referral form's values as the API's CreateCaseInput (docs/api.md): blank optional fields are left out, the
 * claimant's representative only when one is named. The client is the signed-in staff member's organisation.
 */
export function referralInput(values: Record<string, any>): Record<string, unknown> {
  const c = values.claimant ?? {};
  const representative = c.represented ? c.representative ?? {} : null;
  const drop = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
  return drop({
    clientId: values.clientId,
    claimNumber: requiredText(values.claimNumber),
    lineOfBusiness: values.lineOfBusiness,
    reasons: values.reasons ?? [],
    referralQuestions: texts(values.referralQuestions),
    requiredSpecialtyCode: requiredText(values.requiredSpecialtyCode),
    jurisdiction: requiredText(values.jurisdiction),
    bodyParts: texts(values.bodyParts),
    injuryDate: optionalText(values.injuryDate),
    employerName: optionalText(values.employerName),
    treatingProviderNpis: (Array.isArray(values.treatingProviderNpis) ? values.treatingProviderNpis : []).map(requiredText),
    examFormat: values.examFormat ?? undefined,
    telehealthAllowed: Boolean(values.telehealthAllowed),
    dueDate: optionalText(values.dueDate),
    priority: values.priority ?? undefined,
    idempotencyKey: optionalText(values.idempotencyKey),
    claimantTimeZone: optionalText(values.claimantTimeZone),
    claimant: drop({
      firstName: requiredText(c.firstName),
      lastName: requiredText(c.lastName),
      dateOfBirth: requiredText(c.dateOfBirth),
      email: optionalText(c.email),
      phone: optionalText(c.phone),
      addressLine1: optionalText(c.addressLine1),
      city: optionalText(c.city),
      region: optionalText(c.region),
      postalCode: optionalText(c.postalCode),
      latitude: optionalNumber(c.latitude),
      longitude: optionalNumber(c.longitude),
      language: optionalText(c.language) ?? 'en',
      interpreterNeeded: Boolean(c.interpreterNeeded),
      accommodations: texts(c.accommodations).length > 0 ? texts(c.accommodations) : undefined,
      representative: representative
        ? drop({ name: requiredText(representative.name), firm: optionalText(representative.firm), email: optionalText(representative.email), phone: optionalText(representative.phone) })
        : null,
    }),
  });
}

/**
 * Cases are read by every console role (each within its scope); client staff order them (createCase). The
 * lifecycle is moved by the API's own mutations (panel choices below, scheduling by the panel's administrators).
 */
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
  create: ({ data }) =>
    mutation({ field: 'createCase', argTypes: { input: 'CreateCaseInput!' }, variables: { input: referralInput(data) }, selection: LIST_FIELDS, toData: toRecord }),
};

/**
 * The client's side of a panel: strike an examiner, or select one (who is then assigned), as the jurisdiction's
 * procedure allows on the day; the API refuses with the rule otherwise (docs/rules.md, "Panels").
 */
export const choosePanelMember = (params: { choice: 'strike' | 'select'; panelId: string; examinerId: string }): Operation =>
  mutation({
    field: params.choice === 'strike' ? 'strikePanelMember' : 'selectPanelMember',
    argTypes: { panelId: 'ID!', input: 'PanelChoiceInput!' },
    variables: { panelId: params.panelId, input: { examinerId: params.examinerId, by: 'CLIENT' } },
    selection: 'id status',
    toData: (panel: any) => panel,
  });

/** The claimant's identity and contact (personal data): asked for only where the role may see it. */
export const getCaseClaimant = (params: { id: string }): Operation => ({
  query: parse(`query CaseClaimant($id: ID!) { case(id: $id) { id claimant {
    firstName lastName dateOfBirth email phone addressLine1 city region postalCode language interpreterNeeded
    representative { name firm email phone } } } }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({ data: data.case?.claimant ?? null }),
});

/** The booked exams of the caller's cases (an examiner's calendar), soonest report deadline first. */
export const getUpcomingExams = (): Operation => ({
  query: parse(`query UpcomingExams { cases(filter: { status: [SCHEDULED] }, sort: { field: DUE_DATE, direction: ASC }, page: { limit: 50 }) {
    items { id referenceNumber jurisdictionCode requiredSpecialtyCode dueDate appointments { id scheduledAt examinerLocalStart examinerTimeZone durationMinutes format location status } } } }`),
  variables: {},
  parseResponse: ({ data }) => ({
    data: data.cases.items
      .flatMap((c: any) => c.appointments.filter((a: any) => a.status === 'SCHEDULED').map((a: any) => ({ ...a, case: { id: c.id, referenceNumber: c.referenceNumber, jurisdictionCode: c.jurisdictionCode } })))
      .sort((a: any, b: any) => String(a.scheduledAt).localeCompare(String(b.scheduledAt))),
  }),
});

import type { RaRecord } from 'ra-core';
import { manyQuery, mutation, oneQuery, pageQuery, type ResourceAdapter } from './operations';
import { changedFields, optionalNumber, optionalText, requiredText, toApiFilter, toApiPage, toApiSort, type FilterRules } from './params';

const LIST_FIELDS = `id displayName firstName lastName suffix npi email phone status reputationScore reputation { reportsCounted examsCounted } yearsInPractice telehealth
  languages createdAt updatedAt version practiceGroup { id name } specialties { boardCertified primary specialty { code name active } }`;

const DETAIL_FIELDS = `${LIST_FIELDS} bio statusReason statusChangedAt statusChangedBy
  offices { label addressLine1 addressLine2 city region postalCode country latitude longitude primary }
  reputation { score computedAt reportsCounted examsCounted components { name value weight contribution } history { id takenAt score } }
  openCaseCount
  caseMetrics { windowDays appointmentsCounted examsCounted examinerNoShows examinerLateCancellations examinerNoShowRate examinerLateCancellationRate }
  reportMetrics { windowDays reportsCounted medianTurnaroundDays p90TurnaroundDays onTimeRate addendumRate addendumRateExcludingLateRecords qaFirstPassRate }`;

export const EXAMINER_FILTERS: FilterRules = {
  q: { to: 'search', type: 'string' },
  status: { type: 'list' },
  specialtyCode: { type: 'string' },
  jurisdiction: { type: 'string' },
  practiceGroupId: { type: 'id' },
  language: { type: 'string' },
  telehealth: { type: 'bool' },
  credentialExpiringWithinDays: { type: 'int' },
  reputationMin: { type: 'float' },
  reputationMax: { type: 'float' },
};

const SORTS = {
  displayName: 'NAME',
  lastName: 'NAME',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  status: 'STATUS',
  yearsInPractice: 'YEARS_IN_PRACTICE',
  reputationScore: 'REPUTATION',
};

/**
 * The record the console works with: the API's examiner with its specialties flattened to the shape of
 * ExaminerSpecialtyInput (`{ code, boardCertified, primary }`), so the form's fields are named like the
 * API's input fields and BAD_USER_INPUT paths (`input.specialties.0.code`) land on the right input.
 */
export function toExaminerRecord(e: any): RaRecord {
  const specialties = (e.specialties ?? []).map((s: any) => ({
    code: s.specialty.code,
    name: s.specialty.name,
    boardCertified: s.boardCertified,
    primary: s.primary,
  }));
  return {
    ...e,
    practiceGroupId: e.practiceGroup?.id ?? null,
    specialties,
    primarySpecialty: (specialties.find((s: any) => s.primary) ?? specialties[0])?.name ?? null,
  };
}

/** The API's examiner input from form values: blank optional text is null, numbers are numbers. */
export function examinerInput(values: Record<string, any>) {
  return {
    npi: requiredText(values.npi).replace(/\s+/g, ''),
    firstName: requiredText(values.firstName),
    lastName: requiredText(values.lastName),
    suffix: optionalText(values.suffix),
    email: requiredText(values.email),
    phone: optionalText(values.phone),
    practiceGroupId: optionalText(values.practiceGroupId),
    languages: (values.languages ?? []).map((l: string) => String(l).trim().toLowerCase()).filter(Boolean),
    telehealth: Boolean(values.telehealth),
    yearsInPractice: optionalNumber(values.yearsInPractice),
    bio: optionalText(values.bio),
    specialties: (values.specialties ?? []).map((s: any) => ({ code: requiredText(s?.code), boardCertified: Boolean(s?.boardCertified), primary: Boolean(s?.primary) })),
    offices: (values.offices ?? []).map((o: any) => ({
      label: optionalText(o?.label),
      addressLine1: requiredText(o?.addressLine1),
      addressLine2: optionalText(o?.addressLine2),
      city: requiredText(o?.city),
      region: requiredText(o?.region),
      postalCode: requiredText(o?.postalCode),
      country: requiredText(o?.country || 'US').toUpperCase(),
      latitude: optionalNumber(o?.latitude),
      longitude: optionalNumber(o?.longitude),
      primary: Boolean(o?.primary),
    })),
  };
}

export const examiners: ResourceAdapter = {
  getList: ({ filter, sort, pagination }) =>
    pageQuery({
      field: 'examiners',
      argTypes: { filter: 'ExaminerFilter', sort: 'ExaminerSort', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, EXAMINER_FILTERS), sort: toApiSort(sort, SORTS), page: toApiPage(pagination) },
      selection: LIST_FIELDS,
      toRecord: toExaminerRecord,
    }),
  getManyReference: ({ target, id, filter, sort, pagination }) =>
    examiners.getList!({ filter: { ...filter, [target]: id }, sort, pagination }),
  getOne: ({ id }) => oneQuery({ field: 'examiner', entity: 'Examiner', id, selection: DETAIL_FIELDS, toRecord: toExaminerRecord }),
  getMany: ({ ids }) => manyQuery({ field: 'examiner', ids, selection: LIST_FIELDS, toRecord: toExaminerRecord }),
  create: ({ data }) =>
    mutation({
      field: 'createExaminer',
      argTypes: { input: 'CreateExaminerInput!' },
      variables: { input: examinerInput(data) },
      selection: DETAIL_FIELDS,
      toData: toExaminerRecord,
    }),
  update: ({ id, data, previousData }) =>
    mutation({
      field: 'updateExaminer',
      argTypes: { id: 'ID!', version: 'Int!', input: 'UpdateExaminerInput!' },
      // The version the form was opened with (or moved to by "keep my changes" after a conflict).
      variables: { id, version: data.version ?? previousData.version, input: changedFields(examinerInput(data), examinerInput(previousData)) },
      selection: DETAIL_FIELDS,
      toData: toExaminerRecord,
    }),
};

/** Activates, suspends or retires (custom call: `dataProvider.changeExaminerStatus`). */
export const changeExaminerStatus = (params: { id: string; version: number; status: string; reason?: string | null }) =>
  mutation({
    field: 'changeExaminerStatus',
    argTypes: { id: 'ID!', version: 'Int!', input: 'ChangeExaminerStatusInput!' },
    variables: { id: params.id, version: params.version, input: { status: params.status, reason: optionalText(params.reason) } },
    selection: DETAIL_FIELDS,
    toData: toExaminerRecord,
  });

import type { RaRecord } from 'ra-core';
import { parse } from 'graphql';
import { manyQuery, mutation, oneQuery, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { changedFields, optionalText, requiredText, toApiFilter, toApiPage, toApiSort, type FilterRules } from './params';

const FIELDS = `id kind issuer number jurisdiction issuedOn expiresOn verificationStatus verifiedAt verifiedBy verificationNote
  nextVerificationDue createdAt updatedAt version expiryState current supersededAt examiner { id displayName status }`;

export const CREDENTIAL_FILTERS: FilterRules = {
  examinerId: { type: 'id' },
  kind: { type: 'list' },
  jurisdiction: { type: 'string' },
  verificationStatus: { type: 'list' },
  expiringWithinDays: { type: 'int' },
  verificationDueWithinDays: { type: 'int' },
  current: { type: 'bool' },
};

const SORTS = { expiresOn: 'EXPIRES_ON', nextVerificationDue: 'NEXT_VERIFICATION_DUE', createdAt: 'CREATED_AT', kind: 'KIND' };

const toRecord = (c: any): RaRecord => ({ ...c, examinerId: c.examiner?.id });

function credentialInput(values: Record<string, any>) {
  return {
    issuer: requiredText(values.issuer),
    number: requiredText(values.number),
    jurisdiction: optionalText(values.jurisdiction)?.toUpperCase() ?? null,
    issuedOn: optionalText(values.issuedOn),
    expiresOn: optionalText(values.expiresOn),
  };
}

export const credentials: ResourceAdapter = {
  getList: ({ filter, sort, pagination }) =>
    pageQuery({
      field: 'credentials',
      argTypes: { filter: 'CredentialFilter', sort: 'CredentialSort', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, CREDENTIAL_FILTERS), sort: toApiSort(sort, SORTS), page: toApiPage(pagination) },
      selection: FIELDS,
      toRecord,
    }),
  getManyReference: ({ target, id, filter, sort, pagination }) => credentials.getList!({ filter: { ...filter, [target]: id }, sort, pagination }),
  getOne: ({ id }) => oneQuery({ field: 'credential', entity: 'Credential', id, selection: FIELDS, toRecord }),
  getMany: ({ ids }) => manyQuery({ field: 'credential', ids, selection: FIELDS, toRecord }),
  create: ({ data }) =>
    mutation({
      field: 'addCredential',
      argTypes: { examinerId: 'ID!', input: 'AddCredentialInput!' },
      variables: { examinerId: data.examinerId, input: { kind: data.kind, ...credentialInput(data) } },
      selection: FIELDS,
      toData: toRecord,
    }),
  update: ({ id, data, previousData }) =>
    mutation({
      field: 'updateCredential',
      argTypes: { id: 'ID!', version: 'Int!', input: 'UpdateCredentialInput!' },
      variables: { id, version: data.version ?? previousData.version, input: changedFields(credentialInput(data), credentialInput(previousData)) },
      selection: FIELDS,
      toData: toRecord,
    }),
  delete: ({ id, previousData }) =>
    mutation({
      field: 'removeCredential',
      argTypes: { id: 'ID!', version: 'Int!' },
      variables: { id, version: previousData?.version },
      toData: () => previousData ?? { id },
    }),
};

/** Marks a credential verified by the caller, now (custom call: `dataProvider.verifyCredential`). */
export const verifyCredential = (params: { id: string; version: number; note?: string | null }) =>
  mutation({
    field: 'verifyCredential',
    argTypes: { id: 'ID!', version: 'Int!', note: 'String' },
    variables: { id: params.id, version: params.version, note: optionalText(params.note) },
    selection: FIELDS,
    toData: toRecord,
  });

/** Rejects a credential; the API requires a note saying why (custom call: `dataProvider.rejectCredential`). */
export const rejectCredential = (params: { id: string; version: number; note: string }) =>
  mutation({
    field: 'rejectCredential',
    argTypes: { id: 'ID!', version: 'Int!', note: 'String!' },
    variables: { id: params.id, version: params.version, note: requiredText(params.note) },
    selection: FIELDS,
    toData: toRecord,
  });

/** Records a renewal as a new term; the previous one is kept as superseded (custom call: `dataProvider.renewCredential`). */
export const renewCredential = (params: { id: string; version: number; expiresOn: string; issuedOn?: string | null; number?: string | null }) =>
  mutation({
    field: 'renewCredential',
    argTypes: { id: 'ID!', version: 'Int!', input: 'RenewCredentialInput!' },
    variables: {
      id: params.id,
      version: params.version,
      input: { expiresOn: requiredText(params.expiresOn), issuedOn: optionalText(params.issuedOn), number: optionalText(params.number) },
    },
    selection: FIELDS,
    toData: toRecord,
  });

/**
 * A credential's earlier terms and what its lapse would do: the jurisdictions where its examiner stops being
 * eligible and the examiner's open cases there (custom call: `dataProvider.getCredentialTerms`).
 */
export const OPEN_CASE_STATUSES = ['REQUESTED', 'PANEL_PROPOSED', 'ASSIGNED', 'SCHEDULED', 'EXAMINED', 'REPORTED'];

export const getCredentialTerms = (params: { id: string; examinerId: string }): Operation => ({
  query: parse(`query CredentialTerms($id: ID!, $cases: CaseFilter) {
    credential(id: $id) {
      id
      previousTerms { ${FIELDS} }
      lapseImpact { lapsesOn jurisdictions }
    }
    cases(filter: $cases, page: { limit: 100 }) { total items { id referenceNumber status jurisdictionCode } }
  }`),
  variables: { id: params.id, cases: { examinerId: params.examinerId, status: OPEN_CASE_STATUSES } },
  parseResponse: ({ data }) => {
    const credential = data.credential;
    if (!credential) return { data: null };
    const jurisdictions: string[] = credential.lapseImpact.jurisdictions;
    const openCases = (data.cases?.items ?? []).filter((c: any) => jurisdictions.includes(c.jurisdictionCode));
    return { data: { previousTerms: credential.previousTerms.map(toRecord), lapsesOn: credential.lapseImpact.lapsesOn, jurisdictions, openCases } };
  },
});

import type { RaRecord } from 'ra-core';
import { manyQuery, mutation, oneQuery, pageQuery, type ResourceAdapter } from './operations';
import { changedFields, optionalText, requiredText, toApiFilter, toApiPage, toApiSort, type FilterRules } from './params';

const FIELDS = `id kind issuer number jurisdiction issuedOn expiresOn verificationStatus verifiedAt verifiedBy verificationNote
  nextVerificationDue createdAt updatedAt version expiryState examiner { id displayName status }`;

export const CREDENTIAL_FILTERS: FilterRules = {
  examinerId: { type: 'id' },
  kind: { type: 'list' },
  jurisdiction: { type: 'string' },
  verificationStatus: { type: 'list' },
  expiringWithinDays: { type: 'int' },
  verificationDueWithinDays: { type: 'int' },
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

import type { RaRecord } from 'ra-core';
import { parse } from 'graphql';
import { manyQuery, mutation, oneQuery, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { changedFields, optionalText, requiredText, toApiFilter, toApiPage, type FilterRules } from './params';

const CLIENT_FIELDS = `id name kind contactName contactEmail contactPhone active createdAt updatedAt version`;
const CLIENT_FILTERS: FilterRules = { q: { to: 'search', type: 'string' }, kind: { type: 'list' }, active: { type: 'bool' } };
const same = (r: any): RaRecord => r;

/** Ordering organisations: onboarded and kept by administrators, looked up to filter cases and reports by client. */
export const clients: ResourceAdapter = {
  getList: ({ filter, pagination }) =>
    pageQuery({
      field: 'clients',
      argTypes: { filter: 'ClientFilter', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, CLIENT_FILTERS), page: toApiPage(pagination) },
      selection: CLIENT_FIELDS,
      toRecord: same,
    }),
  getOne: ({ id }) => oneQuery({ field: 'client', entity: 'Client', id, selection: CLIENT_FIELDS, toRecord: same }),
  getMany: ({ ids }) => manyQuery({ field: 'client', ids, selection: CLIENT_FIELDS, toRecord: same }),
  create: ({ data }) =>
    mutation({
      field: 'createClient',
      argTypes: { input: 'CreateClientInput!' },
      variables: { input: { ...clientInput(data), name: requiredText(data.name), kind: data.kind } },
      selection: CLIENT_FIELDS,
      toData: same,
    }),
  update: ({ id, data, previousData }) =>
    mutation({
      field: 'updateClient',
      argTypes: { id: 'ID!', version: 'Int!', input: 'UpdateClientInput!' },
      variables: { id, version: data.version ?? previousData.version, input: changedFields(clientChange(data), clientChange(previousData)) },
      selection: CLIENT_FIELDS,
      toData: same,
    }),
};

function clientInput(values: Record<string, any>) {
  return { contactName: optionalText(values.contactName), contactEmail: optionalText(values.contactEmail), contactPhone: optionalText(values.contactPhone) };
}

function clientChange(values: Record<string, any>) {
  return { ...clientInput(values), name: requiredText(values.name), kind: values.kind, active: values.active };
}

const GROUP_FIELDS = `id name website createdAt updatedAt version`;

/** The whole PracticeGroupInput: the API replaces both fields on every save (an empty website clears it). */
const groupInput = (values: Record<string, any>) => ({ name: requiredText(values.name), website: optionalText(values.website) });

/**
 * Practice groups (docs/console.md, "Practice groups"): kept by administrators and chosen on the examiner form;
 * panels take at most one examiner per group (docs/rules.md, "Panels").
 */
export const practiceGroups: ResourceAdapter = {
  getList: ({ filter, pagination }) =>
    pageQuery({
      field: 'practiceGroups',
      argTypes: { search: 'String', page: 'PageInput' },
      variables: { search: filter?.q || undefined, page: toApiPage(pagination) },
      selection: GROUP_FIELDS,
      toRecord: same,
    }),
  getOne: ({ id }) => oneQuery({ field: 'practiceGroup', entity: 'Practice group', id, selection: GROUP_FIELDS, toRecord: same }),
  getMany: ({ ids }) => manyQuery({ field: 'practiceGroup', ids, selection: GROUP_FIELDS, toRecord: same }),
  create: ({ data }) =>
    mutation({
      field: 'createPracticeGroup',
      argTypes: { input: 'PracticeGroupInput!' },
      variables: { input: groupInput(data) },
      selection: GROUP_FIELDS,
      toData: same,
    }),
  update: ({ id, data, previousData }) =>
    mutation({
      field: 'updatePracticeGroup',
      argTypes: { id: 'ID!', version: 'Int!', input: 'PracticeGroupInput!' },
      variables: { id, version: data.version ?? previousData.version, input: groupInput(data) },
      selection: GROUP_FIELDS,
      toData: same,
    }),
};

/** Every jurisdiction with IME rules (US-NY, US-CA, …), for the jurisdiction pickers. */
export const getJurisdictions = (): Operation => ({
  query: parse(`query Jurisdictions { jurisdictionRules { code name } }`),
  variables: {},
  parseResponse: ({ data }) => ({ data: data.jurisdictionRules.map((j: any) => ({ id: j.code, name: `${j.code} · ${j.name}` })) }),
});

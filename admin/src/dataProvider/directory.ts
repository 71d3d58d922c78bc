import type { RaRecord } from 'ra-core';
import { parse } from 'graphql';
import { manyQuery, oneQuery, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { toApiFilter, toApiPage, type FilterRules } from './params';

const CLIENT_FIELDS = `id name kind contactName contactEmail contactPhone active createdAt`;
const CLIENT_FILTERS: FilterRules = { q: { to: 'search', type: 'string' }, kind: { type: 'list' }, active: { type: 'bool' } };
const same = (r: any): RaRecord => r;

/** Ordering organisations: looked up to filter cases and reports by client. */
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
};

const GROUP_FIELDS = `id name website`;

/** Practice groups: chosen on the examiner form (panels take at most one examiner per group). */
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
};

/** Every jurisdiction with IME rules (US-NY, US-CA, …), for the jurisdiction pickers. */
export const getJurisdictions = (): Operation => ({
  query: parse(`query Jurisdictions { jurisdictionRules { code name } }`),
  variables: {},
  parseResponse: ({ data }) => ({ data: data.jurisdictionRules.map((j: any) => ({ id: j.code, name: `${j.code} · ${j.name}` })) }),
});

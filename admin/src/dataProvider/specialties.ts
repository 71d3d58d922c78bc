import type { RaRecord } from 'ra-core';
import { manyQuery, mutation, oneQuery, pageQuery, type ResourceAdapter } from './operations';
import { changedFields, optionalText, requiredText, toApiFilter, toApiPage, type FilterRules } from './params';

const FIELDS = `id code name description active createdAt updatedAt version examinerCount
  parent { code name } children { code name active examinerCount }`;

const FILTERS: FilterRules = {
  q: { to: 'search', type: 'string' },
  active: { type: 'bool' },
  parentCode: { type: 'string' },
  rootsOnly: { type: 'bool' },
};

/** Specialties are addressed by their stable code, so the code is the react-admin id (`#/specialties/ORTHO_SPINE`). */
const toRecord = (s: any): RaRecord => ({ ...s, id: s.code, uuid: s.id, parentCode: s.parent?.code ?? null });

const specialtyInput = (values: Record<string, any>) => ({
  name: requiredText(values.name),
  description: optionalText(values.description),
  parentCode: optionalText(values.parentCode),
  active: values.active !== false,
});

const CODE = { name: 'code', type: 'String!' };

export const specialties: ResourceAdapter = {
  // The API answers the taxonomy sorted by name; there is no other order to ask for.
  getList: ({ filter, pagination }) =>
    pageQuery({
      field: 'specialties',
      argTypes: { filter: 'SpecialtyFilter', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, FILTERS), page: toApiPage(pagination) },
      selection: FIELDS,
      toRecord,
    }),
  getManyReference: ({ target, id, filter, pagination, sort }) => specialties.getList!({ filter: { ...filter, [target]: id }, pagination, sort }),
  getOne: ({ id }) => oneQuery({ field: 'specialty', entity: 'Specialty', key: CODE, id, selection: FIELDS, toRecord }),
  getMany: ({ ids }) => manyQuery({ field: 'specialty', key: CODE, ids, selection: FIELDS, toRecord }),
  create: ({ data }) =>
    mutation({
      field: 'createSpecialty',
      argTypes: { input: 'CreateSpecialtyInput!' },
      variables: {
        input: { code: requiredText(data.code).toUpperCase(), name: requiredText(data.name), description: optionalText(data.description), parentCode: optionalText(data.parentCode) },
      },
      selection: FIELDS,
      toData: toRecord,
    }),
  update: ({ id, data, previousData }) =>
    mutation({
      field: 'updateSpecialty',
      argTypes: { code: 'String!', version: 'Int!', input: 'UpdateSpecialtyInput!' },
      variables: { code: id, version: data.version ?? previousData.version, input: changedFields(specialtyInput(data), specialtyInput(previousData)) },
      selection: FIELDS,
      toData: toRecord,
    }),
};

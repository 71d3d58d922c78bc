import { parse } from 'graphql';
import type { RaRecord } from 'ra-core';
import { mutation, pageQuery, type Operation, type ResourceAdapter } from './operations';
import { optionalNumber, optionalText, toApiFilter, toApiPage, type FilterRules } from './params';

const EVENT_FIELDS = `id kind score note caseId occurredOn recordedBy createdAt examiner { id displayName }`;

const EVENT_FILTERS: FilterRules = { examinerId: { type: 'id' }, kind: { type: 'list' } };

const toEventRecord = (e: any): RaRecord => ({ ...e, examinerId: e.examiner?.id });

/** QA audits, complaints, feedback and commendations: recorded, listed, removed when recorded in error. */
export const reputationEvents: ResourceAdapter = {
  getList: ({ filter, pagination }) =>
    pageQuery({
      field: 'reputationEvents',
      argTypes: { filter: 'ReputationEventFilter', page: 'PageInput' },
      variables: { filter: toApiFilter(filter, EVENT_FILTERS), page: toApiPage(pagination) },
      selection: EVENT_FIELDS,
      toRecord: toEventRecord,
    }),
  getManyReference: ({ target, id, filter, pagination, sort }) => reputationEvents.getList!({ filter: { ...filter, [target]: id }, pagination, sort }),
  create: ({ data }) =>
    mutation({
      field: 'recordReputationEvent',
      argTypes: { examinerId: 'ID!', input: 'RecordReputationEventInput!' },
      variables: {
        examinerId: data.examinerId,
        input: { kind: data.kind, score: optionalNumber(data.score), note: optionalText(data.note), caseId: optionalText(data.caseId), occurredOn: optionalText(data.occurredOn) },
      },
      selection: EVENT_FIELDS,
      toData: toEventRecord,
    }),
  delete: ({ id, previousData }) =>
    mutation({ field: 'removeReputationEvent', argTypes: { id: 'ID!' }, variables: { id }, toData: () => previousData ?? { id } }),
};

export const WEIGHT_NAMES = ['timeliness', 'turnaround', 'completeness', 'qa', 'audit', 'reliability', 'conduct', 'credentials'] as const;
export type Weights = Record<(typeof WEIGHT_NAMES)[number], number>;

const weightsInput = (values: Record<string, unknown>): Weights =>
  Object.fromEntries(WEIGHT_NAMES.map((name) => [name, optionalNumber(values[name]) ?? 0])) as Weights;

export const getReputationWeights = (): Operation => ({
  query: parse(`query ReputationWeights { reputationWeights { ${WEIGHT_NAMES.join(' ')} updatedAt updatedBy version } }`),
  variables: {},
  parseResponse: ({ data }) => ({ data: data.reputationWeights }),
});

export const updateReputationWeights = (params: { weights: Record<string, unknown>; version: number }) =>
  mutation({
    field: 'updateReputationWeights',
    argTypes: { input: 'ReputationWeightsInput!', version: 'Int!' },
    variables: { input: weightsInput(params.weights), version: params.version },
    selection: `${WEIGHT_NAMES.join(' ')} updatedAt updatedBy version`,
    toData: (w) => w,
  });

/** How every examiner's score would change under other weights, from their latest inputs (nothing is saved). */
export const previewReputationWeights = (params: { weights: Record<string, unknown>; page?: { page: number; perPage: number } }): Operation => ({
  query: parse(`query PreviewReputationWeights($input: ReputationWeightsInput!, $page: PageInput) {
    previewReputationWeights(input: $input, page: $page) { total items { currentScore previewScore examiner { id displayName status reputation { reportsCounted examsCounted } } } } }`),
  variables: { input: weightsInput(params.weights), page: toApiPage(params.page ?? { page: 1, perPage: 200 }) },
  parseResponse: ({ data }) => ({
    data: data.previewReputationWeights.items.map((p: any) => ({ ...p, id: p.examiner.id })),
    total: data.previewReputationWeights.total,
  }),
});

export const refreshReputation = () =>
  mutation({
    field: 'refreshReputation',
    argTypes: {},
    variables: {},
    selection: 'takenAt examinersScored examinersWithoutData',
    toData: (r) => r,
  });

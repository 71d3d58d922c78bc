import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import type { OperationDefinitionNode } from 'graphql';
import type { DataProvider, RaRecord } from 'ra-core';
import buildGraphQLProvider from 'ra-data-graphql';
import { freshAuthorizationHeader } from '../authProvider';
import { cases, choosePanelMember, getCaseClaimant, getUpcomingExams } from './cases';
import { declareConflict, getConflicts, removeConflict, updateConflict, type ConflictChange, type NewConflict } from './conflicts';
import { credentials, getCredentialTerms, rejectCredential, renewCredential, verifyCredential } from './credentials';
import { clients, getJurisdictions, practiceGroups } from './directory';
import { toHttpError, type ApiError } from './errors';
import { changeExaminerStatus, examiners } from './examiners';
import { withRefusedFieldsAsNull, type Operation, type ResourceAdapter } from './operations';
import { getReportContent, reports, startReport, submitReport } from './reports';
import { deadLetters, messages, replayWebhookDelivery, webhookDeliveries, webhookSubscriptions } from './messaging';
import {
  getReputationWeights,
  previewReputationWeights,
  refreshReputation,
  reputationEvents,
  updateReputationWeights,
  type Weights,
} from './reputation';
import { specialties } from './specialties';
import { getStats, type StatsQuery } from './stats';
import { getExaminerHistory } from './history';
import { getTotals } from './totals';
import { withUsers } from './users';

export { isConflict, type ApiErrorBody } from './errors';

/** The most rows the API answers in one page (PageInput, packages/runtime/src/graphql/pagination.ts). */
export const MAX_PAGE_SIZE = 200;
export type { StatsQuery } from './stats';
export { WEIGHT_NAMES, type Weights } from './reputation';

/**
 * The console's only way to the API: react-admin's calls (getList, getOne, update, …) on each resource, adapted
 * by ra-data-graphql to the API's own queries and mutations, plus the API's actions that are not CRUD (verify a
 * credential, change a status, refresh reputation, …) as extra methods. Every failure comes out as an HttpError
 * react-admin understands (see errors.ts).
 */
const ADAPTERS: Record<string, ResourceAdapter> = {
  examiners,
  credentials,
  specialties,
  reputationEvents,
  cases,
  reports,
  clients,
  practiceGroups,
  messages,
  deadLetters,
  webhookSubscriptions,
  webhookDeliveries,
};

const METHOD_BY_FETCH_TYPE: Record<string, keyof ResourceAdapter> = {
  GET_LIST: 'getList',
  GET_ONE: 'getOne',
  GET_MANY: 'getMany',
  GET_MANY_REFERENCE: 'getManyReference',
  CREATE: 'create',
  UPDATE: 'update',
  DELETE: 'delete',
};

function buildQuery(fetchType: string, resource: string, params: any): Operation {
  const method = METHOD_BY_FETCH_TYPE[fetchType];
  const build = method && ADAPTERS[resource]?.[method];
  if (!build) throw new Error(`The console cannot ${method ?? fetchType} ${resource}: the API has no such operation.`);
  const operation = (build as (p: unknown) => Operation)(params);
  return method.startsWith('get') ? withRefusedFieldsAsNull(operation) : operation;
}

export interface ImePanelDataProvider extends DataProvider {
  changeExaminerStatus(params: { id: string; version: number; status: string; reason?: string | null }): Promise<{ data: RaRecord }>;
  verifyCredential(params: { id: string; version: number; note?: string | null }): Promise<{ data: RaRecord }>;
  rejectCredential(params: { id: string; version: number; note: string }): Promise<{ data: RaRecord }>;
  renewCredential(params: { id: string; version: number; expiresOn: string; issuedOn?: string | null; number?: string | null }): Promise<{ data: RaRecord }>;
  getCredentialTerms(params: { id: string; examinerId: string }): Promise<{
    data: { previousTerms: RaRecord[]; lapsesOn: string | null; jurisdictions: string[]; openCases: { id: string; referenceNumber: string; status: string; jurisdictionCode: string }[] } | null;
  }>;
  getReputationWeights(): Promise<{ data: Weights & { version: number; updatedAt: string; updatedBy: string | null } }>;
  updateReputationWeights(params: { weights: Record<string, unknown>; version: number }): Promise<{ data: Weights & { version: number } }>;
  previewReputationWeights(params: { weights: Record<string, unknown> }): Promise<{ data: { id: string; currentScore: number | null; previewScore: number | null; examiner: { id: string; displayName: string; status: string } }[]; total: number }>;
  refreshReputation(): Promise<{ data: { takenAt: string; examinersScored: number; examinersWithoutData: number } }>;
  getTotals(params: { resource: string; filters: Record<string, Record<string, unknown>> }): Promise<{ data: Record<string, number> }>;
  getCaseClaimant(params: { id: string }): Promise<{ data: Record<string, any> | null }>;
  getReportContent(params: { id: string }): Promise<{ data: Record<string, any> }>;
  getJurisdictions(): Promise<{ data: { id: string; name: string }[] }>;
  declareConflict(params: { examinerId: string; input: NewConflict }): Promise<{ data: RaRecord }>;
  updateConflict(params: { id: string; version: number; data: ConflictChange; previous: ConflictChange }): Promise<{ data: RaRecord }>;
  removeConflict(params: { id: string; version: number }): Promise<{ data: { id: string } }>;
  getConflicts(params: { examinerId: string }): Promise<{ data: RaRecord[] }>;
  choosePanelMember(params: { choice: 'strike' | 'select'; panelId: string; examinerId: string }): Promise<{ data: { id: string; status: string } }>;
  startReport(params: { caseId: string; kind?: 'IME' | 'ADDENDUM' | 'SUPPLEMENTAL'; parentReportId?: string; addendumReason?: string }): Promise<{ data: { id: string; status: string; version: number } }>;
  submitReport(params: { id: string; version: number }): Promise<{ data: RaRecord }>;
  getUpcomingExams(): Promise<{ data: { id: string; scheduledAt: string; examinerLocalStart: string | null; examinerTimeZone: string | null; durationMinutes: number; format: string; location: string | null; case: { id: string; referenceNumber: string; jurisdictionCode: string } }[] }>;
  getStats(params: StatsQuery): Promise<{ data: StatsAnswer }>;
  getExaminerHistory(params: { id: string }): Promise<{
    data: {
      statusHistory: { id: string; fromStatus: string; toStatus: string; reason: string | null; changedBy: string; changedAt: string }[];
      audit: { id: string; at: string; actorName: string; actorRole: string; action: string; operation: string; recordType: string | null }[];
      auditTotal: number;
    };
  }>;
  replayWebhookDelivery(params: { id: string }): Promise<{ data: RaRecord }>;
}

export interface StatsAnswer {
  suppressionApplied: boolean;
  minGroupSize: number;
  /** 0 for de-identified callers, whose withheld groups are left out (docs/statistics.md). */
  suppressedGroups: number;
  truncated: boolean;
  overall: Record<string, any>;
  groups: Record<string, any>[];
}

export function buildDataProvider(uri = '/graphql'): ImePanelDataProvider {
  const client = new ApolloClient({
    link: from([setContext(async (_, { headers }) => ({ headers: { ...headers, ...(await freshAuthorizationHeader()) } })), new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    // react-admin (react-query) caches; Apollo's normalising cache would only be a second, stale copy.
    defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
  });
  const base = buildGraphQLProvider({
    client,
    introspection: false,
    buildQuery: () => buildQuery,
    query: { fetchPolicy: 'no-cache', errorPolicy: 'all' },
    mutation: { fetchPolicy: 'no-cache' },
  } as never) as DataProvider;

  // The API answers at most MAX_PAGE_SIZE rows a page (docs/api.md); a longer page (a CSV export) is read page by page.
  const readInPages = async (resource: string, params: any) => {
    const perPage = params.pagination?.perPage ?? 25;
    if (perPage <= MAX_PAGE_SIZE) return base.getList(resource, params);
    if (params.pagination.page !== 1) throw new Error(`A page of more than ${MAX_PAGE_SIZE} rows can only be the first`);
    const rows: RaRecord[] = [];
    let total = Infinity;
    for (let offset = 0; offset < perPage && offset < total; offset += MAX_PAGE_SIZE) {
      const page = await base.getList(resource, { ...params, pagination: { page: offset / MAX_PAGE_SIZE + 1, perPage: MAX_PAGE_SIZE } });
      rows.push(...page.data);
      total = page.total ?? rows.length;
      if (page.data.length < MAX_PAGE_SIZE) break;
    }
    return { data: rows.slice(0, perPage), total: total === Infinity ? rows.length : total };
  };
  const paged = { ...base, getList: readInPages } as DataProvider;

  const translated = Object.fromEntries(
    (['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete', 'updateMany', 'deleteMany'] as const).map((method) => [
      method,
      (resource: string, params: unknown) => (paged[method] as (r: string, p: unknown) => Promise<unknown>)(resource, params).catch((e) => Promise.reject(toHttpError(e))),
    ]),
  ) as unknown as DataProvider;

  async function run(operation: Operation) {
    const definition = operation.query.definitions[0] as OperationDefinitionNode;
    try {
      if (definition.operation === 'mutation') {
        return operation.parseResponse((await client.mutate({ mutation: operation.query, variables: operation.variables })) as { data: any });
      }
      const response = await client.query({ query: operation.query, variables: operation.variables, errorPolicy: 'all' });
      return withRefusedFieldsAsNull(operation).parseResponse(response as { data: any; errors?: readonly ApiError[] });
    } catch (error) {
      throw toHttpError(error);
    }
  }

  return {
    ...translated,
    changeExaminerStatus: (params) => run(changeExaminerStatus(params)),
    verifyCredential: (params) => run(verifyCredential(params)),
    rejectCredential: (params) => run(rejectCredential(params)),
    renewCredential: (params) => run(renewCredential(params)),
    getCredentialTerms: (params) => run(getCredentialTerms(params)),
    getReputationWeights: () => run(getReputationWeights()),
    updateReputationWeights: (params) => run(updateReputationWeights(params)),
    previewReputationWeights: (params) => run(previewReputationWeights(params)),
    refreshReputation: () => run(refreshReputation()),
    getTotals: (params) => run(getTotals(params)),
    getCaseClaimant: (params) => run(getCaseClaimant(params)),
    getReportContent: (params) => run(getReportContent(params)),
    getJurisdictions: () => run(getJurisdictions()),
    declareConflict: (params) => run(declareConflict(params)),
    updateConflict: (params) => run(updateConflict(params)),
    removeConflict: (params) => run(removeConflict(params)),
    getConflicts: (params) => run(getConflicts(params)),
    getStats: (params) => run(getStats(params)),
    getExaminerHistory: (params) => run(getExaminerHistory(params)),
    choosePanelMember: (params) => run(choosePanelMember(params)),
    startReport: (params) => run(startReport(params)),
    submitReport: (params) => run(submitReport(params)),
    getUpcomingExams: () => run(getUpcomingExams()),
    replayWebhookDelivery: (params) => run(replayWebhookDelivery(params)),
  };
}

export const dataProvider = withUsers(buildDataProvider());

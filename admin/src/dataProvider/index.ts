import { ApolloClient, HttpLink, InMemoryCache, Observable, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import type { OperationDefinitionNode } from 'graphql';
import type { DataProvider, RaRecord } from 'ra-core';
import buildGraphQLProvider from 'ra-data-graphql';
import { freshAuthorizationHeader, renewAccess } from '../authProvider';
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
import { getCaseHistory, getCredentialTermHistory, getExaminerHistory, getExaminersAuditOf, getReportHistory, getReputationWeightsHistory, type AuditPage } from './history';
import { getTotals } from './totals';
import { explainCaseEligibility } from './eligibility';
import { withUsers } from './users';

import { answerClaimantRequest, getClaimantPortal, issueClaimantAccess, revokeClaimantAccess } from './claimant-portal';
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
  previewReputationWeights(params: { weights: Record<string, unknown> }): Promise<{ data: { id: string; currentScore: number | null; previewScore: number | null; examiner: { id: string; displayName: string; status: string; reputation: { reportsCounted: number | null; examsCounted: number | null } } }[]; total: number }>;
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
    data: { statusHistory: { id: string; fromStatus: string; toStatus: string; reason: string | null; changedBy: string; changedAt: string }[]; audit: AuditPage };
  }>;
  getCaseHistory(params: { id: string }): Promise<{
    data: {
      timeline: { id: string; at: string; type: string; actor: string; actorRole: string | null; fromStatus: string | null; toStatus: string | null; note: string | null }[];
      audit: AuditPage;
    };
  }>;
  getReportHistory(params: { id: string }): Promise<{
    data: {
      versions: { id: string; number: number; event: string; status: string; at: string | null; actor: string | null }[];
      qaReviews: { id: string; outcome: string; notes: string | null; reviewer: string | null; reviewedAt: string | null }[];
      audit: AuditPage;
    };
  }>;
  /** Every term of the credential (this one first, then the earlier ones, latest first) and the audit entries under any of them. */
  getCredentialHistory(params: { id: string }): Promise<{ data: { terms: CredentialTerm[]; audit: AuditPage } }>;
  getReputationWeightsHistory(): Promise<{
    data: { current: { updatedAt: string; updatedBy: string | null; version: number }; changes: AuditPage; refreshes: AuditPage };
  }>;
  replayWebhookDelivery(params: { id: string }): Promise<{ data: RaRecord }>;
  explainCaseEligibility(params: { caseId: string; examinerId: string; examDate?: string | null }): Promise<{ data: EligibilityExplanation }>;
  getClaimantPortal(params: { caseId: string }): Promise<{ data: { accesses: RaRecord[]; requests: RaRecord[] } }>;
  issueClaimantAccess(params: { caseId: string; party: 'CLAIMANT' | 'REPRESENTATIVE' }): Promise<{ data: { link: string; sentTo: string | null; access: { id: string; status: string } } }>;
  revokeClaimantAccess(params: { accessId: string }): Promise<{ data: RaRecord }>;
  answerClaimantRequest(params: { requestId: string; granted: boolean; answer: string }): Promise<{ data: RaRecord }>;
}

export interface EligibilityExplanation {
  caseId: string;
  examDate: string;
  eligible: boolean;
  distanceKm: number | null;
  examiner: { id: string; displayName: string; status: string } | null;
  rules: { rule: string; passed: boolean; reason: string }[];
  case: { id: string; referenceNumber: string; jurisdictionCode: string; requiredSpecialtyCode: string; examFormat: string; telehealthAllowed: boolean; status: string } | null;
}

export interface CredentialTerm {
  id: string;
  number: string;
  issuedOn: string | null;
  expiresOn: string | null;
  verificationStatus: string;
  verifiedAt: string | null;
  verifiedBy: string | null;
  verificationNote: string | null;
  supersededAt: string | null;
  createdAt: string;
  current: boolean;
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

/**
 * A request refused for its access token (HTTP 401: refused before anything ran) is sent once more with a renewed
 * one, so a token that expired in flight is no error; when the session itself has ended the 401 stands, and the
 * sign-in dialog opens (authProvider.ts).
 */
const renewedOnce = onError(({ networkError, operation, forward }) => {
  if ((networkError as { statusCode?: number } | undefined)?.statusCode !== 401 || operation.getContext().renewed) return;
  return new Observable((observer) => {
    void renewAccess().then((renewed) => {
      if (!renewed) return observer.error(networkError);
      operation.setContext({ renewed: true });
      forward(operation).subscribe(observer);
    });
  });
});

export function buildDataProvider(uri = '/graphql'): ImePanelDataProvider {
  const client = new ApolloClient({
    link: from([renewedOnce, setContext(async (_, { headers }) => ({ headers: { ...headers, ...(await freshAuthorizationHeader()) } })), new HttpLink({ uri })]),
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
    getCaseHistory: (params) => run(getCaseHistory(params)),
    getReportHistory: (params) => run(getReportHistory(params)),
    async getCredentialHistory(params) {
      // Two requests: the terms first, then the audit log under each of them (each term is a record of its own).
      const terms: CredentialTerm[] = (await run(getCredentialTermHistory(params))).data;
      const pages: (AuditPage & { recordId: string })[] = terms.length ? (await run(getExaminersAuditOf({ ids: terms.map((t) => t.id) }))).data : [];
      // A renewal names both terms: one entry, counted once.
      const seen = new Set<string>();
      const items = pages.flatMap((p) => p.items).filter((entry) => !seen.has(entry.id) && Boolean(seen.add(entry.id)));
      items.sort((a, b) => b.at.localeCompare(a.at));
      const duplicates = pages.reduce((sum, p) => sum + p.items.length, 0) - items.length;
      return { data: { terms, audit: { items, total: pages.reduce((sum, p) => sum + p.total, 0) - duplicates } } };
    },
    getReputationWeightsHistory: () => run(getReputationWeightsHistory()),
    choosePanelMember: (params) => run(choosePanelMember(params)),
    startReport: (params) => run(startReport(params)),
    submitReport: (params) => run(submitReport(params)),
    getUpcomingExams: () => run(getUpcomingExams()),
    replayWebhookDelivery: (params) => run(replayWebhookDelivery(params)),
    explainCaseEligibility: (params) => run(explainCaseEligibility(params)),
    getClaimantPortal: (params) => run(getClaimantPortal(params)),
    issueClaimantAccess: (params) => run(issueClaimantAccess(params)),
    revokeClaimantAccess: (params) => run(revokeClaimantAccess(params)),
    answerClaimantRequest: (params) => run(answerClaimantRequest(params)),
  };
}

export const dataProvider = withUsers(buildDataProvider());

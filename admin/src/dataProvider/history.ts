import { parse } from 'graphql';
import type { Operation } from './operations';

/**
 * The history of a record for administrators (docs/console.md, "History"): what the owning subgraph's audit log
 * names under the record — who changed what, and when (docs/security.md, "Audit log"; ADMIN only) — beside the
 * record's own account of itself: an examiner's status changes, a case's timeline, a report's versions and QA
 * reviews, a credential's earlier terms, the reputation weights' last change.
 */

const AUDIT_FIELDS = 'id at actorName actorRole action operation recordType';
const AUDIT_PAGE = 100;

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string;
  actorRole: string;
  action: string;
  operation: string;
  recordType: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

const auditPage = (page: any): AuditPage => ({ items: page?.items ?? [], total: page?.total ?? 0 });

/** An examiner's status changes with their reasons, and the examiners audit log's entries under the examiner. */
export const getExaminerHistory = (params: { id: string }): Operation => ({
  query: parse(`query ExaminerHistory($id: ID!) {
    examiner(id: $id) { id statusHistory { id fromStatus toStatus reason changedBy changedAt } }
    examinersAuditLog(filter: { recordId: $id, action: MUTATION }, page: { limit: ${AUDIT_PAGE} }) { total items { ${AUDIT_FIELDS} } }
  }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({
    data: { statusHistory: data.examiner?.statusHistory ?? [], audit: auditPage(data.examinersAuditLog) },
  }),
});

/** A case's timeline (status changes with their reasons, corrections naming the fields) and the cases audit log's entries. */
export const getCaseHistory = (params: { id: string }): Operation => ({
  query: parse(`query CaseHistory($id: ID!) {
    case(id: $id) { id timeline { id at type actor actorRole fromStatus toStatus note } }
    casesAuditLog(filter: { recordId: $id, action: MUTATION }, page: { limit: ${AUDIT_PAGE} }) { total items { ${AUDIT_FIELDS} } }
  }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({ data: { timeline: data.case?.timeline ?? [], audit: auditPage(data.casesAuditLog) } }),
});

/** A report's saved versions (who saved, submitted or finalised it), its QA reviews and the reports audit log's entries. */
export const getReportHistory = (params: { id: string }): Operation => ({
  query: parse(`query ReportHistory($id: ID!) {
    report(id: $id) { id versions { id number event status at actor } qaReviews { id outcome notes reviewer reviewedAt } }
    reportsAuditLog(filter: { recordId: $id, action: MUTATION }, page: { limit: ${AUDIT_PAGE} }) { total items { ${AUDIT_FIELDS} } }
  }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({
    data: { versions: data.report?.versions ?? [], qaReviews: data.report?.qaReviews ?? [], audit: auditPage(data.reportsAuditLog) },
  }),
});

const TERM_FIELDS = 'id number issuedOn expiresOn verificationStatus verifiedAt verifiedBy verificationNote supersededAt createdAt current';

/** A credential's term and the earlier terms it renewed, latest first (the first half of a credential's history). */
export const getCredentialTermHistory = (params: { id: string }): Operation => ({
  query: parse(`query CredentialTermHistory($id: ID!) {
    credential(id: $id) { ${TERM_FIELDS} previousTerms { ${TERM_FIELDS} } }
  }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({ data: data.credential ? [data.credential, ...data.credential.previousTerms] : [] }),
});

/**
 * The examiners audit log's entries under each of several records in one request (every term of a credential is a
 * record of its own: adding, verifying and renewing each term is audited under that term's id).
 */
export const getExaminersAuditOf = (params: { ids: string[] }): Operation => {
  const ids = params.ids.slice(0, 20);
  const variables = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  const declared = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const selections = ids
    .map((_, i) => `r${i}: examinersAuditLog(filter: { recordId: $id${i}, action: MUTATION }, page: { limit: ${AUDIT_PAGE} }) { total items { ${AUDIT_FIELDS} } }`)
    .join('\n');
  return {
    query: parse(ids.length ? `query ExaminersAuditOf(${declared}) { ${selections} }` : `query ExaminersAuditOf { __typename }`),
    variables,
    parseResponse: ({ data }) => ({ data: ids.map((id, i) => ({ recordId: id, ...auditPage(data[`r${i}`]) })) }),
  };
};

/** Who changed the reputation weights, and when (the weights are one record; each save is audited). */
export const getReputationWeightsHistory = (): Operation => ({
  query: parse(`query ReputationWeightsHistory {
    reputationWeights { updatedAt updatedBy version }
    changes: examinersAuditLog(filter: { operation: "updateReputationWeights", action: MUTATION }, page: { limit: ${AUDIT_PAGE} }) { total items { ${AUDIT_FIELDS} } }
    refreshes: examinersAuditLog(filter: { operation: "refreshReputation", action: MUTATION }, page: { limit: 20 }) { total items { ${AUDIT_FIELDS} } }
  }`),
  variables: {},
  parseResponse: ({ data }) => ({ data: { current: data.reputationWeights, changes: auditPage(data.changes), refreshes: auditPage(data.refreshes) } }),
});

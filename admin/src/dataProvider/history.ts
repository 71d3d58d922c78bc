import { parse } from 'graphql';
import type { Operation } from './operations';

const AUDIT_FIELDS = 'id at actorName actorRole action operation recordType';

/**
 * An examiner's history for administrators (docs/console.md, "History"): every status change with its reason, and
 * the examiners subgraph's audit entries naming the examiner — who changed what, and when.
 */
export const getExaminerHistory = (params: { id: string }): Operation => ({
  query: parse(`query ExaminerHistory($id: ID!) {
    examiner(id: $id) { id statusHistory { id fromStatus toStatus reason changedBy changedAt } }
    examinersAuditLog(filter: { recordId: $id, action: MUTATION }, page: { limit: 100 }) { total items { ${AUDIT_FIELDS} } }
  }`),
  variables: { id: params.id },
  parseResponse: ({ data }) => ({
    data: { statusHistory: data.examiner?.statusHistory ?? [], audit: data.examinersAuditLog.items, auditTotal: data.examinersAuditLog.total },
  }),
});

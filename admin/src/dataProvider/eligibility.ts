import { parse } from 'graphql';
import type { Operation } from './operations';

/**
 * Why an examiner is (not) eligible for a case (docs/rules.md, "Eligibility"): every rule judged for the case on the
 * exam date (the one given, else the earliest possible), passed or failed with its reason. The cases subgraph builds
 * the question from the case, party keys included, so the answer is the one proposePanel and assignExaminer judge on.
 */
export const explainCaseEligibility = (params: { caseId: string; examinerId: string; examDate?: string | null }): Operation => ({
  query: parse(`query ExplainCaseEligibility($caseId: ID!, $examinerId: ID!, $examDate: LocalDate) {
    explainCaseEligibility(caseId: $caseId, examinerId: $examinerId, examDate: $examDate) {
      caseId examDate eligible distanceKm
      examiner { id displayName status }
      rules { rule passed reason }
    }
    case(id: $caseId) { id referenceNumber jurisdictionCode requiredSpecialtyCode examFormat telehealthAllowed status }
  }`),
  variables: { caseId: params.caseId, examinerId: params.examinerId, examDate: params.examDate || null },
  parseResponse: ({ data }) => ({ data: { ...data.explainCaseEligibility, case: data.case } }),
});

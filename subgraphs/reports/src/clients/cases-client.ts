import { noteTouchedRecord, type ServiceClient } from '@imepanel/runtime';

/** What the reports subgraph needs to know about a case, read from the cases subgraph. */
export interface CaseFacts {
  id: string;
  referenceNumber: string;
  status: string;
  examinerId: string | null;
  client: { id: string };
  jurisdictionCode: string;
  requiredSpecialtyCode: string;
  lineOfBusiness: string;
  reasons: string[];
  examinedAt: string | null;
  claimantRepresented: boolean;
  treatingProviderNpis: string[];
  referralQuestions: { id: string; position: number; text: string }[];
  jurisdictionRule: {
    code: string;
    reportDueDays: number | null;
    reportDueUnit: 'BUSINESS_DAYS' | 'CALENDAR_DAYS';
    reportDueDaysOutOfState: number | null;
    reportRecipients: string[];
    reportSameDay: boolean;
  };
}

const CASE_FACTS = /* GraphQL */ `
  query CaseFacts($id: ID!) {
    case(id: $id) {
      id referenceNumber status examinerId client { id } jurisdictionCode requiredSpecialtyCode lineOfBusiness reasons examinedAt claimantRepresented treatingProviderNpis
      referralQuestions { id position text }
      jurisdictionRule { code reportDueDays reportDueUnit reportDueDaysOutOfState reportRecipients reportSameDay }
    }
  }
`;

const MARK_REPORTED = /* GraphQL */ `
  mutation MarkCaseReported($caseId: ID!) { markCaseReported(caseId: $caseId) { id status } }
`;

/**
 * Tells the cases subgraph the IME report is final (EXAMINED → REPORTED); idempotent there. The running mutation's
 * audit entry then names the case too: it changed it, through the cases subgraph.
 */
export async function markCaseReported(cases: ServiceClient, caseId: string): Promise<void> {
  await cases.request(MARK_REPORTED, { caseId });
  noteTouchedRecord(caseId);
}

export async function fetchCaseFacts(cases: ServiceClient, caseId: string): Promise<CaseFacts | null> {
  const data = await cases.request<{ case: CaseFacts | null }>(CASE_FACTS, { id: caseId });
  return data.case;
}

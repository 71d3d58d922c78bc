import type { ServiceClient } from '@imepanel/runtime';

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
      id referenceNumber status examinerId client { id } jurisdictionCode requiredSpecialtyCode lineOfBusiness reasons examinedAt
      referralQuestions { id position text }
      jurisdictionRule { code reportDueDays reportDueUnit reportDueDaysOutOfState reportRecipients reportSameDay }
    }
  }
`;

export async function fetchCaseFacts(cases: ServiceClient, caseId: string): Promise<CaseFacts | null> {
  const data = await cases.request<{ case: CaseFacts | null }>(CASE_FACTS, { id: caseId });
  return data.case;
}

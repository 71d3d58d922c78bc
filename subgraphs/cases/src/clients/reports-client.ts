import type { ServiceClient } from '@imepanel/runtime';

/**
 * The IME report of a case as the reports subgraph sees it: its status, who has received it, and what its
 * distribution still lacks. Which recipients a case requires, and the same-day rule, are the reports
 * subgraph's (Report.missingRecipients, Report.sameDayViolation); the cases subgraph only reads the answer.
 */
export interface CaseReportFacts {
  id: string;
  status: string;
  deliveredTo: string[];
  /** Required recipients without a copy, in the order required. */
  missingRecipients: string[];
  /** How the delivered copies broke the same-day rule, or null. */
  sameDayViolation: string | null;
  /** SHA-256 of the final report's PDF, every recipient's bytes (docs/documents.md), once final. */
  pdfSha256: string | null;
}

const CASE_REPORT = /* GraphQL */ `
  query CaseReport($caseId: ID!) {
    reports(filter: { caseId: $caseId, kind: [IME] }, page: { limit: 1 }) {
      items { id status pdfSha256 deliveries { recipient } missingRecipients sameDayViolation }
    }
  }
`;

interface CaseReportRow {
  id: string;
  status: string;
  deliveries: { recipient: string }[];
  missingRecipients: string[] | null;
  sameDayViolation: string | null;
  pdfSha256: string | null;
}

export async function fetchCaseReport(reports: ServiceClient, caseId: string): Promise<CaseReportFacts | null> {
  const data = await reports.request<{ reports: { items: CaseReportRow[] } }>(CASE_REPORT, { caseId });
  const report = data.reports.items[0];
  if (!report) return null;
  if (!report.missingRecipients) throw new Error(`the reports subgraph did not say which recipients report ${report.id} lacks`);
  return {
    id: report.id,
    status: report.status,
    deliveredTo: [...new Set(report.deliveries.map((d) => d.recipient))],
    missingRecipients: report.missingRecipients,
    sameDayViolation: report.sameDayViolation,
    pdfSha256: report.pdfSha256 ?? null,
  };
}

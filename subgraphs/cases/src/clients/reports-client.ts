import type { ServiceClient } from '@imepanel/runtime';

/** The IME report of a case as the reports subgraph sees it: its status and who has received it. */
export interface CaseReportFacts {
  id: string;
  status: string;
  deliveredTo: string[];
}

const CASE_REPORT = /* GraphQL */ `
  query CaseReport($caseId: ID!) {
    reports(filter: { caseId: $caseId, kind: [IME] }, page: { limit: 1 }) { items { id status deliveries { recipient } } }
  }
`;

export async function fetchCaseReport(reports: ServiceClient, caseId: string): Promise<CaseReportFacts | null> {
  const data = await reports.request<{ reports: { items: { id: string; status: string; deliveries: { recipient: string }[] }[] } }>(CASE_REPORT, {
    caseId,
  });
  const report = data.reports.items[0];
  return report ? { id: report.id, status: report.status, deliveredTo: [...new Set(report.deliveries.map((d) => d.recipient))] } : null;
}

import { noteTouchedRecord, type ServiceClient } from '@imepanel/runtime';
import type { HolidayCalendar } from '@imepanel/runtime/calendar';
import type { ReportRecipient } from '@imepanel/runtime/vocabulary';
import type { ImeReason } from '../domain/completeness';

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
  reasons: ImeReason[];
  examinedAt: string | null;
  claimantRepresented: boolean;
  treatingProviderNpis: string[];
  referralQuestions: { id: string; position: number; text: string }[];
  jurisdictionRule: {
    code: string;
    reportDueDays: number | null;
    reportDueUnit: 'BUSINESS_DAYS' | 'CALENDAR_DAYS';
    reportDueDaysOutOfState: number | null;
    reportRecipients: ReportRecipient[];
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

const CASE_DOCUMENTS = /* GraphQL */ `
  query CaseDocuments($id: ID!) { case(id: $id) { documents { id kind fileName status releasedToExaminer } } }
`;

export interface CaseDocumentFacts {
  id: string;
  kind: string;
  fileName: string;
  status: string;
  releasedToExaminer: boolean;
}

/** The case's documents as the cases subgraph holds them (records intake, docs/documents.md); null for no such case. */
export async function fetchCaseDocuments(cases: ServiceClient, caseId: string): Promise<CaseDocumentFacts[] | null> {
  const data = await cases.request<{ case: { documents: CaseDocumentFacts[] | null } | null }>(CASE_DOCUMENTS, { id: caseId });
  return data.case?.documents ?? null;
}

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

const HOLIDAYS = /* GraphQL */ `
  query JurisdictionHolidays($code: String!, $from: LocalDate!, $to: LocalDate!) {
    jurisdictionRule(code: $code) { holidayYearsFrom holidayYearsThrough holidays(from: $from, to: $to) { date } }
  }
`;

/**
 * The jurisdiction's holiday calendar for the years `fromYear` to `toYear`, as the cases subgraph (which owns the
 * jurisdiction rules) holds it: the days a business-day deadline skips, known only for the years it covers, so a
 * count that runs past them is refused (OutsideHolidayCalendarError) rather than guessed.
 */
export async function fetchHolidayCalendar(cases: ServiceClient, code: string, fromYear: number, toYear: number): Promise<HolidayCalendar> {
  const data = await cases.request<{ jurisdictionRule: { holidayYearsFrom: number; holidayYearsThrough: number; holidays: { date: string }[] } | null }>(
    HOLIDAYS,
    { code, from: `${fromYear}-01-01`, to: `${toYear}-12-31` },
  );
  const rule = data.jurisdictionRule;
  if (!rule) throw new Error(`jurisdiction rule ${code} not found in the cases subgraph`);
  const first = Math.max(rule.holidayYearsFrom, fromYear);
  const last = Math.min(rule.holidayYearsThrough, toYear);
  // Years asked for outside the covered ones are not known: bound the calendar by both (every day asked for
  // then lies outside it and is refused, with the covered years in the message).
  const [from, through] = last >= first ? [first, last] : [rule.holidayYearsFrom, rule.holidayYearsThrough];
  return { name: code, dates: new Set(rule.holidays.map((h) => h.date)), from: `${from}-01-01`, through: `${through}-12-31` };
}

const CLAIMANT_ACCESS = /* GraphQL */ `
  query ClaimantAccessParty($accessId: ID!, $caseId: ID!) { claimantAccessParty(accessId: $accessId, caseId: $caseId) }
`;

/** Whom a claimant portal session is for while its link still works (CLAIMANT or REPRESENTATIVE), else null. */
export async function fetchClaimantAccessParty(cases: ServiceClient, accessId: string, caseId: string): Promise<'CLAIMANT' | 'REPRESENTATIVE' | null> {
  const data = await cases.request<{ claimantAccessParty: 'CLAIMANT' | 'REPRESENTATIVE' | null }>(CLAIMANT_ACCESS, { accessId, caseId });
  return data.claimantAccessParty;
}

import type pg from 'pg';
import { authorizationHeader } from './bench-auth';
import type { Random } from '../../scripts/seeding/random';

/**
 * The representative client workload of the throughput benchmark: what a claims system and the admin
 * console ask most, each crossing subgraphs.
 */

/** A page of a client's cases with examiner, specialty and report status: cases, examiners and reports. */
const CASE_PAGE = /* GraphQL */ `
  query CasePage($clientId: ID!, $limit: Int!, $offset: Int!) {
    cases(filter: { clientId: $clientId }, page: { limit: $limit, offset: $offset }) {
      total hasMore
      items {
        id referenceNumber status priority dueDate jurisdictionCode createdAt
        requiredSpecialty { code name }
        examiner { id displayName }
        currentReportStatus
      }
    }
  }
`;

/** An examiner's profile with their metrics: examiners, cases (open load, case figures) and reports. */
const EXAMINER_PROFILE = /* GraphQL */ `
  query ExaminerProfile($id: ID!, $ids: [ID!], $limit: Int!) {
    examiner(id: $id) {
      id displayName npi status yearsInPractice languages telehealth
      practiceGroup { name }
      specialties { primary boardCertified specialty { code name } }
      credentials { kind jurisdiction expiresOn verificationStatus }
      offices { city region }
      reputation { score components { name value } }
      openCaseCount
      cases(page: { limit: $limit }) { referenceNumber status createdAt }
      reports(page: { limit: $limit }) { status dueDate finalisedAt }
    }
    caseStats(filter: { examinerId: $ids }) { overall { count medianDaysToExam noShowRate cancellationRate } }
    reportStats(filter: { examinerId: $ids }) { overall { count medianTurnaroundDays onTimeRate addendumRate claimantCopyOnTimeRate } }
  }
`;

/** Draws a panel for a case from the examiners eligible for it. */
const PROPOSE_PANEL = /* GraphQL */ `
  mutation ProposePanel($caseId: ID!, $size: Int, $strategy: PanelStrategy!) {
    proposePanel(caseId: $caseId, input: { size: $size, strategy: $strategy, allowSmallerPanel: true }) { id members { examinerId } }
  }
`;

/** Free exam slots of a case's assigned examiner over the next 90 days, as the client's scheduler asks for them. */
const AVAILABLE_SLOTS = /* GraphQL */ `
  query AvailableSlots($caseId: ID!) {
    availableSlots(caseId: $caseId, limitPerExaminer: 5) {
      earliestExamDate latestExamDate examinersWithoutAvailability
      earliest { examinerId startsAt }
      slots { examinerId startsAt endsAt format location timeZone localStartText }
    }
  }
`;

/** A single-use download link of one of the case's records (the bytes are then fetched from the gateway). */
const DOCUMENT_LINK = /* GraphQL */ `
  mutation DocumentLink($id: ID!) {
    requestDocumentDownload(documentId: $id) { path expiresAt }
  }
`;

/** What one client's own staff asks (availableSlots and documents are for the client of the case, not an administrator). */
export interface ClientWorkload {
  clientId: string;
  /** The client user's authorization header. */
  headers: Record<string, string>;
  /** The client's cases with an examiner assigned and no exam booked yet. */
  assignedCases: string[];
  /** Documents stored on the client's cases (uploaded by the benchmark before it runs). */
  documents: string[];
}

export interface WorkloadData {
  clients: { id: string; cases: number }[];
  examiners: string[];
  /** Cases waiting for a panel, in a jurisdiction and specialty with many eligible examiners. */
  requestedCases: string[];
  /** Set once the client's documents are uploaded (bench/lib/client-workload.ts). */
  client?: ClientWorkload;
}

/** Ids the workload draws from: clients with enough cases to page, examiners with cases, requested cases. */
export async function loadWorkloadData(sql: pg.ClientBase): Promise<WorkloadData> {
  const clients = await sql.query<{ id: string; cases: number }>(
    `select client_id as id, count(*)::int as cases from cases.ime_case group by client_id having count(*) >= 200 order by md5(client_id::text) limit 50`,
  );
  const examiners = await sql.query<{ id: string }>(
    `select examiner_id as id from cases.ime_case where examiner_id is not null group by examiner_id order by md5(examiner_id::text) limit 200`,
  );
  const requested = await sql.query<{ id: string }>(
    `select id from cases.ime_case where status = 'REQUESTED' and required_specialty_code = 'ORTHO' and jurisdiction = 'US-NY' order by id limit 200`,
  );
  if (!clients.rows.length || !examiners.rows.length) throw new Error('The database holds too little data for the benchmark: run npm run seed:bulk first (see docs/benchmarks.md)');
  return { clients: clients.rows, examiners: examiners.rows.map((r) => r.id), requestedCases: requested.rows.map((r) => r.id) };
}

export interface GraphQLRequest {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Who asks, when not the benchmark's administrator. */
  headers?: Record<string, string>;
}

export function casePage(data: WorkloadData, random: Random, limit = 50): GraphQLRequest {
  const client = random.pick(data.clients);
  const pages = Math.max(1, Math.min(20, Math.floor(client.cases / limit)));
  return { name: 'case page', query: CASE_PAGE, variables: { clientId: client.id, limit, offset: random.int(0, pages - 1) * limit } };
}

export function examinerProfile(data: WorkloadData, random: Random, limit = 10): GraphQLRequest {
  const id = random.pick(data.examiners);
  return { name: 'examiner profile', query: EXAMINER_PROFILE, variables: { id, ids: [id], limit } };
}

/**
 * A proposal for a random waiting case, or for the case at `turn` (cycling through them) so that concurrent
 * connections never propose for the same case at once: the second would be refused with CONFLICT, rightly.
 */
export function panelProposal(data: WorkloadData, random: Random, turn?: number): GraphQLRequest {
  const caseId = turn === undefined ? random.pick(data.requestedCases) : data.requestedCases[turn % data.requestedCases.length];
  return { name: 'panel proposal', query: PROPOSE_PANEL, variables: { caseId, size: 3, strategy: 'RANDOM' } };
}

function clientOf(data: WorkloadData): ClientWorkload {
  if (!data.client) throw new Error('The client workload is not prepared: call prepareClientWorkload first');
  return data.client;
}

/** The free slots of an assigned case's examiner, asked by the case's client. */
export function availableSlots(data: WorkloadData, random: Random): GraphQLRequest {
  const client = clientOf(data);
  return { name: 'available slots', query: AVAILABLE_SLOTS, variables: { caseId: random.pick(client.assignedCases) }, headers: client.headers };
}

/** A download link of one of the client's documents; the throughput benchmark then downloads it (bench/lib/throughput-bench.ts). */
export function documentLink(data: WorkloadData, random: Random): GraphQLRequest {
  const client = clientOf(data);
  return { name: 'document link', query: DOCUMENT_LINK, variables: { id: random.pick(client.documents) }, headers: client.headers };
}

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function post(url: string, request: GraphQLRequest): Promise<{ body: GraphQLResponse; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(request.headers ?? authorizationHeader()) },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  return { body, ms: performance.now() - started };
}

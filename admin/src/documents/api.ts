import { freshAuthorizationHeader } from '../authProvider';

/**
 * The console's calls for documents (docs/documents.md): GraphQL for the records and their links, then the bytes
 * straight to the gateway's /documents/* routes with the user's own token — never through GraphQL.
 */
async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await freshAuthorizationHeader()) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export interface CaseDocumentRow {
  id: string;
  version: number;
  kind: string;
  fileName: string;
  status: string;
  providedBy: string;
  servedOn: string | null;
  receivedOn: string;
  pageCount: number | null;
  size: number | null;
  mediaType: string | null;
  sha256: string | null;
  releasedToExaminer: boolean | null;
}

export async function listCaseDocuments(caseId: string): Promise<CaseDocumentRow[]> {
  const data = await graphql<{ case: { documents: CaseDocumentRow[] | null } | null }>(
    `query CaseDocuments($id: ID!) { case(id: $id) { documents { id version kind fileName status providedBy servedOn receivedOn pageCount size mediaType sha256 releasedToExaminer } } }`,
    { id: caseId },
  );
  return data.case?.documents ?? [];
}

/** What the gateway answers a transfer with: the record, or the platform's error. */
async function answerOf(response: Response): Promise<any> {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `The transfer failed (HTTP ${response.status})`);
  return body?.data;
}

async function sendFile(path: string, file: File) {
  return answerOf(await fetch(path, { method: 'POST', headers: { 'content-type': file.type || 'application/octet-stream', ...(await freshAuthorizationHeader()) }, body: file }));
}

/** Saves the bytes behind a download link as a file in the browser. */
async function saveFrom(path: string, fileName: string) {
  const response = await fetch(path, { headers: await freshAuthorizationHeader() });
  if (!response.ok) await answerOf(response);
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function uploadCaseDocument(input: { caseId: string; kind: string; providedBy: string; servedOn: string | null; file: File }) {
  const data = await graphql<{ requestDocumentUpload: { link: { path: string } } }>(
    `mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } link { path } } }`,
    { input: { caseId: input.caseId, kind: input.kind, providedBy: input.providedBy, servedOn: input.servedOn || null, fileName: input.file.name, declaredType: input.file.type || 'application/pdf' } },
  );
  return sendFile(data.requestDocumentUpload.link.path, input.file);
}

export async function downloadCaseDocument(document: { id: string; fileName: string }) {
  const data = await graphql<{ requestDocumentDownload: { path: string } }>(`mutation RequestDocumentDownload($id: ID!) { requestDocumentDownload(documentId: $id) { path } }`, { id: document.id });
  await saveFrom(data.requestDocumentDownload.path, document.fileName);
}

export async function markDocumentServed(document: { id: string; version: number }, servedOn: string) {
  await graphql(`mutation MarkDocumentServed($id: ID!, $v: Int!, $on: LocalDate!) { markDocumentServed(documentId: $id, version: $v, servedOn: $on) { id } }`, { id: document.id, v: document.version, on: servedOn });
}

export async function verifyCaseChain(caseId: string) {
  const data = await graphql<{ verifyCaseChain: { entries: number; verified: boolean; headHash: string | null; firstBroken: { seq: number; subjectId: string; reason: string } | null } }>(
    `query VerifyCaseChain($id: ID!) { verifyCaseChain(caseId: $id) { entries verified headHash firstBroken { seq subjectId reason } } }`,
    { id: caseId },
  );
  return data.verifyCaseChain;
}

export async function downloadReportPdf(reportId: string) {
  const data = await graphql<{ requestReportPdfDownload: { path: string } }>(`mutation RequestReportPdfDownload($id: ID!) { requestReportPdfDownload(reportId: $id) { path } }`, { id: reportId });
  await saveFrom(data.requestReportPdfDownload.path, `report-${reportId}.pdf`);
}

export interface EvidenceRow {
  id: string;
  kind: string;
  fileName: string;
  status: string;
  sha256: string | null;
  mediaType: string | null;
}

export async function listCredentialEvidence(credentialId: string): Promise<{ evidence: EvidenceRow[]; verifiedAgainstDocumentId: string | null }> {
  const data = await graphql<{ credential: { verifiedAgainstDocumentId: string | null; evidence: EvidenceRow[] | null } | null }>(
    `query CredentialEvidence($id: ID!) { credential(id: $id) { verifiedAgainstDocumentId evidence { id kind fileName status sha256 mediaType } } }`,
    { id: credentialId },
  );
  return { evidence: data.credential?.evidence ?? [], verifiedAgainstDocumentId: data.credential?.verifiedAgainstDocumentId ?? null };
}

export async function uploadCredentialEvidence(input: { credentialId: string; kind: string; file: File }) {
  const data = await graphql<{ requestCredentialEvidenceUpload: { link: { path: string } } }>(
    `mutation RequestCredentialEvidenceUpload($id: ID!, $input: RequestCredentialEvidenceUploadInput!) { requestCredentialEvidenceUpload(credentialId: $id, input: $input) { evidence { id } link { path } } }`,
    { id: input.credentialId, input: { kind: input.kind, fileName: input.file.name, declaredType: input.file.type || 'application/pdf' } },
  );
  return sendFile(data.requestCredentialEvidenceUpload.link.path, input.file);
}

export async function downloadCredentialEvidence(evidence: { id: string; fileName: string }) {
  const data = await graphql<{ requestCredentialEvidenceDownload: { path: string } }>(`mutation RequestCredentialEvidenceDownload($id: ID!) { requestCredentialEvidenceDownload(documentId: $id) { path } }`, { id: evidence.id });
  await saveFrom(data.requestCredentialEvidenceDownload.path, evidence.fileName);
}

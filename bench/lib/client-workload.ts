import http from 'node:http';
import type pg from 'pg';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { clientAuthorizationHeader } from './bench-auth';
import { post, type ClientWorkload, type WorkloadData } from './workload';

/** How many records the benchmark stores on the client's cases, and about how large each is. */
const DOCUMENTS = 12;
const DOCUMENT_PAGES = 40;

/** A records PDF of `pages` pages of text, about 60 KB: what a clinic sends. */
async function recordsPdf(pages: number, title: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage();
    for (let line = 0; line < 40; line++) page.drawText(`${title}, page ${n}: progress note line ${line + 1} — range of motion, pain scale, plan.`, { x: 40, y: 760 - line * 18, size: 9, font });
  }
  return Buffer.from(await pdf.save());
}

function upload(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/pdf', 'content-length': String(body.length) } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * The part of the workload a client's own staff asks: the client with the most assigned cases among the
 * workload's clients, its assigned cases (their examiner's free slots), and records stored on them through the
 * gateway's document links, as a clinic's upload would (the bulk dataset holds no document bytes).
 */
export async function prepareClientWorkload(gatewayUrl: string, sql: pg.ClientBase, data: WorkloadData, env: Record<string, string | undefined>): Promise<ClientWorkload> {
  const { rows } = await sql.query<{ client_id: string; id: string }>(
    `with chosen as (
       select client_id from cases.ime_case where status = 'ASSIGNED' and client_id = any($1::uuid[])
       group by client_id order by count(*) desc limit 1
     )
     select c.client_id, c.id from cases.ime_case c join chosen using (client_id) where c.status = 'ASSIGNED' order by c.id limit 200`,
    [data.clients.map((c) => c.id)],
  );
  if (!rows.length) throw new Error('No workload client has an ASSIGNED case: run npm run seed:bulk first (see docs/benchmarks.md)');
  const clientId = rows[0].client_id;
  const headers = await clientAuthorizationHeader(env, clientId);
  const assignedCases = rows.map((r) => r.id);
  const origin = new URL(gatewayUrl).origin;
  const documents: string[] = [];
  for (let n = 0; n < DOCUMENTS; n++) {
    const caseId = assignedCases[n % assignedCases.length];
    const { body } = await post(gatewayUrl, {
      name: 'record upload',
      query: `mutation ($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } link { path } } }`,
      variables: { input: { caseId, kind: 'MEDICAL_RECORD', fileName: `bench-records-${n + 1}.pdf`, declaredType: 'application/pdf', providedBy: 'CLIENT' } },
      headers,
    });
    if (body.errors?.length) throw new Error(`The benchmark's record upload was refused: ${body.errors.map((e) => e.message).join('; ')}`);
    const requested = body.data as { requestDocumentUpload: { document: { id: string }; link: { path: string } } };
    const status = await upload(origin + requested.requestDocumentUpload.link.path, headers, await recordsPdf(DOCUMENT_PAGES, `Benchmark records ${n + 1}`));
    if (status !== 201) throw new Error(`The benchmark's record upload was refused (HTTP ${status})`);
    documents.push(requested.requestDocumentUpload.document.id);
  }
  return { clientId, headers, assignedCases, documents };
}

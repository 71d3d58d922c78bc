import { createHash } from 'node:crypto';
import http from 'node:http';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { GraphQLClient } from 'graphql-request';

/** A real PDF of `pages` pages, as a scanner or a records vendor would send. */
export async function samplePdf(pages: number, title = 'Medical record'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) pdf.addPage().drawText(`${title}, page ${n} of ${pages}`, { x: 72, y: 720, size: 12, font });
  return Buffer.from(await pdf.save());
}

/** A 1×1 PNG. */
export const SAMPLE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface TransferAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Bytes of the upload written before the answer came. */
  bytesSent: number;
}

/**
 * Sends a request to the gateway with node:http, streaming `source` as the body with backpressure and stopping as
 * soon as the answer arrives (as a browser does when a server refuses an upload early).
 */
export function transfer(url: string, options: { method: 'GET' | 'POST'; token?: string; source?: AsyncIterable<Buffer> | Buffer; headers?: Record<string, string> }): Promise<TransferAnswer> {
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const request = http.request(url, { method: options.method, headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers } });
    request.on('response', (response) => {
      answered = true;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts), bytesSent }));
      response.on('error', reject);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const source = options.source;
    if (!source) return void request.end();
    if (Buffer.isBuffer(source)) {
      bytesSent = source.length;
      return void request.end(source);
    }
    void (async () => {
      for await (const chunk of source) {
        if (answered || request.destroyed) return;
        bytesSent += chunk.length;
        if (!request.write(chunk)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              request.off('drain', done).off('close', done).off('response', done);
              resolve();
            };
            request.on('drain', done).on('close', done).on('response', done);
          });
        }
      }
      if (!answered && !request.destroyed) request.end();
    })().catch(() => undefined);
  });
}

const UPLOAD = `mutation ($input: RequestDocumentUploadInput!) {
  requestDocumentUpload(input: $input) { document { id status version } link { path expiresAt } }
}`;

/** Asks for an upload link as `client` (the caller's own token must go with it). */
export async function requestUpload(client: GraphQLClient, input: Record<string, unknown>) {
  const data = await client.request<{ requestDocumentUpload: { document: { id: string; status: string; version: number }; link: { path: string; expiresAt: string } } }>(UPLOAD, {
    input: { kind: 'MEDICAL_RECORD', fileName: 'records.pdf', declaredType: 'application/pdf', providedBy: 'CLIENT', ...input },
  });
  return data.requestDocumentUpload;
}

export async function requestDownload(client: GraphQLClient, documentId: string) {
  const data = await client.request<{ requestDocumentDownload: { path: string } }>(`mutation ($id: ID!) { requestDocumentDownload(documentId: $id) { path expiresAt } }`, { id: documentId });
  return data.requestDocumentDownload.path;
}

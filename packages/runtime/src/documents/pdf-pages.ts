import { PDFDocument } from 'pdf-lib';
import type { DocumentStore } from './document-store';

/**
 * PDFs up to this size have their pages counted (pdf-lib parses a whole file in memory, so larger ones are not:
 * their page count stays unknown rather than a 50 MB buffer per upload; docs/documents.md).
 */
export const PAGE_COUNT_MAX_BYTES = 25 * 1000 * 1000;

/** The page count of a stored PDF, read back from the store; null for another type, a larger file or an unreadable PDF. */
export async function storedPdfPageCount(store: DocumentStore, document: { sha256: string; size: number; mediaType: string }): Promise<number | null> {
  if (document.mediaType !== 'application/pdf' || document.size > PAGE_COUNT_MAX_BYTES) return null;
  const found = await store.get(document.sha256);
  if (!found) return null;
  const parts: Buffer[] = [];
  for await (const part of found.stream) parts.push(part as Buffer);
  try {
    const pdf = await PDFDocument.load(Buffer.concat(parts), { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    return pdf.getPageCount();
  } catch {
    return null;
  }
}

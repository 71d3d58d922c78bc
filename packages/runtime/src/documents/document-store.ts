/**
 * Where documents live: one interface, content-addressed by SHA-256, streamed in and out (docs/documents.md,
 * "Storage"). The PostgreSQL implementation (postgres-document-store.ts) is the only one; an object store can be
 * added behind the same interface.
 */
import type { Readable } from 'node:stream';

/** What a document of one kind may be: its size limit and the media types its content may have. */
export interface DocumentLimits {
  /** Refused once the upload goes past this many bytes (counted while streaming). */
  maxBytes: number;
  /** Media types detected from the content (magic bytes) that the kind accepts, e.g. `application/pdf`. */
  allowedTypes: readonly string[];
  /** The type the uploader said the file has; content of another type is refused. */
  declaredType: string;
}

export interface StoredDocument {
  /** Hex SHA-256 of the content: its address in the store. */
  sha256: string;
  size: number;
  /** Detected from the content, never taken from the name or the uploader. */
  mediaType: string;
}

/** Why a store refused content; `field` names the input the refusal is about (docs/api.md, "Errors"). */
export const DOCUMENT_REFUSALS = ['DOCUMENT_TOO_LARGE', 'DOCUMENT_TYPE_NOT_ALLOWED', 'DOCUMENT_TYPE_MISMATCH', 'DOCUMENT_EMPTY'] as const;
export type DocumentRefusalReason = (typeof DOCUMENT_REFUSALS)[number];

export class DocumentRefused extends Error {
  constructor(
    readonly reason: DocumentRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentRefused';
  }

  /** The HTTP status an upload route answers with. */
  get status(): number {
    return this.reason === 'DOCUMENT_TOO_LARGE' ? 413 : 415;
  }
}

export interface DocumentStore {
  /**
   * Stores the stream's bytes unless they break the limits (DocumentRefused; nothing is kept then). Content
   * already stored is kept once: the same bytes uploaded twice get the same address.
   */
  put(content: AsyncIterable<Uint8Array>, limits: DocumentLimits): Promise<StoredDocument>;
  /** The stored bytes, streamed chunk by chunk; null when nothing is stored under the address. */
  get(sha256: string): Promise<{ document: StoredDocument; stream: Readable } | null>;
}

/** 50 MB: the default size limit of every document kind (DOCUMENT_MAX_BYTES). */
export const DEFAULT_DOCUMENT_MAX_BYTES = 50 * 1000 * 1000;

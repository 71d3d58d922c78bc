import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { EntitySchema } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import { fileTypeFromBuffer } from 'file-type';
import { DocumentRefused, type DocumentLimits, type DocumentStore, type StoredDocument } from './document-store';

/** Bytes per stored row: an upload or a download holds at most about one chunk in memory (docs/documents.md). */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

/** file-type reads at most this many bytes of the head to recognise a format. */
const SNIFF_BYTES = 4100;

interface DocumentContentRow {
  id: string;
  sha256: string | null;
  size: number;
  mediaType: string;
  chunks: number;
  createdAt: Date;
}

interface DocumentLinkUseRow {
  linkId: string;
  usedAt: Date;
  actorId: string;
}

interface DocumentChunkRow {
  contentId: string;
  seq: number;
  data: Buffer;
}

/**
 * The two tables of the PostgreSQL store, one pair per subgraph that owns documents (each maps them into its own
 * schema, so instances are not shared between ORMs): `document_content`, one row per distinct content with its
 * SHA-256, and `document_chunk`, its bytes in rows of DOCUMENT_CHUNK_BYTES.
 */
export function defineDocumentStoreEntities() {
  const content = new EntitySchema<DocumentContentRow>({
    name: 'DocumentContent',
    tableName: 'document_content',
    properties: {
      id: { type: 'uuid', primary: true },
      // Null only inside the transaction that is still receiving the bytes (never visible outside it).
      sha256: { type: 'string', length: 64, nullable: true, unique: true },
      size: { type: 'bigint' },
      mediaType: { type: 'string', length: 100 },
      chunks: { type: 'integer' },
      createdAt: { type: 'datetime' },
    },
  });
  const chunk = new EntitySchema<DocumentChunkRow>({
    name: 'DocumentChunk',
    tableName: 'document_chunk',
    properties: {
      contentId: { type: 'uuid', primary: true },
      seq: { type: 'integer', primary: true },
      data: { type: 'blob' },
    },
  });
  // Document links are single-use: the first request on one records it here, any other is refused (document-links.ts).
  const linkUse = new EntitySchema<DocumentLinkUseRow>({
    name: 'DocumentLinkUse',
    tableName: 'document_link_use',
    properties: {
      linkId: { type: 'uuid', primary: true },
      usedAt: { type: 'datetime' },
      actorId: { type: 'string', length: 200 },
    },
  });
  return [content, chunk, linkUse] as const;
}

/**
 * Records the first use of a document link; false when it was used before (the caller refuses the request then).
 * Runs on its own, outside the transfer's transaction, so a broken transfer still spends the link.
 */
export async function spendDocumentLink(knex: Knex, schema: string, linkId: string, actorId: string, at: Date): Promise<boolean> {
  const inserted = await knex(`${schema}.document_link_use`).insert({ link_id: linkId, actor_id: actorId, used_at: at }).onConflict('link_id').ignore().returning('link_id');
  return inserted.length === 1;
}

class Duplicate extends Error {
  constructor(readonly document: StoredDocument) {
    super('content already stored');
  }
}

/** Reads the stream into chunks of DOCUMENT_CHUNK_BYTES, never holding more than one (plus the piece that overflowed it). */
export async function* rechunk(content: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of content) {
    let buffer = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (buffer.length > 0) {
      const take = Math.min(size - pendingBytes, buffer.length);
      pending.push(buffer.subarray(0, take));
      pendingBytes += take;
      buffer = buffer.subarray(take);
      if (pendingBytes === size) {
        yield Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}

/** Checks the detected type of the content's head against the kind's types and the declared one. */
async function detectType(head: Buffer, limits: DocumentLimits): Promise<string> {
  const detected = (await fileTypeFromBuffer(head))?.mime;
  if (!detected) {
    throw new DocumentRefused('DOCUMENT_TYPE_NOT_ALLOWED', `The content is of no recognised type; accepted: ${limits.allowedTypes.join(', ')}`);
  }
  if (!limits.allowedTypes.includes(detected)) {
    throw new DocumentRefused('DOCUMENT_TYPE_NOT_ALLOWED', `The content is ${detected}; accepted: ${limits.allowedTypes.join(', ')}`);
  }
  if (detected !== limits.declaredType) {
    throw new DocumentRefused('DOCUMENT_TYPE_MISMATCH', `The file was declared ${limits.declaredType} but its content is ${detected}`);
  }
  return detected;
}

/**
 * Documents in PostgreSQL, in the owning subgraph's own schema: an upload is written chunk by chunk inside one
 * transaction (so a refused or broken upload leaves nothing), hashed as it streams, and kept once per content.
 */
export class PostgresDocumentStore implements DocumentStore {
  constructor(
    private readonly knex: Knex,
    private readonly schema: string,
    private readonly chunkBytes = DOCUMENT_CHUNK_BYTES,
  ) {}

  private table(name: 'document_content' | 'document_chunk') {
    return `${this.schema}.${name}`;
  }

  async put(content: AsyncIterable<Uint8Array>, limits: DocumentLimits): Promise<StoredDocument> {
    try {
      return await this.knex.transaction(async (trx) => {
        const id = randomUUID();
        await trx(this.table('document_content')).insert({ id, sha256: null, size: 0, media_type: limits.declaredType, chunks: 0, created_at: new Date() });
        const hash = createHash('sha256');
        let size = 0;
        let seq = 0;
        let mediaType: string | null = null;
        for await (const chunk of rechunk(content, this.chunkBytes)) {
          size += chunk.length;
          if (size > limits.maxBytes) throw new DocumentRefused('DOCUMENT_TOO_LARGE', `The file is larger than the ${limits.maxBytes} bytes accepted`);
          mediaType ??= await detectType(chunk.subarray(0, SNIFF_BYTES), limits);
          hash.update(chunk);
          await trx(this.table('document_chunk')).insert({ content_id: id, seq, data: chunk });
          seq++;
        }
        if (size === 0 || !mediaType) throw new DocumentRefused('DOCUMENT_EMPTY', 'The file is empty');
        const sha256 = hash.digest('hex');
        const existing = await this.find(trx, sha256);
        if (existing) throw new Duplicate(existing);
        await trx(this.table('document_content')).where({ id }).update({ sha256, size, media_type: mediaType, chunks: seq });
        return { sha256, size, mediaType };
      });
    } catch (error) {
      if (error instanceof Duplicate) return error.document;
      throw error;
    }
  }

  private async find(knex: Knex, sha256: string): Promise<(StoredDocument & { id: string; chunks: number }) | null> {
    const row = await knex(this.table('document_content')).where({ sha256 }).first('id', 'size', 'media_type', 'chunks');
    return row ? { id: row.id, sha256, size: Number(row.size), mediaType: row.media_type, chunks: row.chunks } : null;
  }

  async get(sha256: string): Promise<{ document: StoredDocument; stream: Readable } | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const found = await this.find(this.knex, sha256);
    if (!found) return null;
    const { knex } = this;
    const table = this.table('document_chunk');
    // One row per read, fetched only when the consumer wants more: a download holds one chunk at a time.
    async function* chunks() {
      for (let seq = 0; seq < found!.chunks; seq++) {
        const row = await knex(table).where({ content_id: found!.id, seq }).first('data');
        if (!row) throw new Error(`document ${sha256}: chunk ${seq} is missing`);
        yield row.data as Buffer;
      }
    }
    return { document: { sha256, size: found.size, mediaType: found.mediaType }, stream: Readable.from(chunks(), { objectMode: false, highWaterMark: 1 }) };
  }
}

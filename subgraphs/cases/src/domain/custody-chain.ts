/**
 * The chain of custody of a case (docs/documents.md, "Chain of custody"): its documents and timeline events as a
 * hash chain, each entry hashing its own fields and the hash of the entry before it, so changing, removing or
 * reordering any entry breaks every link after it. Pure functions: the subgraph stores and reads the entries.
 */
import { createHash } from 'node:crypto';

export const CUSTODY_ENTRY_KINDS = ['DOCUMENT', 'EVENT'] as const;
export type CustodyEntryKind = (typeof CUSTODY_ENTRY_KINDS)[number];

/** The hash before a case's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface CustodyFields {
  seq: number;
  at: Date;
  kind: CustodyEntryKind;
  /** The document or event the entry is about. */
  subjectId: string;
  /** SHA-256 of the document's bytes, or of the event's recorded fields (eventContentHash). */
  contentHash: string;
  actor: string;
  label: string;
  prevHash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every level: the same value hashes the same however a store orders its keys (jsonb does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The entry's own hash: SHA-256 over its fields in a fixed order, the previous entry's hash included. */
export function custodyHash(entry: CustodyFields): string {
  return sha256(JSON.stringify([entry.seq, entry.at.toISOString(), entry.kind, entry.subjectId, entry.contentHash, entry.actor, entry.label, entry.prevHash]));
}

/** What of a timeline event the chain vouches for: its type, time, actor, note, status change and data. */
export function eventContentHash(event: { type: string; at: Date; actor: string; note: string | null; fromStatus: string | null; toStatus: string | null; data: unknown }): string {
  return sha256(canonicalJson([event.type, event.at, event.actor, event.note, event.fromStatus, event.toStatus, event.data ?? null]));
}

export type BrokenLinkReason = 'SEQUENCE_GAP' | 'PREVIOUS_HASH_MISMATCH' | 'ENTRY_HASH_MISMATCH' | 'CONTENT_CHANGED' | 'SUBJECT_MISSING';

export interface BrokenLink {
  seq: number;
  subjectId: string;
  reason: BrokenLinkReason;
}

/**
 * The first entry (in seq order) whose link does not hold, or null when the whole chain verifies: seqs run 0, 1, …;
 * each entry's prevHash is the hash before it; its hash recomputes; and `currentContentHash` (the subject as it is
 * now: the stored bytes' hash, the event row's) still matches what the entry recorded.
 */
export function firstBrokenLink(
  entries: readonly (CustodyFields & { hash: string })[],
  currentContentHash: (entry: CustodyFields) => string | null,
): BrokenLink | null {
  let previous = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const broken = (reason: BrokenLinkReason): BrokenLink => ({ seq: entry.seq, subjectId: entry.subjectId, reason });
    if (entry.seq !== index) return broken('SEQUENCE_GAP');
    if (entry.prevHash !== previous) return broken('PREVIOUS_HASH_MISMATCH');
    if (custodyHash(entry) !== entry.hash) return broken('ENTRY_HASH_MISMATCH');
    const current = currentContentHash(entry);
    if (current === null) return broken('SUBJECT_MISSING');
    if (current !== entry.contentHash) return broken('CONTENT_CHANGED');
    previous = entry.hash;
  }
  return null;
}

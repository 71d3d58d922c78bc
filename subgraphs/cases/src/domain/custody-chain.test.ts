import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, custodyHash, eventContentHash, firstBrokenLink, type CustodyFields } from './custody-chain';

function chain(count: number) {
  const entries: (CustodyFields & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 0; seq < count; seq++) {
    const fields: CustodyFields = { seq, at: new Date(Date.UTC(2026, 0, 1 + seq)), kind: seq % 2 ? 'EVENT' : 'DOCUMENT', subjectId: `s${seq}`, contentHash: `c${seq}`, actor: 'A', label: `entry ${seq}`, prevHash };
    const hash = custodyHash(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}
const contents = (entry: CustodyFields) => entry.contentHash;

describe('chain of custody', () => {
  it('verifies an intact chain, and an empty one', () => {
    expect(firstBrokenLink(chain(5), contents)).toBeNull();
    expect(firstBrokenLink([], contents)).toBeNull();
  });

  it('finds a changed field of an entry at that entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], label: 'rewritten' };
    expect(firstBrokenLink(entries, contents)).toEqual({ seq: 2, subjectId: 's2', reason: 'ENTRY_HASH_MISMATCH' });
  });

  it('finds a rehashed entry at the next link', () => {
    const entries = chain(5);
    const forged = { ...entries[1], label: 'rewritten' };
    entries[1] = { ...forged, hash: custodyHash(forged) };
    expect(firstBrokenLink(entries, contents)).toEqual({ seq: 2, subjectId: 's2', reason: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('finds a removed entry and changed content', () => {
    const entries = chain(4);
    expect(firstBrokenLink([entries[0], entries[2], entries[3]], contents)).toMatchObject({ seq: 2, reason: 'SEQUENCE_GAP' });
    expect(firstBrokenLink(entries, (e) => (e.seq === 3 ? 'other' : e.contentHash))).toMatchObject({ seq: 3, reason: 'CONTENT_CHANGED' });
    expect(firstBrokenLink(entries, (e) => (e.seq === 1 ? null : e.contentHash))).toMatchObject({ seq: 1, reason: 'SUBJECT_MISSING' });
  });

  it('hashes an event the same whatever the order of its data keys (jsonb reorders them)', () => {
    const event = { type: 'SCHEDULED', at: new Date('2026-01-01T10:00:00Z'), actor: 'A', note: null, fromStatus: 'ASSIGNED', toStatus: 'SCHEDULED' };
    expect(eventContentHash({ ...event, data: { b: 1, a: { d: 2, c: [3] } } })).toBe(eventContentHash({ ...event, data: { a: { c: [3], d: 2 }, b: 1 } }));
    expect(eventContentHash({ ...event, data: { a: 1 } })).not.toBe(eventContentHash({ ...event, data: { a: 2 } }));
  });
});

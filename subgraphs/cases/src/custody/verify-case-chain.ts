import { createHash } from 'node:crypto';
import type { DocumentStore } from '@imepanel/runtime';
import { Field, Int, ObjectType } from 'type-graphql';
import type { CasesCommandContext } from '../context';
import { loadCase } from '../commands/case-loading';
import { eventContentHash, firstBrokenLink, type BrokenLink } from '../domain/custody-chain';
import { CaseDocument, CaseEvent, CustodyEntry } from '../entities';

@ObjectType('CustodyBrokenLink')
export class CustodyBrokenLinkType {
  @Field(() => Int, { description: 'Position of the first entry whose link does not hold' })
  seq!: number;

  @Field(() => String, { description: 'The document or event of that entry' })
  subjectId!: string;

  @Field(() => String, { description: 'SEQUENCE_GAP, PREVIOUS_HASH_MISMATCH, ENTRY_HASH_MISMATCH, CONTENT_CHANGED or SUBJECT_MISSING' })
  reason!: string;
}

@ObjectType('CaseChainVerification')
export class CaseChainVerification {
  @Field(() => String)
  caseId!: string;

  @Field(() => Int, { description: 'Entries in the chain' })
  entries!: number;

  @Field(() => Boolean, { description: 'Every link recomputes, and every document and event is as recorded' })
  verified!: boolean;

  @Field(() => CustodyBrokenLinkType, { nullable: true, description: 'The first broken link, when one is' })
  firstBroken!: BrokenLink | null;

  @Field(() => String, { nullable: true, description: 'Hash of the last entry: the whole chain in one value' })
  headHash!: string | null;
}

/** SHA-256 of a stored document's bytes, recomputed from the store (null when the content is gone). */
async function storedContentHash(store: DocumentStore, sha256: string): Promise<string | null> {
  const found = await store.get(sha256);
  if (!found) return null;
  const hash = createHash('sha256');
  for await (const chunk of found.stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Recomputes a case's chain of custody (docs/documents.md, "Chain of custody"): every entry's hash and link, every
 * document's bytes from the store, every event's recorded fields; answers the first link that does not hold.
 */
export async function verifyCaseChain(ctx: CasesCommandContext, store: DocumentStore, caseId: string): Promise<CaseChainVerification> {
  await loadCase(ctx.em, caseId, ctx.actor);
  const entries = await ctx.em.find(CustodyEntry, { case: caseId }, { orderBy: { seq: 'asc' } });
  const events = new Map((await ctx.em.find(CaseEvent, { case: caseId })).map((e) => [e.id, e]));
  const documents = new Map((await ctx.em.find(CaseDocument, { case: caseId })).map((d) => [d.id, d]));
  const current = new Map<string, string | null>();
  for (const entry of entries) {
    if (entry.kind === 'EVENT') {
      const event = events.get(entry.subjectId);
      current.set(entry.id, event ? eventContentHash(event) : null);
    } else {
      const document = documents.get(entry.subjectId);
      current.set(entry.id, document?.sha256 === entry.contentHash ? await storedContentHash(store, entry.contentHash) : (document?.sha256 ?? null));
    }
  }
  const firstBroken = firstBrokenLink(entries, (entry) => current.get((entry as CustodyEntry).id) ?? null);
  return { caseId, entries: entries.length, verified: firstBroken === null, firstBroken, headHash: entries.at(-1)?.hash ?? null };
}

import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { custodyHash, eventContentHash, GENESIS_HASH, type CustodyFields } from '../domain/custody-chain';
import { Case, CaseDocument, CaseDocumentStatus, CaseEvent, CustodyEntry } from '../entities';

/** What an entry of the chain records, before its place in the chain is known. */
export interface CustodySubject {
  caseId: string;
  kind: CustodyFields['kind'];
  subjectId: string;
  contentHash: string;
  actor: string;
  at: Date;
  label: string;
}

/**
 * The last link of each case named, read under a transaction-scoped advisory lock per case, so two transactions
 * appending to one chain take turns (the second sees the first's link); within one flush the links follow each other.
 */
async function lastLinks(em: EntityManager, caseIds: string[]): Promise<Map<string, { seq: number; hash: string }>> {
  const connection = em.getConnection();
  const trx = em.getTransactionContext();
  const last = new Map<string, { seq: number; hash: string }>();
  for (const caseId of [...caseIds].sort()) {
    await connection.execute('select pg_advisory_xact_lock(hashtextextended(?, 17))', [`custody:${caseId}`], 'all', trx);
    const rows = await connection.execute<{ seq: number; hash: string }[]>(
      'select seq, hash from cases.custody_entry where case_id = ? order by seq desc limit 1',
      [caseId],
      'all',
      trx,
    );
    last.set(caseId, rows[0] ? { seq: rows[0].seq, hash: rows[0].hash } : { seq: -1, hash: GENESIS_HASH });
  }
  return last;
}

/** What of a flush goes on the chain: timeline events created, and documents whose content was stored. */
function subjectsOf(args: FlushEventArgs): CustodySubject[] {
  const subjects: CustodySubject[] = [];
  for (const change of args.uow.getChangeSets()) {
    const entity = change.entity;
    if (entity instanceof CaseEvent && change.type === ChangeSetType.CREATE) {
      subjects.push({ caseId: entity.case.id, kind: 'EVENT', subjectId: entity.id, contentHash: eventContentHash(entity), actor: entity.actor, at: entity.at, label: entity.type });
    } else if (
      entity instanceof CaseDocument &&
      entity.status === CaseDocumentStatus.STORED &&
      entity.sha256 &&
      (change.type === ChangeSetType.CREATE || (change.type === ChangeSetType.UPDATE && 'sha256' in change.payload))
    ) {
      subjects.push({ caseId: entity.case.id, kind: 'DOCUMENT', subjectId: entity.id, contentHash: entity.sha256, actor: entity.uploadedBy, at: entity.storedAt ?? new Date(), label: `${entity.kind} ${entity.fileName}` });
    }
  }
  return subjects;
}

/**
 * Appends every document stored and every timeline event recorded to its case's chain of custody, in the same
 * flush (so in the same transaction as the row it vouches for): docs/documents.md, "Chain of custody".
 */
export class CustodySubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const subjects = subjectsOf(args);
    if (subjects.length === 0) return;
    const em = args.em as EntityManager;
    const last = await lastLinks(em, [...new Set(subjects.map((s) => s.caseId))]);
    for (const subject of subjects) {
      const previous = last.get(subject.caseId)!;
      const fields: CustodyFields = {
        seq: previous.seq + 1,
        at: subject.at,
        kind: subject.kind,
        subjectId: subject.subjectId,
        contentHash: subject.contentHash,
        actor: subject.actor.slice(0, 200),
        label: subject.label,
        prevHash: previous.hash,
      };
      const hash = custodyHash(fields);
      const entry = em.create(CustodyEntry, { ...fields, case: em.getReference(Case, subject.caseId), hash }, { persist: false });
      em.persist(entry);
      args.uow.computeChangeSet(entry);
      last.set(subject.caseId, { seq: fields.seq, hash });
    }
  }
}

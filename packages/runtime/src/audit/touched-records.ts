import { AsyncLocalStorage } from 'node:async_hooks';
import { ReferenceKind, Reference, helper, type AnyEntity, type EntityMetadata, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';

/**
 * Which records a mutation changed, for its audit entry (docs/security.md, "Audit log"), collected in one general
 * way rather than listed per mutation: every row the mutation's units of work inserted, updated or deleted, and
 * the record each row is part of (its owner through a ManyToOne that deletes it with the owner, up to the root:
 * a panel member names its panel and the panel's case). Rows of an entity marked @AuditAsPart (a timeline entry,
 * a list replaced wholesale) are named only by their owner. A command that changes a record through another
 * subgraph (the reports subgraph marking a case REPORTED) names it with noteTouchedRecord.
 *
 * Statements that bypass the unit of work (nativeUpdate, nativeDelete, raw SQL) are not seen; a mutation using
 * one names the record it belongs to through a flushed row or its arguments.
 */
const touched = new AsyncLocalStorage<Set<string>>();

/** Runs one mutation and answers what it returned with the ids of the records it changed, in the order seen. */
export async function collectTouchedRecords<T>(work: () => Promise<T> | T): Promise<{ result: T; recordIds: string[] }> {
  const ids = new Set<string>();
  const result = await touched.run(ids, work);
  return { result, recordIds: [...ids] };
}

/** Names a record the running mutation changed outside this subgraph's unit of work (e.g. through another subgraph). */
export function noteTouchedRecord(id: string): void {
  touched.getStore()?.add(id);
}

const parts = new WeakSet<object>();

/**
 * Marks an entity whose rows are part of their owner's record rather than records of their own (a case's timeline
 * entries, its referral questions): an audit entry names the owner, reached through the ManyToOne with
 * `deleteRule: 'cascade'`, not the row.
 */
export function AuditAsPart(): ClassDecorator {
  return (target) => {
    parts.add(target);
  };
}

/** The records a row is part of: its owners through cascading ManyToOne relations, transitively. */
function ownersOf(entity: AnyEntity, meta: EntityMetadata, seen: Set<object>): AnyEntity[] {
  const owners: AnyEntity[] = [];
  for (const relation of meta.relations) {
    if (relation.kind !== ReferenceKind.MANY_TO_ONE || relation.deleteRule !== 'cascade') continue;
    const value = (entity as Record<string, unknown>)[relation.name];
    if (!value) continue;
    const owner = Reference.unwrapReference(value as AnyEntity) as AnyEntity;
    if (seen.has(owner)) continue;
    seen.add(owner);
    owners.push(owner, ...ownersOf(owner, helper(owner).__meta, seen));
  }
  return owners;
}

/**
 * The ORM event subscriber that feeds collectTouchedRecords (registered in orm/subgraph-orm-config.ts). Outside a
 * mutation (scripts, seeders, reads) there is nothing to collect and it does nothing.
 */
export class TouchedRecordsSubscriber implements EventSubscriber {
  afterFlush({ uow }: FlushEventArgs): void {
    const ids = touched.getStore();
    if (!ids) return;
    for (const change of uow.getChangeSets()) {
      const row = change.entity as AnyEntity;
      if (!parts.has(change.meta.class)) ids.add(helper(row).getSerializedPrimaryKey());
      for (const owner of ownersOf(row, change.meta, new Set([row]))) ids.add(helper(owner).getSerializedPrimaryKey());
    }
  }
}

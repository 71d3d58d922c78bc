import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Logger } from 'pino';
import type { Actor } from '../graphql/context';
import type { AuditEntryEntity, AuditEntryRecord } from './audit-entry';

export interface AuditRecorder {
  /**
   * Records that claimant data labelled `operation` (e.g. `Case.claimant`) of one record was read. One entry per
   * record and label per request however often the field is selected; entries of a request are inserted in one
   * statement. Resolves once written, so data is returned only after its read is on record (fail closed).
   */
  read(operation: string, recordType: string, recordId: string, info?: GraphQLResolveInfo): Promise<void>;
  /** Records a mutation that succeeded. */
  mutation(entry: { operation: string; recordType: string | null; recordIds: string[]; details?: Record<string, unknown> | null; info?: GraphQLResolveInfo }): Promise<void>;
}

export interface AuditRecorderOptions {
  em: EntityManager;
  entity: AuditEntryEntity;
  actor: Actor | null;
  requestId: string;
  /** The id the caller gave its request, if any. */
  correlationId: string | null;
  log: Logger;
}

/** The client's operation name; the gateway sends it to subgraphs as `<name>__<subgraph>__<fetch>`, so that suffix goes. */
const operationNameOf = (info?: GraphQLResolveInfo) => info?.operation.name?.value?.replace(/__[A-Za-z0-9_]+__\d+$/, '').slice(0, 200) ?? null;

/**
 * The per-request audit writer of a subgraph. Writes go through their own fork of the EntityManager, outside
 * any transaction of the request: a mutation's entry is written after its transaction committed (so a failed
 * mutation leaves no entry), and a failure to write a read entry fails the read.
 */
export function createAuditRecorder(options: AuditRecorderOptions): AuditRecorder {
  const em = options.em.fork();
  const base = () => {
    const actor = options.actor;
    return {
      id: randomUUID(),
      at: new Date(),
      actorId: actor?.id ?? 'anonymous',
      actorName: actor?.name ?? 'anonymous',
      actorRole: actor?.role ?? 'NONE',
      clientId: actor?.clientId ?? null,
      examinerId: actor?.examinerId ?? null,
      requestId: options.requestId,
      correlationId: options.correlationId,
    };
  };
  const pendingReads = new Map<string, AuditEntryRecord>();
  const reads = new DataLoader<string, true>(
    async (keys) => {
      const rows = keys.map((key) => pendingReads.get(key)!);
      await em.insertMany(options.entity, rows);
      return keys.map(() => true as const);
    },
    { maxBatchSize: 500 },
  );
  return {
    async read(operation, recordType, recordId, info) {
      const key = `${operation}\u0000${recordId}`;
      if (!pendingReads.has(key)) {
        pendingReads.set(key, {
          ...base(),
          action: 'READ',
          operation,
          operationName: operationNameOf(info),
          recordType,
          recordIds: [recordId],
          details: null,
        });
      }
      await reads.load(key);
    },
    async mutation(entry) {
      await em.insertMany(options.entity, [
        {
          ...base(),
          action: 'MUTATION',
          operation: entry.operation,
          operationName: operationNameOf(entry.info),
          recordType: entry.recordType,
          recordIds: entry.recordIds,
          details: entry.details ?? null,
        },
      ]);
    },
  };
}

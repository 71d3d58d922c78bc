import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutboxEventType, OutboxPayload } from './event-types';

/**
 * One row of a subgraph's `outbox_event` table (docs/messaging.md, "Outbox"): a fact written in the same
 * transaction as the change it describes, so both commit or neither does. The relay publishes unpublished rows
 * in `sequence` order and stamps `publishedAt`; `id` is the event id receivers deduplicate by.
 */
export interface OutboxEventRecord {
  id: string;
  /** Monotonically increasing within the subgraph (a bigserial; a string, as PostgreSQL bigints come back). */
  sequence?: string;
  type: OutboxEventType;
  /** What the event is about: `Case`, `Report`, `Examiner`, `Credential`, `WebhookSubscription`. */
  aggregateType: string;
  aggregateId: string;
  /** The case the event belongs to, when there is one: the key webhook order is kept by. */
  caseId: string | null;
  occurredAt: Date;
  payload: OutboxPayload;
  publishedAt: Date | null;
}

/** The name every subgraph registers its outbox mapping under (recordEvent finds it by this name). */
export const OUTBOX_ENTITY_NAME = 'OutboxEvent';
export const OUTBOX_TABLE = 'outbox_event';

/**
 * The outbox table's ORM mapping, one instance per subgraph (each maps it into its own PostgreSQL schema, so
 * instances must not be shared between ORMs), like the audit table's.
 */
export function defineOutboxEventEntity() {
  return new EntitySchema<OutboxEventRecord>({
    name: OUTBOX_ENTITY_NAME,
    tableName: OUTBOX_TABLE,
    properties: {
      id: { type: 'uuid', primary: true, onCreate: () => randomUUID() },
      sequence: { type: 'bigint', autoincrement: true, unique: true },
      type: { type: 'string', length: 60 },
      aggregateType: { type: 'string', length: 60 },
      aggregateId: { type: 'uuid' },
      caseId: { type: 'uuid', nullable: true, index: true },
      occurredAt: { type: 'datetime' },
      payload: { type: 'json' },
      publishedAt: { type: 'datetime', nullable: true },
    },
  });
}

export type OutboxEventEntity = ReturnType<typeof defineOutboxEventEntity>;

export interface OutboxEventInput {
  type: OutboxEventType;
  aggregateType: string;
  aggregateId: string;
  caseId?: string | null;
  /** From the command's clock (`ctx.clock.now()`). */
  occurredAt: Date;
  payload?: OutboxPayload;
}

/**
 * Writes an event to the subgraph's outbox in the caller's unit of work: call it inside the command's
 * `em.transactional`, so the event commits with the change (and is rolled back with a refused one).
 */
export function recordEvent(em: EntityManager, input: OutboxEventInput): void {
  const row: OutboxEventRecord = {
    id: randomUUID(),
    type: input.type,
    aggregateType: input.aggregateType,
    aggregateId: input.aggregateId,
    caseId: input.caseId ?? null,
    occurredAt: input.occurredAt,
    payload: input.payload ?? {},
    publishedAt: null,
  };
  em.persist(em.create<OutboxEventRecord>(OUTBOX_ENTITY_NAME, row));
}

import { randomUUID } from 'node:crypto';
import { ArrayType, EntitySchema } from '@mikro-orm/core';

/** What an audit entry records: one mutation, or one read of claimant data about one record. */
export const AUDIT_ACTIONS = ['MUTATION', 'READ'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One row of a subgraph's append-only `audit_entry` table: who (actor id, name, role and binding), what
 * (mutation name or the personal-data field read), which records, when, and the request id that ties it to
 * the gateway's and every subgraph's log lines (the platform's, never the caller's: the caller's own id is the
 * correlation id, server/request-id.ts). Argument values are never stored: they may be claimant PII.
 */
export interface AuditEntryRecord {
  id: string;
  at: Date;
  actorId: string;
  actorName: string;
  actorRole: string;
  clientId: string | null;
  examinerId: string | null;
  action: AuditAction;
  /** The mutation (`updateCase`) or the field read (`Case.claimant`). */
  operation: string;
  /** The name the client gave its GraphQL operation, if any. */
  operationName: string | null;
  recordType: string | null;
  recordIds: string[];
  requestId: string;
  /** The id the caller gave its request, as given (not trusted: the caller chose it). */
  correlationId: string | null;
  /** Non-identifying details, e.g. the names (never the values) of the input fields a mutation was given. */
  details: Record<string, unknown> | null;
}

/**
 * The audit table's ORM mapping, one instance per subgraph (each maps it into its own PostgreSQL schema, so the
 * instances must not be shared between ORMs). The migration that creates it also installs a trigger that
 * refuses UPDATE, DELETE and TRUNCATE: the table is append-only.
 */
export function defineAuditEntryEntity() {
  return new EntitySchema<AuditEntryRecord>({
    name: 'AuditEntry',
    tableName: 'audit_entry',
    indexes: [
      { properties: ['at'] },
      { properties: ['actorId', 'at'] },
      { properties: ['requestId'] },
      {
        name: 'audit_entry_record_ids_index',
        expression: (table, columns, name) => `create index "${name}" on "${table.schema}"."${table.name}" using gin ("${columns.recordIds}")`,
      },
    ],
    properties: {
      id: { type: 'uuid', primary: true, onCreate: () => randomUUID() },
      at: { type: 'datetime' },
      actorId: { type: 'string', length: 200 },
      actorName: { type: 'string', length: 200 },
      actorRole: { type: 'string', length: 20 },
      clientId: { type: 'uuid', nullable: true },
      examinerId: { type: 'uuid', nullable: true },
      action: { type: 'string', length: 20 },
      operation: { type: 'string', length: 100 },
      operationName: { type: 'string', length: 200, nullable: true },
      recordType: { type: 'string', length: 100, nullable: true },
      recordIds: { type: ArrayType },
      requestId: { type: 'string', length: 100 },
      correlationId: { type: 'string', length: 100, nullable: true },
      details: { type: 'json', nullable: true },
    },
  });
}

export type AuditEntryEntity = ReturnType<typeof defineAuditEntryEntity>;

import { defineAuditEntryEntity } from '@imepanel/runtime';

/** This subgraph's append-only audit table (mutations and reads of claimant data), in its own schema. */
export const AuditEntry = defineAuditEntryEntity();

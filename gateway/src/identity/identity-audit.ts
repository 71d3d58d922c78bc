import { defineAuditEntryEntity } from '@imepanel/runtime';

/**
 * The identity schema's append-only audit table, the same shape as each subgraph's (docs/security.md, "Audit
 * log"): sessions ended by administrators, account changes, lockouts and detected refresh-token reuse.
 */
export const IdentityAuditEntry = defineAuditEntryEntity();

/**
 * The roles of docs/security.md. Every authenticated request acts as exactly one of them.
 *
 * - ADMIN    — the panel administrator: everything, including the audit log.
 * - CLIENT   — an ordering organisation, bound to one client id: its own cases, panels and reports.
 * - EXAMINER — bound to one examiner id: the cases assigned to them and their own reports.
 * - ANALYST  — statistics and de-identified rows: never claimant identity, never free text about a claimant.
 * - SERVICE  — another subgraph calling with the service identity (subgraph-to-subgraph reads).
 * - CLAIMANT — the person examined (or their representative) in the claimant portal, bound to one case id: only
 *              the claimant operations, which name CLAIMANT; every other operation refuses it (docs/claimant-portal.md).
 */
export const ROLES = ['ADMIN', 'CLIENT', 'EXAMINER', 'ANALYST', 'SERVICE', 'CLAIMANT'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles a person can log in as with an account (SERVICE is only ever minted by a service for itself; CLAIMANT by
 * the gateway's claimant portal after the access link, the date of birth and the one-time code).
 */
export const USER_ROLES = ['ADMIN', 'CLIENT', 'EXAMINER', 'ANALYST'] as const satisfies readonly Role[];
export type UserRole = (typeof USER_ROLES)[number];

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

/**
 * Roles that may see claimant identity (name, date of birth, contact, location, representative) and free text
 * that may name the claimant. Row scoping narrows CLIENT and EXAMINER to their own cases before this applies.
 * ADMIN passes every check anyway; it is listed for readers.
 */
export const CLAIMANT_DATA_ROLES = ['ADMIN', 'CLIENT', 'EXAMINER'] as const satisfies readonly Role[];

/**
 * Kinds of party an examiner may declare a conflict with, and that a case's party keys name (docs/rules.md,
 * "Conflicts and party keys"): the examiners subgraph stores them, the cases subgraph computes them.
 */
export const PARTY_TYPES = ['CLAIMANT', 'CLIENT', 'ATTORNEY', 'EMPLOYER', 'PROVIDER'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

/**
 * Who caused a cancellation or a no-show, or struck or selected a panel member (for charging, for the panel
 * procedure and for the examiner's reliability metric, which the examiners subgraph reads from the cases subgraph).
 */
export const CASE_PARTIES = ['CLAIMANT', 'CLIENT', 'EXAMINER', 'ATTORNEY', 'ADMIN', 'OTHER'] as const;
export type CaseParty = (typeof CASE_PARTIES)[number];

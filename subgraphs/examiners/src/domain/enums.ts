/**
 * The examiners subgraph's vocabularies, each written once as an `as const` list with its type, for the domain
 * rules. `entities/enums.ts` turns each into its GraphQL and ORM enum (`defineEnum`), so values pass between the
 * domain, the API and the database unchanged. Credential kinds and party types are named by the cases subgraph
 * too, so they live in the runtime (`@imepanel/runtime/vocabulary`).
 */
import type { CredentialKind } from '@imepanel/runtime/vocabulary';

export { CREDENTIAL_KINDS, PARTY_TYPES, type CredentialKind, type PartyType } from '@imepanel/runtime/vocabulary';

/** Where an examiner stands on the panel; only ACTIVE examiners take cases (docs/rules.md). */
export const EXAMINER_STATUSES = ['PENDING_REVIEW', 'ACTIVE', 'SUSPENDED', 'RETIRED'] as const;
export type ExaminerStatus = (typeof EXAMINER_STATUSES)[number];

/** How a credential reads in a sentence ("medical licence in US-NY expired 2026-03-01"). */
export const CREDENTIAL_KIND_LABELS: Readonly<Record<CredentialKind, string>> = {
  MEDICAL_LICENSE: 'medical licence',
  BOARD_CERTIFICATION: 'board certification',
  IME_CERTIFICATION: 'IME certification',
  QME_CERTIFICATION: 'QME certification',
  DEA_REGISTRATION: 'DEA registration',
  MALPRACTICE_INSURANCE: 'malpractice insurance',
};

/**
 * Kinds issued by one state and valid only there: a state medical licence, a California QME certification, a
 * DEA registration (registered per state). The others (board and IME certifications, insurance) may be
 * recorded without a jurisdiction and then count everywhere.
 */
export const JURISDICTIONAL_CREDENTIAL_KINDS = ['MEDICAL_LICENSE', 'QME_CERTIFICATION', 'DEA_REGISTRATION'] as const satisfies readonly CredentialKind[];

export const isJurisdictionalCredentialKind = (kind: CredentialKind) => (JURISDICTIONAL_CREDENTIAL_KINDS as readonly CredentialKind[]).includes(kind);

export const VERIFICATION_STATUSES = ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const REPUTATION_EVENT_KINDS = ['QA_AUDIT', 'COMPLAINT', 'CLIENT_FEEDBACK', 'CLAIMANT_FEEDBACK', 'COMMENDATION'] as const;
export type ReputationEventKind = (typeof REPUTATION_EVENT_KINDS)[number];

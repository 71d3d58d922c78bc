/**
 * The examiners subgraph's enumerations as plain string-literal types, for the domain rules. The GraphQL and
 * ORM registrations in `entities/enums.ts` use the same literals, so values pass between them unchanged.
 */

/** Where an examiner stands on the panel; only ACTIVE examiners take cases (docs/rules.md). */
export type ExaminerStatus = 'PENDING_REVIEW' | 'ACTIVE' | 'SUSPENDED' | 'RETIRED';
export const EXAMINER_STATUSES = ['PENDING_REVIEW', 'ACTIVE', 'SUSPENDED', 'RETIRED'] as const satisfies readonly ExaminerStatus[];

export type CredentialKind =
  | 'MEDICAL_LICENSE'
  | 'BOARD_CERTIFICATION'
  | 'IME_CERTIFICATION'
  | 'QME_CERTIFICATION'
  | 'DEA_REGISTRATION'
  | 'MALPRACTICE_INSURANCE';
export const CREDENTIAL_KINDS = [
  'MEDICAL_LICENSE',
  'BOARD_CERTIFICATION',
  'IME_CERTIFICATION',
  'QME_CERTIFICATION',
  'DEA_REGISTRATION',
  'MALPRACTICE_INSURANCE',
] as const satisfies readonly CredentialKind[];

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

export type VerificationStatus = 'UNVERIFIED' | 'VERIFIED' | 'REJECTED';
export const VERIFICATION_STATUSES = ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const satisfies readonly VerificationStatus[];

/** Kinds of party an examiner may declare a conflict with (docs/rules.md, "Conflicts and party keys"). */
export type PartyType = 'CLAIMANT' | 'CLIENT' | 'ATTORNEY' | 'EMPLOYER' | 'PROVIDER';
export const PARTY_TYPES = ['CLAIMANT', 'CLIENT', 'ATTORNEY', 'EMPLOYER', 'PROVIDER'] as const satisfies readonly PartyType[];

export type ReputationEventKind = 'QA_AUDIT' | 'COMPLAINT' | 'CLIENT_FEEDBACK' | 'CLAIMANT_FEEDBACK' | 'COMMENDATION';
export const REPUTATION_EVENT_KINDS = [
  'QA_AUDIT',
  'COMPLAINT',
  'CLIENT_FEEDBACK',
  'CLAIMANT_FEEDBACK',
  'COMMENDATION',
] as const satisfies readonly ReputationEventKind[];

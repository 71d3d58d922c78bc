import { registerEnumType } from 'type-graphql';

/**
 * Enumerations of the examiners subgraph, as plain objects so their values are the same string literals the
 * domain functions use. Each is registered once for GraphQL and listed for the ORM's check constraints.
 */
export const ExaminerStatus = {
  PENDING_REVIEW: 'PENDING_REVIEW',
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  RETIRED: 'RETIRED',
} as const;
export type ExaminerStatus = (typeof ExaminerStatus)[keyof typeof ExaminerStatus];
registerEnumType(ExaminerStatus, { name: 'ExaminerStatus', description: 'Where an examiner stands on the panel' });

export const CredentialKind = {
  MEDICAL_LICENSE: 'MEDICAL_LICENSE',
  BOARD_CERTIFICATION: 'BOARD_CERTIFICATION',
  IME_CERTIFICATION: 'IME_CERTIFICATION',
  QME_CERTIFICATION: 'QME_CERTIFICATION',
  DEA_REGISTRATION: 'DEA_REGISTRATION',
  MALPRACTICE_INSURANCE: 'MALPRACTICE_INSURANCE',
} as const;
export type CredentialKind = (typeof CredentialKind)[keyof typeof CredentialKind];
registerEnumType(CredentialKind, { name: 'CredentialKind' });

export const VerificationStatus = {
  UNVERIFIED: 'UNVERIFIED',
  VERIFIED: 'VERIFIED',
  REJECTED: 'REJECTED',
} as const;
export type VerificationStatus = (typeof VerificationStatus)[keyof typeof VerificationStatus];
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });

export const PartyType = {
  CLAIMANT: 'CLAIMANT',
  CLIENT: 'CLIENT',
  ATTORNEY: 'ATTORNEY',
  EMPLOYER: 'EMPLOYER',
  PROVIDER: 'PROVIDER',
} as const;
export type PartyType = (typeof PartyType)[keyof typeof PartyType];
registerEnumType(PartyType, { name: 'PartyType', description: 'Kind of party an examiner may have a conflict with' });

export const ReputationEventKind = {
  QA_AUDIT: 'QA_AUDIT',
  COMPLAINT: 'COMPLAINT',
  CLIENT_FEEDBACK: 'CLIENT_FEEDBACK',
  CLAIMANT_FEEDBACK: 'CLAIMANT_FEEDBACK',
  COMMENDATION: 'COMMENDATION',
} as const;
export type ReputationEventKind = (typeof ReputationEventKind)[keyof typeof ReputationEventKind];
registerEnumType(ReputationEventKind, { name: 'ReputationEventKind' });


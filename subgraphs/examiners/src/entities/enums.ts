import { defineEnum, type EnumValue } from '@imepanel/runtime';
import {
  CREDENTIAL_KINDS,
  EXAMINER_STATUSES,
  PARTY_TYPES,
  REPUTATION_EVENT_KINDS,
  VERIFICATION_STATUSES,
} from '../domain/enums';
import { AVAILABILITY_EXCEPTION_KINDS, EXAM_FORMATS } from '../domain/availability';
import { CREDENTIAL_EVIDENCE_KINDS, CREDENTIAL_EVIDENCE_STATUSES } from '../domain/credential-evidence';

/**
 * The examiners subgraph's vocabularies (domain/enums.ts) as GraphQL enums and ORM check constraints, each
 * registered once: `ExaminerStatus.ACTIVE` is the domain's 'ACTIVE'.
 */
export const ExaminerStatus = defineEnum('ExaminerStatus', EXAMINER_STATUSES, { description: 'Where an examiner stands on the panel' });
export type ExaminerStatus = EnumValue<typeof ExaminerStatus>;

export const CredentialKind = defineEnum('CredentialKind', CREDENTIAL_KINDS);
export type CredentialKind = EnumValue<typeof CredentialKind>;

export const VerificationStatus = defineEnum('VerificationStatus', VERIFICATION_STATUSES);
export type VerificationStatus = EnumValue<typeof VerificationStatus>;

export const PartyType = defineEnum('PartyType', PARTY_TYPES, { description: 'Kind of party an examiner may have a conflict with' });
export type PartyType = EnumValue<typeof PartyType>;

export const ReputationEventKind = defineEnum('ReputationEventKind', REPUTATION_EVENT_KINDS);
export type ReputationEventKind = EnumValue<typeof ReputationEventKind>;

/** The formats an exam is held in; the same enum as the cases subgraph's (one GraphQL type in the supergraph). */
export const ExamFormat = defineEnum('ExamFormat', EXAM_FORMATS);
export type ExamFormat = EnumValue<typeof ExamFormat>;

export const AvailabilityExceptionKind = defineEnum('AvailabilityExceptionKind', AVAILABILITY_EXCEPTION_KINDS, {
  description: 'TIME_OFF: the examiner cannot be booked; EXTRA_HOURS: hours outside the weekly ones',
});
export type AvailabilityExceptionKind = EnumValue<typeof AvailabilityExceptionKind>;
/** What a document attached to a credential is (domain/credential-evidence.ts). */
export const CredentialEvidenceKind = defineEnum('CredentialEvidenceKind', CREDENTIAL_EVIDENCE_KINDS);
export type CredentialEvidenceKind = EnumValue<typeof CredentialEvidenceKind>;

export const CredentialEvidenceStatus = defineEnum('CredentialEvidenceStatus', CREDENTIAL_EVIDENCE_STATUSES, { description: 'PENDING until the bytes arrive through the upload link' });
export type CredentialEvidenceStatus = EnumValue<typeof CredentialEvidenceStatus>;

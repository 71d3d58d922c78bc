import { AuditEntry } from './audit-entry';
import { ConflictDeclaration } from './conflict-declaration';
import { Credential } from './credential';
import { Examiner } from './examiner';
import { AvailabilityException, ExamLength, ExaminerAvailability, WeeklyHours } from './examiner-availability';
import { ExaminerSpecialty } from './examiner-specialty';
import { ExaminerStatusChange } from './examiner-status-change';
import { OfficeLocation } from './office-location';
import { PracticeGroup } from './practice-group';
import { ReputationEvent } from './reputation-event';
import { ReputationComponentValue, ReputationSnapshot } from './reputation-snapshot';
import { ReputationWeights } from './reputation-weights';
import { Specialty } from './specialty';
import { CredentialEvidence, examinersDocumentStoreEntities } from './credential-evidence';
import { OutboxEvent } from './outbox-event';
import { ReminderSent } from './reminder-sent';

export { AuditEntry, ConflictDeclaration, Credential, Examiner, ExaminerSpecialty, ExaminerStatusChange, OfficeLocation, PracticeGroup };
export { ReputationComponentValue, ReputationEvent, ReputationSnapshot, ReputationWeights, Specialty };
export { AvailabilityException, ExamLength, ExaminerAvailability, WeeklyHours };
export { CredentialEvidence };
export { OutboxEvent, ReminderSent };
export * from './enums';

export const entities = [
  Specialty,
  PracticeGroup,
  Examiner,
  OfficeLocation,
  ExaminerSpecialty,
  ExaminerStatusChange,
  Credential,
  CredentialEvidence,
  ...examinersDocumentStoreEntities,
  ConflictDeclaration,
  ReputationEvent,
  ReputationSnapshot,
  ReputationWeights,
  ExaminerAvailability,
  AuditEntry,
  OutboxEvent,
  ReminderSent,
];

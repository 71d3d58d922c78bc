import { AuditEntry } from './audit-entry';
import { ConflictDeclaration } from './conflict-declaration';
import { Credential } from './credential';
import { Examiner } from './examiner';
import { ExaminerSpecialty } from './examiner-specialty';
import { OfficeLocation } from './office-location';
import { PracticeGroup } from './practice-group';
import { ReputationEvent } from './reputation-event';
import { ReputationComponentValue, ReputationSnapshot } from './reputation-snapshot';
import { ReputationWeights } from './reputation-weights';
import { Specialty } from './specialty';
import { OutboxEvent } from './outbox-event';
import { ReminderSent } from './reminder-sent';

export { AuditEntry, ConflictDeclaration, Credential, Examiner, ExaminerSpecialty, OfficeLocation, PracticeGroup };
export { ReputationComponentValue, ReputationEvent, ReputationSnapshot, ReputationWeights, Specialty };
export { OutboxEvent, ReminderSent };
export * from './enums';

export const entities = [
  Specialty,
  PracticeGroup,
  Examiner,
  OfficeLocation,
  ExaminerSpecialty,
  Credential,
  ConflictDeclaration,
  ReputationEvent,
  ReputationSnapshot,
  ReputationWeights,
  AuditEntry,
  OutboxEvent,
  ReminderSent,
];

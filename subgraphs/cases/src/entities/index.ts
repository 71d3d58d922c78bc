import { AuditEntry } from './audit-entry';
import { Appointment } from './appointment';
import { Case } from './case';
import { CaseDocument } from './case-document';
import { CustodyEntry } from './custody-entry';
import { DocumentLink, DocumentUpload } from './document-link';
import { casesDocumentStoreEntities } from './document-store';
import { CaseEvent } from './case-event';
import { Claimant, ClaimantRepresentative } from './claimant';
import { Client } from './client';
import { JurisdictionHoliday } from './jurisdiction-holiday';
import { JurisdictionRule } from './jurisdiction-rule';
import { Notice } from './notice';
import { Panel } from './panel';
import { PanelMember } from './panel-member';
import { ReferralQuestion } from './referral-question';

export { CaseDocument, CustodyEntry, DocumentLink, DocumentUpload };
export { Appointment, Case, CaseEvent, Claimant, ClaimantRepresentative, Client, JurisdictionHoliday, JurisdictionRule, Notice, Panel, PanelMember, ReferralQuestion };
export { AuditEntry };
export * from './enums';
export * from './federated-refs';

export const entities = [
  Client,
  JurisdictionRule,
  JurisdictionHoliday,
  Claimant,
  ClaimantRepresentative,
  Case,
  ReferralQuestion,
  Panel,
  PanelMember,
  Appointment,
  Notice,
  CaseEvent,
  CaseDocument,
  CustodyEntry,
  ...casesDocumentStoreEntities,
  AuditEntry,
];

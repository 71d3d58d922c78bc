import { AuditEntry } from './audit-entry';
import { Appointment, ExaminerKey, InterpreterArrangement } from './appointment';
import { CalendarFeed } from './calendar-feed';
import { Case, PartyCount } from './case';
import { CaseDocument } from './case-document';
import { CustodyEntry } from './custody-entry';
import { DocumentLink, DocumentUpload } from './document-link';
import { casesDocumentStoreEntities } from './document-store';
import { CaseEvent } from './case-event';
import { Claimant, ClaimantRepresentative } from './claimant';
import { ClaimantAccess } from './claimant-access';
import { ClaimantRequest } from './claimant-request';
import { Client } from './client';
import { JurisdictionHoliday } from './jurisdiction-holiday';
import { JurisdictionRule } from './jurisdiction-rule';
import { Notice } from './notice';
import { Panel, PanelExclusion } from './panel';
import { PanelMember } from './panel-member';
import { ReferralQuestion } from './referral-question';
import { InboundEvent } from './inbound-event';
import { Message } from './message';
import { OutboxEvent } from './outbox-event';
import { ReminderSent } from './reminder-sent';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery';
import { WebhookSubscription } from './webhook-subscription';

export { PanelExclusion };
export { Appointment, CalendarFeed, Case, ExaminerKey, InterpreterArrangement, PartyCount, CaseEvent, Claimant, ClaimantRepresentative, Client, JurisdictionHoliday, JurisdictionRule, Notice, Panel, PanelMember, ReferralQuestion };
export { CaseDocument, CustodyEntry, DocumentLink, DocumentUpload };
export { AuditEntry };
export { ClaimantAccess, ClaimantRequest };
export { InboundEvent, Message, OutboxEvent, ReminderSent, WebhookAttempt, WebhookDelivery, WebhookSubscription };
export * from './webhook-enums';
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
  InterpreterArrangement,
  Appointment,
  ExaminerKey,
  CalendarFeed,
  Notice,
  CaseEvent,
  CaseDocument,
  CustodyEntry,
  ...casesDocumentStoreEntities,
  AuditEntry,
  OutboxEvent,
  InboundEvent,
  WebhookSubscription,
  WebhookDelivery,
  Message,
  ReminderSent,
  ClaimantAccess,
  ClaimantRequest,
];

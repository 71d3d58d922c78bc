import { AuditEntry } from './audit-entry';
import { Appointment } from './appointment';
import { Case } from './case';
import { CaseEvent } from './case-event';
import { Claimant, ClaimantRepresentative } from './claimant';
import { Client } from './client';
import { JurisdictionHoliday } from './jurisdiction-holiday';
import { JurisdictionRule } from './jurisdiction-rule';
import { Notice } from './notice';
import { Panel } from './panel';
import { PanelMember } from './panel-member';
import { ReferralQuestion } from './referral-question';
import { InboundEvent } from './inbound-event';
import { Message } from './message';
import { OutboxEvent } from './outbox-event';
import { ReminderSent } from './reminder-sent';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery';
import { WebhookSubscription } from './webhook-subscription';

export { Appointment, Case, CaseEvent, Claimant, ClaimantRepresentative, Client, JurisdictionHoliday, JurisdictionRule, Notice, Panel, PanelMember, ReferralQuestion };
export { AuditEntry };
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
  Appointment,
  Notice,
  CaseEvent,
  AuditEntry,
  OutboxEvent,
  InboundEvent,
  WebhookSubscription,
  WebhookDelivery,
  Message,
  ReminderSent,
];

import { buildFederatedSchema, createAuditLogResolver } from '@imepanel/runtime';
import { AuditEntry } from './entities';
import { casesReferenceResolvers } from './references';
import { BookingResolver } from './resolvers/booking.resolver';
import { CaseEligibilityResolver } from './resolvers/case-eligibility.resolver';
import { CaseResolver, ExaminerCasesResolver } from './resolvers/case.resolver';
import { ClientResolver } from './resolvers/client.resolver';
import { CaseClaimantPortalResolver, ClaimantAccessResolver, ClaimantPortalResolver } from './resolvers/claimant-portal.resolver';
import { CaseDocumentResolver, CaseDocumentsResolver } from './resolvers/document.resolver';
import { JurisdictionRuleResolver } from './resolvers/jurisdiction-rule.resolver';
import { CaseLifecycleResolver } from './resolvers/lifecycle.resolver';
import { PanelMemberResolver, PanelResolver } from './resolvers/panel.resolver';
import { CaseStatsGroupResolver, CaseStatsResolver } from './stats/case-stats.resolver';
import { MessageResolver } from './resolvers/message.resolver';
import { WebhookResolver } from './resolvers/webhook.resolver';

export const casesResolvers = [
  CaseResolver,
  ExaminerCasesResolver,
  ClientResolver,
  JurisdictionRuleResolver,
  PanelResolver,
  PanelMemberResolver,
  CaseLifecycleResolver,
  CaseEligibilityResolver,
  BookingResolver,
  CaseDocumentsResolver,
  CaseDocumentResolver,
  createAuditLogResolver('cases', AuditEntry),
  CaseStatsResolver,
  CaseStatsGroupResolver,
  WebhookResolver,
  MessageResolver,
  ClaimantPortalResolver,
  ClaimantAccessResolver,
  CaseClaimantPortalResolver,
] as const;

/** The cases subgraph schema, built in-process (no database, no network). */
export function buildCasesSchema() {
  return buildFederatedSchema({ resolvers: casesResolvers }, casesReferenceResolvers);
}

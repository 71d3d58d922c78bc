import { loadMessagingSettings, type MessagingSettings } from './messaging/messaging-settings';
import { GATEWAY_DEFAULT_URL, envInt, envString, envUrl, loadBaseSubgraphConfig, loadDocumentSizeLimits, loadPartyKeySecret, loadStatsSettings, subgraphUrl, type BaseSubgraphConfig, type StatsSettings } from '@imepanel/runtime';
import { CASE_DOCUMENT_KINDS, type CaseDocumentKind } from './domain/records-release';

export interface CasesConfig extends BaseSubgraphConfig {
  /** Where the examiners subgraph answers, for eligibility and panel draws (service-to-service calls). */
  examinersUrl: string;
  /** Where the reports subgraph answers, to check the final report before REPORTED and CLOSED. */
  reportsUrl: string;
  /** Key of the HMAC that turns party identities into conflict keys (PARTY_KEY_SECRET, shared with the examiners subgraph). */
  partyKeySecret: string;
  /** BALANCED panels skip examiners with more open cases than this. */
  maxOpenCaseLoad: number;
  /** Suppression and limits of statistics (STATS_MIN_GROUP_SIZE, STATS_WORK_MEM, STATS_STATEMENT_TIMEOUT_MS). */
  stats: StatsSettings;
  /** Size limit of each document kind (DOCUMENT_MAX_BYTES, DOCUMENT_MAX_BYTES_<KIND>; docs/documents.md). */
  documentMaxBytes: Record<CaseDocumentKind, number>;
  /** Who signs the notice letter (IME_ENTITY_NAME, as on the report PDF; docs/documents.md). */
  imeEntityName: string;
  /** Webhooks and e-mail (WEBHOOK_*, SMTP_URL, MAIL_FROM, ADMIN_NOTIFY_EMAIL): docs/messaging.md. */
  messaging: MessagingSettings;
  /** The claimant portal (docs/claimant-portal.md): where its links lead and how long a link works. */
  claimantPortal: { url: string; accessValidityDays: number };
}

/** Reads the cases subgraph's settings once; every default makes the embedded `npm start` work. */
export function loadCasesConfig(env: Record<string, string | undefined> = process.env): CasesConfig {
  return {
    ...loadBaseSubgraphConfig(env, 'cases'),
    examinersUrl: subgraphUrl(env, 'examiners'),
    reportsUrl: subgraphUrl(env, 'reports'),
    partyKeySecret: loadPartyKeySecret(env),
    maxOpenCaseLoad: envInt(env, 'PANEL_MAX_OPEN_CASE_LOAD', 10, { min: 1, max: 1000 }),
    stats: loadStatsSettings(env),
    documentMaxBytes: loadDocumentSizeLimits(env, CASE_DOCUMENT_KINDS),
    imeEntityName: envString(env, 'IME_ENTITY_NAME', 'IME Panel'),
    messaging: loadMessagingSettings(env),
    claimantPortal: {
      // The gateway's /claimant/ (CLAIMANT_PORTAL_URL, e.g. https://imepanel.example.com/claimant): links in e-mails and letters.
      url: (envUrl(env, 'CLAIMANT_PORTAL_URL') ?? `${GATEWAY_DEFAULT_URL}/claimant`).replace(/\/+$/, ''),
      accessValidityDays: envInt(env, 'CLAIMANT_ACCESS_VALIDITY_DAYS', 180, { min: 1, max: 3650 }),
    },
  };
}

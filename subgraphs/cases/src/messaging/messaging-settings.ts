import { envBool, envInt, envString, envUrl, isProduction } from '@imepanel/runtime';

/** The cases subgraph's webhook and e-mail settings (docs/messaging.md, "Settings"). */
export interface MessagingSettings {
  /** WEBHOOK_ALLOW_PRIVATE_ADDRESSES: webhooks may reach loopback and private addresses; on outside production (tests, a local receiver). */
  allowPrivateAddresses: boolean;
  /** WEBHOOK_DISABLE_AFTER: failed attempts in a row that disable a subscription. */
  disableAfter: number;
  /** WEBHOOK_TIMEOUT_MS: how long a receiver has to answer. */
  timeoutMs: number;
  /** WEBHOOK_RETRY_LIMIT and WEBHOOK_RETRY_DELAY_SECONDS: retries of a delivery, with pg-boss's exponential backoff from the delay. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** WEBHOOK_CONCURRENCY: deliveries one cases process makes at once (to different subscriptions or cases). */
  concurrency: number;
  /** SMTP_URL: where e-mail is sent; none keeps every message in the message outbox only. */
  smtpUrl: string | null;
  /** MAIL_FROM: the sender of the platform's e-mail. */
  mailFrom: string;
  /** ADMIN_NOTIFY_EMAIL: the administrators' mailbox, told of expiring credentials (none: not told by e-mail). */
  adminEmail: string | null;
}

export function loadMessagingSettings(env: Record<string, string | undefined>): MessagingSettings {
  return {
    allowPrivateAddresses: envBool(env, 'WEBHOOK_ALLOW_PRIVATE_ADDRESSES', !isProduction(env)),
    disableAfter: envInt(env, 'WEBHOOK_DISABLE_AFTER', 20, { min: 1, max: 10_000 }),
    timeoutMs: envInt(env, 'WEBHOOK_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
    retryLimit: envInt(env, 'WEBHOOK_RETRY_LIMIT', 10, { min: 0, max: 100 }),
    retryDelaySeconds: envInt(env, 'WEBHOOK_RETRY_DELAY_SECONDS', 10, { min: 1, max: 86_400 }),
    concurrency: envInt(env, 'WEBHOOK_CONCURRENCY', 8, { min: 1, max: 64 }),
    smtpUrl: envUrl(env, 'SMTP_URL') ?? null,
    mailFrom: envString(env, 'MAIL_FROM', 'IME Panel <no-reply@imepanel.local>'),
    adminEmail: envString(env, 'ADMIN_NOTIFY_EMAIL') ?? null,
  };
}

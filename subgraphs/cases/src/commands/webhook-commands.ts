import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { randomBytes } from 'node:crypto';
import { badUserInput, forbidden, loadOrNotFound, loadVersioned, notFound, QUEUES, rowScope, type OutboxEventType } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CasesContext } from '../context';
import { isInternalAddress, webhookUrlProblem } from '../domain/webhook-url';
import { Client, WebhookDelivery, WebhookDeliveryStatus, WebhookSubscription, WebhookSubscriptionStatus } from '../entities';
import type { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput } from '../inputs/webhook.inputs';
import { dispatchOptions, type DispatchJob } from '../messaging/webhook-intake';

/** A subscription and its signing secret: the only answer that carries the secret (docs/messaging.md, "Webhooks"). */
export interface SubscriptionWithSecret {
  subscription: WebhookSubscription;
  secret: string;
}

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * Refuses (BAD_USER_INPUT on `field`) a URL that is not http(s), carries credentials, or — unless
 * WEBHOOK_ALLOW_PRIVATE_ADDRESSES — is or resolves to an internal address.
 */
async function assertWebhookUrl(ctx: CasesContext, url: string, field: string): Promise<string> {
  const trimmed = url.trim();
  const problem = webhookUrlProblem(trimmed);
  if (problem) throw badUserInput([{ field, message: problem.message }], problem.message);
  if (!ctx.settings.messaging.allowPrivateAddresses) {
    const host = new URL(trimmed).hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : await lookup(host, { all: true }).then((all) => all.map((a) => a.address), () => []);
    if (!addresses.length) throw badUserInput([{ field, message: `the host ${host} does not resolve` }]);
    if (addresses.some(isInternalAddress)) throw badUserInput([{ field, message: `the host ${host} is an internal address: webhooks go to public receivers only` }]);
  }
  return trimmed;
}

const uniqueTypes = (types: readonly OutboxEventType[]) => [...new Set(types)];

/** The subscription if the actor may manage it: an ADMIN any, a CLIENT its organisation's (NOT_FOUND otherwise). */
export async function loadSubscription(em: EntityManager, ctx: Pick<CasesContext, 'actor'>, id: string, version?: number): Promise<WebhookSubscription> {
  const subscription = version === undefined ? await loadOrNotFound(em, WebhookSubscription, id) : await loadVersioned(em, WebhookSubscription, id, version);
  const scope = rowScope(ctx.actor);
  if (scope.kind === 'client' && subscription.client?.id !== scope.clientId) throw notFound('WebhookSubscription', id);
  return subscription;
}

/** Queues a dispatch of what is pending for each case of the subscription (enabled again, or a replay). */
async function resumeDispatch(ctx: CasesContext, subscriptionId: string, orderKeys?: string[]): Promise<void> {
  const keys =
    orderKeys ??
    (await ctx.em.getConnection().execute<{ order_key: string }[]>(`select distinct order_key from cases.webhook_delivery where subscription_id = ? and status = 'PENDING'`, [subscriptionId])).map((r) => r.order_key);
  for (const orderKey of keys) await ctx.jobs.send(QUEUES.webhookDelivery, { subscriptionId, orderKey, resume: true } satisfies DispatchJob, dispatchOptions(ctx.settings.messaging));
}

/** A new subscription: a CLIENT's for its own organisation; an ADMIN's for any, or for the platform (no client). */
export async function createWebhookSubscription(ctx: CasesContext, input: CreateWebhookSubscriptionInput): Promise<SubscriptionWithSecret> {
  const scope = rowScope(ctx.actor);
  const clientId = scope.kind === 'client' ? scope.clientId : (input.clientId ?? null);
  if (scope.kind === 'client' && input.clientId && input.clientId !== scope.clientId) throw forbidden('A client manages the webhooks of its own organisation only');
  const url = await assertWebhookUrl(ctx, input.url, 'input.url');
  return ctx.em.transactional(async (tx) => {
    const client = clientId ? await loadOrNotFound(tx, Client, clientId) : null;
    const secret = newSecret();
    const subscription = tx.create(WebhookSubscription, {
      client,
      url,
      eventTypes: uniqueTypes(input.eventTypes),
      description: input.description?.trim() || null,
      secret,
    });
    tx.persist(subscription);
    await tx.flush();
    return { subscription, secret };
  });
}

/** Changes the URL, the events or the description; `enabled` disables it or enables it again (what is pending is then sent). */
export async function updateWebhookSubscription(ctx: CasesContext, id: string, version: number, input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscription> {
  const url = input.url === undefined || input.url === null ? undefined : await assertWebhookUrl(ctx, input.url, 'input.url');
  let enabledAgain = false;
  const subscription = await ctx.em.transactional(async (tx) => {
    const subscription = await loadSubscription(tx, ctx, id, version);
    if (url !== undefined) subscription.url = url;
    if (input.eventTypes) subscription.eventTypes = uniqueTypes(input.eventTypes);
    if (input.description !== undefined) subscription.description = input.description?.trim() || null;
    if (input.enabled === false && subscription.status === WebhookSubscriptionStatus.ACTIVE) {
      subscription.status = WebhookSubscriptionStatus.DISABLED;
      subscription.disabledAt = ctx.clock.now();
      subscription.disabledReason = `Disabled by ${ctx.actor?.name ?? 'an administrator'}`;
    } else if (input.enabled === true && subscription.status === WebhookSubscriptionStatus.DISABLED) {
      subscription.status = WebhookSubscriptionStatus.ACTIVE;
      subscription.disabledAt = null;
      subscription.disabledReason = null;
      subscription.consecutiveFailures = 0;
      enabledAgain = true;
    }
    await tx.flush();
    return subscription;
  });
  if (enabledAgain) await resumeDispatch(ctx, subscription.id);
  return subscription;
}

/** A new signing secret, shown once; the old one stops signing at once. */
export async function rotateWebhookSecret(ctx: CasesContext, id: string, version: number): Promise<SubscriptionWithSecret> {
  return ctx.em.transactional(async (tx) => {
    const subscription = await loadSubscription(tx, ctx, id, version);
    subscription.secret = newSecret();
    await tx.flush();
    return { subscription, secret: subscription.secret };
  });
}

/** Deletes the subscription and its delivery log. */
export async function deleteWebhookSubscription(ctx: CasesContext, id: string, version: number): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const subscription = await loadSubscription(tx, ctx, id, version);
    await tx.nativeDelete(WebhookDelivery, { subscription: subscription.id });
    tx.remove(subscription);
    await tx.flush();
    return id;
  });
}

/**
 * Sends a delivery again with its event id (receivers that took it before deduplicate): a FAILED one, or a
 * DELIVERED one a receiver lost. It goes after whatever of its case is pending before it.
 */
export async function replayWebhookDelivery(ctx: CasesContext, id: string): Promise<WebhookDelivery> {
  const delivery = await ctx.em.transactional(async (tx) => {
    const delivery = await loadOrNotFound(tx, WebhookDelivery, id);
    await loadSubscription(tx, ctx, delivery.subscription.id).catch(() => {
      throw notFound('WebhookDelivery', id);
    });
    delivery.status = WebhookDeliveryStatus.PENDING;
    await tx.flush();
    return delivery;
  });
  await resumeDispatch(ctx, delivery.subscription.id, [delivery.orderKey]);
  return delivery;
}

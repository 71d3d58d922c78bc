import { DEAD_LETTER_QUEUE, findPage, isGiven, JOB_SCHEMA, rowScope, SortDirection, toPage, type Page, type PageInput } from '@imepanel/runtime';
import type { CasesCommandContext } from '../context';
import { Message, WebhookDelivery, WebhookSubscription } from '../entities';
import type { WebhookDeliveryFilter, WebhookSubscriptionFilter } from '../inputs/webhook.inputs';

/** A CLIENT's own organisation's subscriptions; every one for an ADMIN. */
function subscriptionScope(ctx: CasesCommandContext) {
  const scope = rowScope(ctx.actor);
  return scope.kind === 'client' ? { client: scope.clientId } : {};
}

/** Webhook subscriptions the actor may manage, newest first. */
export function findWebhookSubscriptions(ctx: CasesCommandContext, filter: WebhookSubscriptionFilter | undefined, page: PageInput): Promise<Page<WebhookSubscription>> {
  return findPage(ctx.em, WebhookSubscription, {
    alias: 'ws',
    where: [subscriptionScope(ctx), isGiven(filter?.clientId) && { client: filter.clientId }, filter?.status?.length && { status: { $in: filter.status } }],
    order: { properties: ['createdAt'], direction: SortDirection.DESC },
    page,
  });
}

/** The delivery log of the subscriptions the actor may manage, newest first. */
export function findWebhookDeliveries(ctx: CasesCommandContext, filter: WebhookDeliveryFilter | undefined, page: PageInput): Promise<Page<WebhookDelivery>> {
  const scope = subscriptionScope(ctx);
  return findPage(ctx.em, WebhookDelivery, {
    alias: 'wd',
    where: [
      'client' in scope && { subscription: { client: scope.client } },
      isGiven(filter?.subscriptionId) && { subscription: filter.subscriptionId },
      isGiven(filter?.caseId) && { caseId: filter.caseId },
      filter?.status?.length && { status: { $in: filter.status } },
    ],
    order: { properties: ['createdAt'], direction: SortDirection.DESC },
    page,
  });
}

/** The message outbox, newest first (administrators). */
export function findMessages(ctx: CasesCommandContext, filter: { recipient?: string | null; template?: string | null } | undefined, page: PageInput): Promise<Page<Message>> {
  return findPage(ctx.em, Message, {
    alias: 'm',
    where: [isGiven(filter?.recipient) && { recipient: filter.recipient.trim() }, isGiven(filter?.template) && { template: filter.template }],
    order: { properties: ['createdAt'], direction: SortDirection.DESC },
    page,
  });
}

export interface DeadLetterRow {
  id: string;
  createdOn: Date;
  /** The queue the job failed on, as its data names it. */
  queue: string | null;
  data: unknown;
  error: string | null;
}

/**
 * The job runner's dead letters (jobs whose retries are spent), newest first, for administrators: the job's data
 * as it was (ids; an e-mail job's recipient and text) and the last error's message, never its stack.
 */
export async function findDeadLetters(ctx: CasesCommandContext, page: PageInput): Promise<Page<DeadLetterRow>> {
  const connection = ctx.em.getConnection();
  const [rows, [{ total }]] = await Promise.all([
    connection.execute<{ id: string; created_on: Date; data: Record<string, unknown> | null; output: { message?: string } | null }[]>(
      `select id, created_on, data, output from ${JOB_SCHEMA}.job where name = ? order by created_on desc, id limit ? offset ?`,
      [DEAD_LETTER_QUEUE, Math.min(page.limit, 100), page.offset],
    ),
    connection.execute<{ total: string }[]>(`select count(*) as total from ${JOB_SCHEMA}.job where name = ?`, [DEAD_LETTER_QUEUE]),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    createdOn: new Date(r.created_on),
    queue: deadLetterQueueOf(r.data),
    data: r.data,
    error: typeof r.output?.message === 'string' ? r.output.message.slice(0, 500) : null,
  }));
  return toPage(items, Number(total), page);
}

/** Which queue a dead letter came from, from the shape of its data. */
function deadLetterQueueOf(data: Record<string, unknown> | null): string | null {
  if (!data) return null;
  if ('subscriptionId' in data) return 'webhook-delivery';
  if ('messageId' in data) return 'email';
  if ('eventId' in data) return 'outbox-events';
  return null;
}

import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  replayWebhookDelivery,
  rotateWebhookSecret,
  updateWebhookSubscription,
} from '../commands/webhook-commands';
import type { CasesContext } from '../context';
import { WebhookDelivery, WebhookSubscription } from '../entities';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookDeliveryFilter, WebhookSubscriptionFilter } from '../inputs/webhook.inputs';
import { findWebhookDeliveries, findWebhookSubscriptions } from '../queries/webhook-query';

@ObjectType('WebhookSubscriptionPage')
export class WebhookSubscriptionPage extends Paginated(WebhookSubscription) {}

@ObjectType('WebhookDeliveryPage')
export class WebhookDeliveryPage extends Paginated(WebhookDelivery) {}

@ObjectType('WebhookSubscriptionWithSecret', { description: 'A subscription with its signing secret, shown this once: keep it to verify the signatures' })
export class WebhookSubscriptionWithSecret {
  @Field(() => WebhookSubscription)
  subscription!: WebhookSubscription;

  @Field(() => String, { description: 'The Standard Webhooks secret (whsec_…)' })
  secret!: string;
}

/** Webhook subscriptions and their delivery log (docs/messaging.md, "Webhooks"): a CLIENT its own organisation's, an ADMIN every one. */
@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Authorized('ADMIN', 'CLIENT')
  @Query(() => WebhookSubscriptionPage, { description: "Webhook subscriptions, newest first; a CLIENT sees its organisation's" })
  webhookSubscriptions(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => WebhookSubscriptionFilter, { nullable: true }) filter?: WebhookSubscriptionFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return findWebhookSubscriptions(ctx, filter, page);
  }

  @Authorized('ADMIN', 'CLIENT')
  @Query(() => WebhookDeliveryPage, { description: 'The webhook delivery log, newest first: status, attempts, response codes and durations' })
  webhookDeliveries(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true }) filter?: WebhookDeliveryFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return findWebhookDeliveries(ctx, filter, page);
  }

  @Authorized('ADMIN', 'CLIENT')
  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'Subscribes a URL to events; the answer carries the signing secret, shown once' })
  createWebhookSubscription(@Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput, @Ctx() ctx: CasesContext) {
    return createWebhookSubscription(ctx, input);
  }

  @Authorized('ADMIN', 'CLIENT')
  @Mutation(() => WebhookSubscription)
  updateWebhookSubscription(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateWebhookSubscriptionInput) input: UpdateWebhookSubscriptionInput,
    @Ctx() ctx: CasesContext,
  ) {
    return updateWebhookSubscription(ctx, id, version, input);
  }

  @Authorized('ADMIN', 'CLIENT')
  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'A new signing secret, shown once; the old one stops at once' })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: CasesContext) {
    return rotateWebhookSecret(ctx, id, version);
  }

  @Authorized('ADMIN', 'CLIENT')
  @Mutation(() => ID, { description: 'Deletes the subscription and its delivery log' })
  deleteWebhookSubscription(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: CasesContext) {
    return deleteWebhookSubscription(ctx, id, version);
  }

  @Authorized('ADMIN', 'CLIENT')
  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again, with the same webhook-id (receivers deduplicate by it)' })
  replayWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: CasesContext) {
    return replayWebhookDelivery(ctx, id);
  }
}

import { ArrayType, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity, RecordFields, TextColumn, type OutboxEventType } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Client } from './client';
import { WebhookEventType, WebhookSubscriptionStatus } from './webhook-enums';

/**
 * A client organisation's webhook (docs/messaging.md, "Webhooks"): where to POST which events, signed with its
 * secret (Standard Webhooks). Without a client it is a platform subscription an administrator made, told of every
 * event of its types.
 */
@RecordFields()
@ObjectType()
@Entity({ tableName: 'webhook_subscription' })
export class WebhookSubscription extends BaseEntity<'status' | 'consecutiveFailures' | 'disabledAt' | 'disabledReason' | 'description' | 'client'> {
  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  client: Ref<Client> | null = null;

  @Field(() => ID, { nullable: true, description: 'The organisation told; null for a platform subscription (administrators)' })
  get clientId(): string | null {
    return this.client?.id ?? null;
  }

  @TextColumn({ length: 2000 })
  url!: string;

  @TextColumn({ length: 200, nullable: true })
  description: string | null = null;

  @Field(() => [WebhookEventType])
  @Property({ type: ArrayType })
  eventTypes!: OutboxEventType[];

  /** The signing key (whsec_…): shown once, when the subscription is made or its secret rotated. */
  @Property({ type: 'text', hidden: true, lazy: false })
  secret!: string;

  @Field(() => WebhookSubscriptionStatus)
  @Enum({ items: enumValues(WebhookSubscriptionStatus), type: 'string', length: 20 })
  status: WebhookSubscriptionStatus = WebhookSubscriptionStatus.ACTIVE;

  @Field(() => Int, { description: 'Failed attempts since the last success; at WEBHOOK_DISABLE_AFTER the subscription is disabled' })
  @Property({ type: 'integer' })
  consecutiveFailures: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;

  @TextColumn({ length: 500, nullable: true })
  disabledReason: string | null = null;
}

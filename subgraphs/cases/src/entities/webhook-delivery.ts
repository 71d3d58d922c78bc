import { Entity, Enum, Index, JsonType, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { IdEntity, TextColumn, type OutboxEventType } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-enums';
import { WebhookSubscription } from './webhook-subscription';

/**
 * One event for one subscription (docs/messaging.md, "Webhooks"): the body sent, how it stands, and its last
 * attempt. Deliveries of one subscription and one case are made in `caseSequence` order.
 */
@ObjectType()
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['subscription', 'eventId'] })
@Index({ properties: ['subscription', 'orderKey', 'caseSequence'] })
export class WebhookDelivery extends IdEntity<'status' | 'attempts' | 'lastStatusCode' | 'lastDurationMs' | 'lastError' | 'lastAttemptAt' | 'deliveredAt' | 'createdAt'> {
  @ManyToOne(() => WebhookSubscription, { ref: true, deleteRule: 'cascade' })
  subscription!: Ref<WebhookSubscription>;

  @Field(() => ID)
  get subscriptionId(): string {
    return this.subscription.id;
  }

  @Field(() => ID, { description: 'The event id, sent as webhook-id: receivers deduplicate by it' })
  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => WebhookEventType)
  @Enum({ items: enumValues(WebhookEventType), type: 'string', length: 60 })
  eventType!: OutboxEventType;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  /** The case (or, without one, the aggregate) deliveries are ordered by. */
  @Property({ type: 'uuid' })
  orderKey!: string;

  @Field(() => Int, { description: "The event's place among the case's events (1, 2, …), also in the payload" })
  @Property({ type: 'integer' })
  caseSequence!: number;

  /** The JSON body sent (ids and statuses only). */
  @Field(() => String, { description: 'The JSON body sent: ids and statuses only' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: enumValues(WebhookDeliveryStatus), type: 'string', length: 20 })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status on the last attempt" })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  lastDurationMs: number | null = null;

  @TextColumn({ length: 500, nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Every attempt, oldest first, for the delivery log. */
  @Property({ type: JsonType, nullable: true })
  log: DeliveryAttempt[] | null = null;

  @Field(() => [WebhookAttempt], { description: 'Every attempt, oldest first: when, the HTTP status, how long it took' })
  get attemptLog(): DeliveryAttempt[] {
    return this.log ?? [];
  }
}

export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

@ObjectType('WebhookAttempt', { description: 'One try at a webhook delivery' })
export class WebhookAttempt implements DeliveryAttempt {
  @Field(() => String, { description: 'When (ISO 8601)' })
  at!: string;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when it never answered" })
  statusCode!: number | null;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

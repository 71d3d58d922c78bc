import { TextField } from '@imepanel/runtime';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { WebhookDeliveryStatus, WebhookEventType, WebhookSubscriptionStatus } from '../entities';

@InputType('CreateWebhookSubscriptionInput')
export class CreateWebhookSubscriptionInput {
  @Field(() => ID, { nullable: true, description: "The organisation told (a CLIENT's own, implied); an ADMIN omits it for a platform subscription" })
  @IsOptional()
  clientId?: string | null;

  @TextField(2000, { description: 'Where events are POSTed: http or https; internal addresses are refused in production' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events to be told of' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  eventTypes!: WebhookEventType[];

  @TextField(200, { optional: true, blank: true })
  description?: string | null;
}

@InputType('UpdateWebhookSubscriptionInput')
export class UpdateWebhookSubscriptionInput {
  @TextField(2000, { optional: true })
  url?: string;

  @Field(() => [WebhookEventType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  eventTypes?: WebhookEventType[];

  @TextField(200, { optional: true, blank: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables the subscription; true enables it again and sends what is pending, in order' })
  @IsOptional()
  enabled?: boolean;
}

@InputType('WebhookSubscriptionFilter')
export class WebhookSubscriptionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  clientId?: string;

  @Field(() => [WebhookSubscriptionStatus], { nullable: true })
  @IsOptional()
  status?: WebhookSubscriptionStatus[];
}

@InputType('WebhookDeliveryFilter')
export class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  subscriptionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  caseId?: string;

  @Field(() => [WebhookDeliveryStatus], { nullable: true })
  @IsOptional()
  status?: WebhookDeliveryStatus[];
}

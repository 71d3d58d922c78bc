import { defineEnum, OUTBOX_EVENT_TYPES, type EnumValue } from '@imepanel/runtime';
import { WEBHOOK_DELIVERY_STATUSES } from '../domain/webhook-delivery';

/** The events a webhook may subscribe to: every outbox event of the platform (docs/messaging.md, "Events"). */
export const WebhookEventType = defineEnum('WebhookEventType', OUTBOX_EVENT_TYPES, { description: 'An event of the platform a webhook can be told of' });
export type WebhookEventType = EnumValue<typeof WebhookEventType>;

export const WebhookSubscriptionStatus = defineEnum('WebhookSubscriptionStatus', ['ACTIVE', 'DISABLED'], {
  description: 'DISABLED: by its owner, or automatically after repeated failed deliveries',
});
export type WebhookSubscriptionStatus = EnumValue<typeof WebhookSubscriptionStatus>;

export const WebhookDeliveryStatus = defineEnum('WebhookDeliveryStatus', WEBHOOK_DELIVERY_STATUSES, { description: 'Where one event stands for one subscription' });
export type WebhookDeliveryStatus = EnumValue<typeof WebhookDeliveryStatus>;

export const MessageStatus = defineEnum('MessageStatus', ['STORED', 'SENT', 'FAILED'], {
  description: 'STORED: kept in the message outbox (no SMTP_URL); SENT: accepted by the SMTP server; FAILED: the SMTP server refused it after every retry',
});
export type MessageStatus = EnumValue<typeof MessageStatus>;

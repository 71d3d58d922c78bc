/**
 * How a webhook delivery goes (docs/messaging.md, "Webhooks"): what counts as delivered, when a subscription is
 * disabled, and what the receiver is sent. Plain rules; the worker does the HTTP and the writing.
 */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryStatusValue = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** A receiver took the event when it answered 2xx (Standard Webhooks); anything else, or no answer, is a failure. */
export const isDelivered = (statusCode: number | null): boolean => statusCode !== null && statusCode >= 200 && statusCode < 300;

/** A subscription is disabled once this many attempts in a row have failed (WEBHOOK_DISABLE_AFTER). */
export const shouldDisable = (consecutiveFailures: number, disableAfter: number): boolean => consecutiveFailures >= disableAfter;

/** Whether the attempt just failed was the delivery's last: pg-boss's retry count has reached its limit. */
export const isLastAttempt = (retryCount: number, retryLimit: number): boolean => retryCount >= retryLimit;

export interface WebhookEventFacts {
  eventId: string;
  type: string;
  occurredAt: string;
  caseId: string | null;
  caseSequence: number;
  aggregateType: string;
  aggregateId: string;
  source: string;
  payload: Readonly<Record<string, unknown>>;
}

/**
 * The JSON body of a delivery, in the Standard Webhooks shape `{ type, timestamp, data }`: ids, statuses and the
 * case sequence only — the payload was written without claimant data and is passed as it is.
 */
export function webhookBody(event: WebhookEventFacts): string {
  return JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt,
    data: {
      eventId: event.eventId,
      caseId: event.caseId,
      caseSequence: event.caseSequence,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      source: event.source,
      ...event.payload,
    },
  });
}

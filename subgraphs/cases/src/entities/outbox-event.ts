import { defineOutboxEventEntity } from '@imepanel/runtime';

/** This subgraph's transactional outbox (docs/messaging.md, "Outbox"), in its own schema. */
export const OutboxEvent = defineOutboxEventEntity();

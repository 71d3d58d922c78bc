import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Every event the webhook intake took in (docs/messaging.md, "Webhooks"), by event id: a job delivered twice
 * (the relay is at least once) finds its id here and adds nothing. `caseSequence` numbers a case's events 1, 2, …
 * in the order the intake took them.
 */
@Entity({ tableName: 'inbound_event' })
@Index({ properties: ['orderKey', 'caseSequence'] })
export class InboundEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 40 })
  source!: string;

  @Property({ type: 'string', length: 60 })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  /** The case, or for an event without one its aggregate: what `caseSequence` counts within. */
  @Property({ type: 'uuid' })
  orderKey!: string;

  @Property({ type: 'integer' })
  caseSequence!: number;

  @Property({ type: 'datetime' })
  receivedAt: Date = new Date();
}

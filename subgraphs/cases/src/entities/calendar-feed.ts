import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An examiner's private iCalendar feed (docs/rules.md, "Scheduling"): the URL carries a random token, of which
 * only the SHA-256 hash is stored. Rotating replaces it; revoking deletes the row, and the old URL answers 404.
 */
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed {
  [OptionalProps]?: 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  examinerId!: string;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'string', length: 200, nullable: true })
  createdBy: string | null = null;
}

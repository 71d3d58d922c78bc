import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Field, ObjectType } from 'type-graphql';
import { HolidaySource } from './enums';
import { JurisdictionRule } from './jurisdiction-rule';

/**
 * A day the jurisdiction's business-day counts skip (docs/rules.md, "Holidays"): a computed US federal holiday
 * on its observed date, or a day an administrator added (a state holiday).
 */
@ObjectType('JurisdictionHoliday')
@Entity({ tableName: 'jurisdiction_holiday' })
@Unique({ properties: ['jurisdiction', 'date'] })
export class JurisdictionHoliday {
  [OptionalProps]?: 'id' | 'addedBy' | 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => JurisdictionRule, { ref: true, deleteRule: 'cascade', fieldName: 'jurisdiction' })
  jurisdiction!: Ref<JurisdictionRule>;

  @Field(() => LocalDate, { description: 'The day off as observed (a Saturday holiday on the Friday before, a Sunday one on the Monday after)' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => HolidaySource)
  @Enum({ items: enumValues(HolidaySource), type: 'string', length: 20 })
  source!: HolidaySource;

  @Field(() => String, { nullable: true, description: 'The administrator who added it; null for computed holidays' })
  @Property({ type: 'string', length: 200, nullable: true })
  addedBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  addedAt: Date = new Date();
}

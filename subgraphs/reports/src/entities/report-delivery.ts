import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { DeliveryMethod, ReportRecipient } from './enums';
import { Report } from './report';

/** A copy of a final report delivered to one recipient (claimant right 4: a copy of the report). */
@ObjectType()
@Entity({ tableName: 'report_delivery' })
@Index({ properties: ['report', 'recipient'] })
// Statistics: when each report's claimant copy went out (claimant-copy-on-time rate), index-only.
@Index({
  name: 'report_delivery_claimant_copy_index',
  expression: `create index "report_delivery_claimant_copy_index" on "reports"."report_delivery" ("report_id") include ("delivered_at") where "recipient" = 'CLAIMANT'`,
})
export class ReportDelivery {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field(() => ReportRecipient)
  @Enum({ items: enumValues(ReportRecipient), type: 'string', length: 30 })
  recipient!: ReportRecipient;

  @Field(() => DeliveryMethod)
  @Enum({ items: enumValues(DeliveryMethod), type: 'string', length: 20 })
  method!: DeliveryMethod;

  @Field(() => String, { nullable: true, description: 'Organisation or office delivered to (not the claimant’s name)' })
  @Property({ type: 'string', length: 200, nullable: true })
  recipientName: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  deliveredAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  deliveredBy: string | null = null;
}

import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IdEntity, IdentifiedField, calendarMonth } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, ObjectType } from 'type-graphql';
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
export class ReportDelivery extends IdEntity {
  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field(() => ReportRecipient)
  @Enum({ items: enumValues(ReportRecipient), type: 'string', length: 30 })
  recipient!: ReportRecipient;

  @Field(() => DeliveryMethod)
  @Enum({ items: enumValues(DeliveryMethod), type: 'string', length: 20 })
  method!: DeliveryMethod;

  @IdentifiedField(() => String, "Organisation or office delivered to: may be the claimant's representative's firm or a treating physician (not for ANALYST)")
  @Property({ type: 'string', length: 200, nullable: true })
  recipientName: string | null = null;

  @IdentifiedField(() => Date, 'An exact date: not for ANALYST, who reads deliveredMonth')
  @Property({ type: 'datetime' })
  deliveredAt!: Date;

  @IdentifiedField(() => String, 'SHA-256 of the PDF delivered: the report’s final PDF, the same bytes for every recipient (docs/documents.md)')
  @Property({ type: 'string', length: 64, nullable: true })
  documentSha256: string | null = null;

  @IdentifiedField(() => String, 'Who delivered it (a name: not for ANALYST)')
  @Property({ type: 'string', length: 200, nullable: true })
  deliveredBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Month of the delivery, e.g. 2026-11 (UTC): the de-identified form of deliveredAt' })
  get deliveredMonth(): string | null {
    return calendarMonth(this.deliveredAt);
  }
}

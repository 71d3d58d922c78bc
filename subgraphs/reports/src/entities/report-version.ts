import { Entity, Enum, JsonType, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { AuditAsPart, IdEntity } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import type { ReportSnapshot } from '../domain/report-diff';
import { ReportStatus, ReportVersionEvent } from './enums';
import { Report } from './report';

/**
 * The content of a report as it stood at one save, submission or finalisation (docs/documents.md, "Report
 * versions"), written in the same flush as the change (documents/report-versions.ts); never changed.
 */
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'report_version' })
@Unique({ properties: ['report', 'number'] })
export class ReportVersion extends IdEntity {
  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field(() => Int, { description: 'From 1, in order' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => ReportVersionEvent)
  @Enum({ items: enumValues(ReportVersionEvent), type: 'string', length: 20 })
  event!: ReportVersionEvent;

  @Field(() => ReportStatus)
  @Enum({ items: enumValues(ReportStatus), type: 'string', length: 20 })
  status!: ReportStatus;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Who made the change' })
  @Property({ type: 'string', length: 200 })
  actor!: string;

  /** The content fields (domain/report-diff.ts). */
  @Property({ type: JsonType })
  snapshot!: ReportSnapshot;
}

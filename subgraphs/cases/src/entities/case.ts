import { ArrayType, Embedded, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity, IDENTIFIED_ROW_ROLES, calendarMonth, TextColumn } from '@imepanel/runtime';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Claimant } from './claimant';
import { Client } from './client';
import { CaseParty, CasePriority, CaseStatus, ExamFormat, ImeReason, LineOfBusiness } from './enums';
import { JurisdictionRule } from './jurisdiction-rule';

/** How many times one party did something (e.g. asked to reschedule the exam). */
@ObjectType()
export class PartyCount {
  @Field(() => CaseParty)
  party!: CaseParty;

  @Field(() => Int)
  count!: number;
}

/** A referral for an IME: who ordered it, about whom, what must be answered, and where it stands. */
@Directive('@key(fields: "id")')
@ObjectType('Case')
@Entity({ tableName: 'ime_case' })
@Unique({ properties: ['client', 'idempotencyKey'] })
// A client's page of cases in the list ordering policy (created_at, then id, either direction: orm/list-order.ts).
@Index({ properties: ['client', 'createdAt', 'id'] })
@Index({ properties: ['status', 'createdAt'] })
// Statistics (caseStats): every column they filter, group or measure by, so they scan this narrow index by
// request date instead of the wide rows with the claimant's details (index-only scans).
@Index({
  name: 'ime_case_stats_index',
  expression:
    'create index "ime_case_stats_index" on "cases"."ime_case" ("created_at") include ("jurisdiction", "required_specialty_code", ' +
    '"line_of_business", "client_id", "examiner_id", "status", "assigned_at", "examined_at", "cancelled_at", "cancellation_chargeable", "id")',
})
export class Case extends BaseEntity<'bodyParts' | 'treatingProviderNpis' | 'examFormat' | 'telehealthAllowed' | 'priority' | 'status' | 'rescheduleCounts' | 'reschedules'> {
  @TextColumn({ length: 20, unique: true, description: 'Human-readable reference, e.g. IME-2026-000123' })
  referenceNumber!: string;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'restrict' })
  client!: Ref<Client>;

  @Authorized('CLIENT', 'EXAMINER')
  @Field(() => String, { nullable: true, description: "The client's own claim number (identifies the claimant: not for ANALYST)" })
  @Property({ type: 'string', length: 60 })
  @Index()
  claimNumber!: string;

  @Field(() => LineOfBusiness)
  @Enum({ items: enumValues(LineOfBusiness), type: 'string', length: 20 })
  lineOfBusiness!: LineOfBusiness;

  @Field(() => [ImeReason])
  @Enum({ items: enumValues(ImeReason), type: 'string', array: true })
  reasons!: ImeReason[];

  @TextColumn({ length: 40, description: 'Code of the specialty the examiner must hold' })
  @Index()
  requiredSpecialtyCode!: string;

  @ManyToOne(() => JurisdictionRule, { ref: true, deleteRule: 'restrict', index: true, fieldName: 'jurisdiction' })
  jurisdiction!: Ref<JurisdictionRule>;

  @Field(() => [String], { description: 'Body parts in question, e.g. lumbar spine, left knee' })
  @Property({ type: ArrayType })
  bodyParts: string[] = [];

  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @Field(() => LocalDate, { nullable: true, description: 'Date of injury (a date about the claimant: not for ANALYST)' })
  @Property({ type: 'date', nullable: true })
  injuryDate: string | null = null;

  @Embedded(() => Claimant, { prefix: 'claimant_' })
  claimant!: Claimant;

  /**
   * The IANA zone the claimant lives in: a telehealth exam's time is shown to them in it, an in-person one in the
   * office's (docs/rules.md, "Time zones"). Given with the case, else the jurisdiction's usual zone.
   */
  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => String, { nullable: true, description: "The claimant's IANA time zone, e.g. America/Chicago: a telehealth exam's time is shown in it (not for ANALYST)" })
  @Property({ type: 'string', length: 64 })
  claimantTimeZone!: string;

  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @Field(() => [String], { nullable: true, description: "NPIs of the claimant's treating providers, who may not examine (not for ANALYST)" })
  @Property({ type: ArrayType })
  treatingProviderNpis: string[] = [];

  @Authorized('CLIENT', 'EXAMINER', 'SERVICE')
  @TextColumn({ length: 200, nullable: true, description: "The claimant's employer (a party for conflict checks; not for ANALYST)" })
  employerName: string | null = null;

  @Field(() => ExamFormat)
  @Enum({ items: enumValues(ExamFormat), type: 'string', length: 20 })
  examFormat: ExamFormat = ExamFormat.IN_PERSON;

  @Field(() => Boolean, { description: 'A telehealth examiner may take the case regardless of distance' })
  @Property({ type: 'boolean' })
  telehealthAllowed: boolean = false;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => LocalDate, { nullable: true, description: 'When the client needs the report (an exact date: not for ANALYST, who reads dueMonth)' })
  @Property({ type: 'date', nullable: true })
  @Index()
  dueDate: string | null = null;

  @Field(() => CasePriority)
  @Enum({ items: enumValues(CasePriority), type: 'string', length: 20 })
  priority: CasePriority = CasePriority.ROUTINE;

  @Field(() => CaseStatus)
  @Enum({ items: enumValues(CaseStatus), type: 'string', length: 20 })
  status: CaseStatus = CaseStatus.REQUESTED;

  /** The assigned examiner, owned by the examiners subgraph and exposed as `examiner`. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  examinerId: string | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST, who reads assignedMonth' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt: Date | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST, who reads examinedMonth' })
  @Property({ type: 'datetime', nullable: true })
  examinedAt: Date | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST, who reads closedMonth' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST, who reads cancelledMonth' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Authorized('CLIENT', 'EXAMINER')
  @TextColumn({ nullable: true, description: 'Free text: not for ANALYST' })
  cancellationReason: string | null = null;

  @Field(() => CaseParty, { nullable: true, description: 'Who caused the cancellation' })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20, nullable: true })
  cancelledBy: CaseParty | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the cancellation is billable to the party at fault' })
  @Property({ type: 'boolean', nullable: true })
  cancellationChargeable: boolean | null = null;

  /** How many times each party had the exam rescheduled (docs/rules.md, "Scheduling"): they feed reliability and the no-show rules. */
  // A database default too, so rows written without it (COPY by the bulk seeder, SQL fixtures) start at none.
  @Property({ type: 'json', defaultRaw: "'{}'" })
  rescheduleCounts: Partial<Record<CaseParty, number>> = {};

  @Field(() => [PartyCount], { description: 'Reschedules of the exam per party that asked for them' })
  get reschedules(): PartyCount[] {
    return Object.entries(this.rescheduleCounts).map(([party, count]) => ({ party: party as CaseParty, count: count ?? 0 }));
  }

  @Authorized('CLIENT')
  @TextColumn({ length: 100, nullable: true, description: 'The key the client sent to make creation safe to retry' })
  idempotencyKey: string | null = null;

  /** Hash of the creation request, to refuse the same idempotency key reused for a different request. */
  @Property({ type: 'string', length: 64, nullable: true })
  idempotencyFingerprint: string | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @TextColumn({ length: 200, nullable: true, description: 'Who created the case (a name: not for ANALYST)' })
  createdBy: string | null = null;

  // The record columns are BaseEntity's; their GraphQL fields are declared here, where the schema has always listed
  // them, because an ANALYST may not read the exact dates.
  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'When the case was requested (an exact date: not for ANALYST, who reads createdMonth)' })
  @Index()
  override createdAt!: Date;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST' })
  override updatedAt!: Date;

  @Field(() => Int)
  override version!: number;

  @Field(() => String, { nullable: true, description: 'Month the case was requested, e.g. 2026-11 (UTC): the de-identified form of createdAt' })
  get createdMonth(): string | null {
    return calendarMonth(this.createdAt);
  }

  @Field(() => String, { nullable: true, description: 'Month the report is due, e.g. 2026-11 (UTC): the de-identified form of dueDate' })
  get dueMonth(): string | null {
    return calendarMonth(this.dueDate);
  }

  @Field(() => String, { nullable: true, description: 'Month the examiner was assigned, e.g. 2026-11 (UTC): the de-identified form of assignedAt' })
  get assignedMonth(): string | null {
    return calendarMonth(this.assignedAt);
  }

  @Field(() => String, { nullable: true, description: 'Month of the exam, e.g. 2026-11 (UTC): the de-identified form of examinedAt' })
  get examinedMonth(): string | null {
    return calendarMonth(this.examinedAt);
  }

  @Field(() => String, { nullable: true, description: 'Month the case was closed, e.g. 2026-11 (UTC): the de-identified form of closedAt' })
  get closedMonth(): string | null {
    return calendarMonth(this.closedAt);
  }

  @Field(() => String, { nullable: true, description: 'Month the case was cancelled, e.g. 2026-11 (UTC): the de-identified form of cancelledAt' })
  get cancelledMonth(): string | null {
    return calendarMonth(this.cancelledAt);
  }
}

import { ArrayType, Entity, Enum, Index, JsonType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { BaseEntity, IdentifiedField, PersonalData, TextColumn, calendarMonth } from '@imepanel/runtime';
import { Authorized, Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ImeReason } from '../domain/completeness';
import { AddendumReason, ReportKind, ReportStatus, WorkCapacity, type ReportRecipient } from './enums';
import { Diagnosis, QuestionAnswer, ReportQuestion, ReviewedRecord } from './report-parts';

/**
 * An examiner's report on a case: the findings and opinions that answer the referral, through drafting,
 * QA (form and completeness only), finalisation and delivery. After FINAL it changes only through addenda.
 */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ tableName: 'report' })
// A client's and an examiner's page of reports in the list ordering policy (created_at, then id: orm/list-order.ts).
@Index({ properties: ['clientId', 'createdAt', 'id'] })
@Index({ properties: ['examinerId', 'createdAt', 'id'] })
@Index({ properties: ['status', 'dueDate'] })
// Statistics (reportStats): the IME reports by exam date with every column they filter, group or measure by
// (index-only scans instead of the wide rows), and the addenda by parent with their reason.
@Index({
  name: 'report_stats_index',
  expression:
    'create index "report_stats_index" on "reports"."report" ("exam_date") include ("status", "jurisdiction", "line_of_business", ' +
    `"specialty_code", "client_id", "examiner_id", "finalised_at", "due_date", "claimant_copy_due_at", "id") where "kind" = 'IME'`,
})
@Index({
  name: 'report_addendum_parent_index',
  expression: `create index "report_addendum_parent_index" on "reports"."report" ("parent_id") include ("addendum_reason") where "kind" = 'ADDENDUM'`,
})
export class Report extends BaseEntity<'kind' | 'status' | 'reasons' | 'questions' | 'recordsReviewed' | 'reviewedRecords' | 'diagnoses' | 'answers' | 'requiredRecipients' | 'sameDayDelivery'> {
  /** The case (owned by the cases subgraph), exposed as `case`. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  /** The examiner (owned by the examiners subgraph), exposed as `examiner`. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  examinerId!: string;

  @Field(() => ReportKind)
  @Enum({ items: enumValues(ReportKind), type: 'string', length: 20 })
  kind: ReportKind = ReportKind.IME;

  @ManyToOne(() => Report, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parent: Ref<Report> | null = null;

  @Field(() => AddendumReason, { nullable: true })
  @Enum({ items: enumValues(AddendumReason), type: 'string', length: 30, nullable: true })
  addendumReason: AddendumReason | null = null;

  @Field(() => ReportStatus)
  @Enum({ items: enumValues(ReportStatus), type: 'string', length: 20 })
  status: ReportStatus = ReportStatus.DRAFT;

  // Facts copied from the case when the report is started, so report statistics can be filtered and
  // grouped without reading another subgraph's tables.
  @TextColumn({ length: 10, description: 'Jurisdiction of the case, e.g. US-NY' })
  @Index()
  jurisdiction!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @TextColumn({ length: 40 })
  specialtyCode!: string;

  @TextColumn({ length: 20 })
  lineOfBusiness!: string;

  @Field(() => [String], { description: 'The IME reasons of the case (ImeReason values)' })
  @Property({ type: ArrayType })
  reasons: ImeReason[] = [];

  @Authorized('CLIENT', 'EXAMINER')
  @Field(() => [ReportQuestion], { nullable: true, description: 'The referral questions as they stood when the report was started (free text: not for ANALYST)' })
  @Property({ type: JsonType })
  questions: ReportQuestion[] = [];

  @IdentifiedField(() => LocalDate, 'The date of service (not for ANALYST, who reads examMonth)')
  @Property({ type: 'date', nullable: true })
  examDate: string | null = null;

  @IdentifiedField(() => Date, 'An exact date: not for ANALYST')
  @Property({ type: 'datetime', nullable: true })
  examStartedAt: Date | null = null;

  @IdentifiedField(() => Date, 'An exact date: not for ANALYST')
  @Property({ type: 'datetime', nullable: true })
  examEndedAt: Date | null = null;

  @PersonalData('Report.content')
  @Field(() => [String], { nullable: true, description: 'Records the examiner reviewed (clinical content)' })
  @Property({ type: ArrayType })
  recordsReviewed: string[] = [];

  @PersonalData('Report.content')
  @Field(() => [ReviewedRecord], { nullable: true, description: "The case's documents the examiner received, reviewed and relied on (clinical content)" })
  @Property({ type: JsonType, default: '[]' })
  reviewedRecords: ReviewedRecord[] = [];

  @PersonalData('Report.content')
  @TextColumn({ nullable: true, description: 'History taken from the claimant (clinical content)' })
  history: string | null = null;

  @PersonalData('Report.content')
  @TextColumn({ nullable: true, description: 'Examination findings (clinical content)' })
  findings: string | null = null;

  @PersonalData('Report.content')
  @Field(() => [Diagnosis], { nullable: true, description: 'Diagnoses (clinical content)' })
  @Property({ type: JsonType })
  diagnoses: Diagnosis[] = [];

  @PersonalData('Report.content')
  @Field(() => [QuestionAnswer], { nullable: true, description: 'Answers to the referral questions (clinical content)' })
  @Property({ type: JsonType })
  answers: QuestionAnswer[] = [];

  @PersonalData('Report.content')
  @TextColumn({ nullable: true, description: 'Causation opinion (clinical content)' })
  causationOpinion: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Whether maximum medical improvement has been reached' })
  @Property({ type: 'boolean', nullable: true })
  mmiReached: boolean | null = null;

  @IdentifiedField(() => LocalDate, 'An exact date about the claimant: not for ANALYST, who reads mmiMonth')
  @Property({ type: 'date', nullable: true })
  mmiDate: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Whole-person impairment, percent' })
  @Property({ type: 'double', nullable: true })
  impairmentPercent: number | null = null;

  @TextColumn({ length: 100, nullable: true, description: 'Rating guide edition cited, e.g. AMA Guides 6th' })
  impairmentGuideEdition: string | null = null;

  @TextColumn({ length: 50, nullable: true })
  impairmentTable: string | null = null;

  @TextColumn({ length: 20, nullable: true })
  impairmentPage: string | null = null;

  @Field(() => WorkCapacity, { nullable: true })
  @Enum({ items: enumValues(WorkCapacity), type: 'string', length: 20, nullable: true })
  workCapacity: WorkCapacity | null = null;

  @PersonalData('Report.content')
  @TextColumn({ nullable: true, description: 'Work restrictions (clinical content)' })
  workRestrictions: string | null = null;

  @PersonalData('Report.content')
  @TextColumn({ nullable: true, description: 'Treatment recommendations (clinical content)' })
  treatmentRecommendations: string | null = null;

  @IdentifiedField(() => LocalDate, 'From the jurisdiction rule and the exam date (not for ANALYST, who reads dueMonth)')
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => [String], { description: 'Who must receive the final report (ReportRecipient values), from the jurisdiction rule' })
  @Property({ type: ArrayType })
  requiredRecipients: ReportRecipient[] = [];

  @Field(() => Boolean, { description: 'Every required recipient must receive it on the same day' })
  @Property({ type: 'boolean' })
  sameDayDelivery: boolean = false;

  @IdentifiedField(() => Date, 'First submission: turnaround and timeliness are measured to it (not for ANALYST)')
  @Property({ type: 'datetime', nullable: true })
  firstSubmittedAt: Date | null = null;

  @IdentifiedField(() => Date, 'Latest submission (not for ANALYST, who reads submittedMonth)')
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @IdentifiedField(() => Date, 'An exact date: not for ANALYST, who reads finalisedMonth')
  @Property({ type: 'datetime', nullable: true })
  finalisedAt: Date | null = null;

  @IdentifiedField(() => Date, 'When the claimant’s copy is due (same day where the rule says so; not for ANALYST)')
  @Property({ type: 'datetime', nullable: true })
  @Index()
  claimantCopyDueAt: Date | null = null;

  @IdentifiedField(() => String, 'SHA-256 of the PDF generated when the report became final: every recipient gets these bytes (docs/documents.md)')
  @Property({ type: 'string', length: 64, nullable: true })
  pdfSha256: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Size of the final PDF in bytes' })
  @Property({ type: 'integer', nullable: true })
  pdfSize: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Pages of the final PDF' })
  @Property({ type: 'integer', nullable: true })
  pdfPageCount: number | null = null;

  @IdentifiedField(() => Date, 'When the last required recipient received it (not for ANALYST, who reads deliveredMonth)')
  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  // BaseEntity's columns, listed here in the schema: exact dates withheld from de-identified readers.
  @IdentifiedField(() => Date, 'An exact date: not for ANALYST, who reads createdMonth')
  declare createdAt: Date;

  @IdentifiedField(() => Date, 'An exact date: not for ANALYST')
  declare updatedAt: Date;

  @Field(() => Int)
  declare version: number;

  @Field(() => String, { nullable: true, description: 'Month of the exam, e.g. 2026-11 (UTC): the de-identified form of examDate' })
  get examMonth(): string | null {
    return calendarMonth(this.examDate);
  }

  @Field(() => String, { nullable: true, description: 'Month the report is due, e.g. 2026-11 (UTC): the de-identified form of dueDate' })
  get dueMonth(): string | null {
    return calendarMonth(this.dueDate);
  }

  @Field(() => String, { nullable: true, description: 'Month of the latest submission, e.g. 2026-11 (UTC): the de-identified form of submittedAt' })
  get submittedMonth(): string | null {
    return calendarMonth(this.submittedAt);
  }

  @Field(() => String, { nullable: true, description: 'Month the report became final, e.g. 2026-11 (UTC): the de-identified form of finalisedAt' })
  get finalisedMonth(): string | null {
    return calendarMonth(this.finalisedAt);
  }

  @Field(() => String, { nullable: true, description: 'Month the last required recipient received it, e.g. 2026-11 (UTC): the de-identified form of deliveredAt' })
  get deliveredMonth(): string | null {
    return calendarMonth(this.deliveredAt);
  }

  @Field(() => String, { nullable: true, description: 'Month maximum medical improvement was reached, e.g. 2026-11 (UTC): the de-identified form of mmiDate' })
  get mmiMonth(): string | null {
    return calendarMonth(this.mmiDate);
  }

  @Field(() => String, { nullable: true, description: 'Month the report was started, e.g. 2026-11 (UTC): the de-identified form of createdAt' })
  get createdMonth(): string | null {
    return calendarMonth(this.createdAt);
  }
}

import { LocalDate, NotBlank, SortDirection, SortInput } from '@imepanel/runtime';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AddendumReason, ReportKind, ReportStatus, WorkCapacity } from '../entities';

/** ICD-10-CM: a letter, a digit, a letter or digit, then optionally a dot and up to four more. */
export const ICD10_PATTERN = /^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

@InputType('StartReportInput')
export class StartReportInput {
  @Field(() => ID, { description: 'The case the report is for; it must be EXAMINED (or REPORTED, for addenda)' })
  @IsUUID('all', { message: 'caseId must be a case id (UUID)' })
  caseId!: string;

  @Field(() => ReportKind, { defaultValue: ReportKind.IME })
  kind: ReportKind = ReportKind.IME;

  @Field(() => ID, { nullable: true, description: 'For addenda and supplemental reports: the report they add to' })
  @IsOptional()
  @IsUUID('all', { message: 'parentReportId must be a report id (UUID)' })
  parentReportId?: string | null;

  @Field(() => AddendumReason, { nullable: true, description: 'Required for addenda' })
  @IsOptional()
  addendumReason?: AddendumReason | null;
}

@InputType('ReviewedRecordInput', { description: 'A document of the case the examiner received, reviewed or relied on (CA 8 CCR §35)' })
export class ReviewedRecordInput {
  @Field(() => ID, { description: 'The document (Case.documents) released to the examiner' })
  @IsUUID('all', { message: 'documentId must be a document id (UUID)' })
  documentId!: string;

  @Field(() => Boolean, { defaultValue: true })
  received: boolean = true;

  @Field(() => Boolean, { defaultValue: false })
  reviewed: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'The opinion relies on it (implies reviewed)' })
  reliedOn: boolean = false;
}

@InputType('DiagnosisInput')
export class DiagnosisInput {
  @Field(() => String)
  @Matches(ICD10_PATTERN, { message: 'icd10 must be an ICD-10-CM code such as M54.16' })
  icd10!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;
}

@InputType('QuestionAnswerInput')
export class QuestionAnswerInput {
  @Field(() => ID)
  @NotBlank()
  questionId!: string;

  @Field(() => String)
  @MaxLength(20000)
  answer!: string;
}

@InputType('UpdateReportInput', { description: 'Only the fields given change; lists given replace the whole list' })
export class UpdateReportInput {
  @Field(() => Date, { nullable: true })
  @IsOptional()
  examStartedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  examEndedAt?: Date | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @NotBlank({ each: true, message: 'each record reviewed must be described' })
  @MaxLength(500, { each: true })
  recordsReviewed?: string[];

  @Field(() => [ReviewedRecordInput], { nullable: true, description: "The case's documents with the examiner's marks; replaces the list. Free-text recordsReviewed stays for records not on file" })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  reviewedRecords?: ReviewedRecordInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100000)
  history?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100000)
  findings?: string | null;

  @Field(() => [DiagnosisInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  diagnoses?: DiagnosisInput[];

  @Field(() => [QuestionAnswerInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  answers?: QuestionAnswerInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  causationOpinion?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  mmiReached?: boolean | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  mmiDate?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  impairmentPercent?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  impairmentGuideEdition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  impairmentTable?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  impairmentPage?: string | null;

  @Field(() => WorkCapacity, { nullable: true })
  @IsOptional()
  workCapacity?: WorkCapacity | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  workRestrictions?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  treatmentRecommendations?: string | null;
}

/** How the reports list sorts: each field and the property it orders by (then the id, orm/list-order.ts); newest first by default. */
export const ReportSort = SortInput(
  'ReportSort',
  {
    CREATED_AT: 'createdAt',
    DUE_DATE: 'dueDate',
    SUBMITTED_AT: 'submittedAt',
    FINALISED_AT: 'finalisedAt',
    STATUS: 'status',
  },
  { field: 'CREATED_AT', direction: SortDirection.DESC },
);
export type ReportSort = InstanceType<typeof ReportSort>;

@InputType('ReportFilter')
export class ReportFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  caseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  examinerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  clientId?: string;

  @Field(() => [ReportStatus], { nullable: true })
  @IsOptional()
  status?: ReportStatus[];

  @Field(() => [ReportKind], { nullable: true })
  @IsOptional()
  kind?: ReportKind[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  jurisdiction?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  specialtyCode?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or before this date' })
  @IsOptional()
  dueBefore?: string;

  @Field(() => Boolean, { nullable: true, description: 'Past due and not yet final' })
  @IsOptional()
  overdue?: boolean;
}

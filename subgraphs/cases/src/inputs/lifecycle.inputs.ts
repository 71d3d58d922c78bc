import { NotBlank } from '@imepanel/runtime';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CaseParty, ExamFormat, NoticeMethod, PanelStrategy } from '../entities';

@InputType('ProposePanelInput')
export class ProposePanelInput {
  @Field(() => Int, { nullable: true, description: "Examiners to draw; default the jurisdiction's panel size" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  size?: number | null;

  @Field(() => PanelStrategy, { defaultValue: PanelStrategy.RANDOM })
  strategy: PanelStrategy = PanelStrategy.RANDOM;

  @Field(() => String, { nullable: true, description: 'Seed of the draw; give the recorded seed to reproduce a panel' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'seed must be 1–100 letters, digits, . _ : or -' })
  seed?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Accept a panel smaller than asked when too few examiners are eligible' })
  allowSmallerPanel: boolean = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Draw only examiners with a free slot inside the jurisdiction's scheduling window (docs/rules.md, \"Scheduling\"); those without are reported",
  })
  requireAvailability: boolean = false;
}

@InputType('PanelChoiceInput')
export class PanelChoiceInput {
  @Field(() => ID)
  @NotBlank()
  examinerId!: string;

  @Field(() => CaseParty, { description: 'Who strikes or selects: CLAIMANT or ATTORNEY (claimant side), CLIENT, or ADMIN' })
  by!: CaseParty;
}

@InputType('ScheduleExamInput')
export class ScheduleExamInput {
  @Field(() => Date)
  scheduledAt!: Date;

  @Field(() => Int, { nullable: true, description: "Default: the examiner's exam length for the case's format and specialty" })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes?: number | null;

  @Field(() => ID, { nullable: true, description: "The examiner's office (an in-person exam); default: the office whose hours hold the time" })
  @IsOptional()
  officeId?: string | null;

  @Field(() => CaseParty, { nullable: true, description: 'Re-booking: the party that asked for it (counted on the case); default: the caller' })
  @IsOptional()
  requestedBy?: CaseParty | null;

  @Field(() => ExamFormat, { nullable: true, description: "Default: the case's exam format" })
  @IsOptional()
  format?: ExamFormat | null;

  @Field(() => String, { nullable: true, description: 'Address of the exam, or the video link for telehealth' })
  @IsOptional()
  @MaxLength(500)
  location?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The parties waived the scheduling window (CA: 120 instead of 90 days)' })
  windowWaived: boolean = false;
}

@InputType('ServeNoticeInput')
export class ServeNoticeInput {
  @Field(() => NoticeMethod)
  method!: NoticeMethod;

  @Field(() => Date, { nullable: true, description: 'When it was served; default now' })
  @IsOptional()
  servedAt?: Date | null;
}

@InputType('NoShowInput')
export class NoShowInput {
  @Field(() => CaseParty, { description: 'Who failed to appear' })
  party!: CaseParty;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType('CancelCaseInput')
export class CancelCaseInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(2000)
  reason!: string;

  @Field(() => CaseParty, { description: 'The party at fault' })
  party!: CaseParty;

  @Field(() => Boolean, { description: 'Whether the cancellation is billable to the party at fault' })
  chargeable!: boolean;
}

@InputType('ArrangeInterpreterInput', { description: 'The interpreter or accommodation arranged for the booked exam' })
export class ArrangeInterpreterInput {
  @Field(() => String, { nullable: true, description: "ISO 639-1 code of the language; default: the claimant's" })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as es' })
  language?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  agency?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An accommodation arranged, e.g. wheelchair access (free text, not checked against the case)',
    deprecationReason: "Record each of the claimant's accommodations with arrangeAccommodation",
  })
  @IsOptional()
  @MaxLength(500)
  accommodation?: string | null;

  @Field(() => Boolean, { description: 'Confirmed by the interpreter or provider' })
  confirmed!: boolean;
}

@InputType('ArrangeAccommodationInput', { description: "One accommodation arranged for the booked exam, answering one of the claimant's needs" })
export class ArrangeAccommodationInput {
  @Field(() => String, { description: 'The need it answers, as the case states it (one of Claimant.accommodations)' })
  @NotBlank()
  @MaxLength(500)
  accommodation!: string;

  @Field(() => String, { description: 'What was arranged, e.g. "ground-floor exam room 2, height-adjustable table"' })
  @NotBlank()
  @MaxLength(500)
  arrangement!: string;

  @Field(() => String, { description: 'Who arranged or provides it (a person, the office, an agency)' })
  @NotBlank()
  @MaxLength(200)
  arrangedBy!: string;

  @Field(() => Boolean, { description: 'Confirmed by whoever provides it' })
  confirmed!: boolean;
}

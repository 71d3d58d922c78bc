import { NotBlank } from '@imepanel/runtime';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DeliveryMethod, ReportRecipient } from '../entities';

@InputType('QaChecklistItemInput')
export class QaChecklistItemInput {
  @Field(() => String, { description: 'A form or completeness item, e.g. "every referral question answered"' })
  @NotBlank()
  @MaxLength(300)
  item!: string;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType('DeliveryInput')
export class DeliveryInput {
  @Field(() => ReportRecipient)
  recipient!: ReportRecipient;

  @Field(() => DeliveryMethod)
  method!: DeliveryMethod;

  @Field(() => String, { nullable: true, description: 'Organisation or office delivered to (never the claimant’s name)' })
  @IsOptional()
  @MaxLength(200)
  recipientName?: string | null;

  @Field(() => Date, { nullable: true, description: 'Default now' })
  @IsOptional()
  deliveredAt?: Date | null;
}

@InputType('QaReviewInput', { description: 'QA reviews form and completeness only, never the medical opinion' })
export class QaReviewInput {
  @Field(() => [QaChecklistItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  checklist?: QaChecklistItemInput[];

  @Field(() => String, { nullable: true, description: 'Required when requesting changes: what the author must change' })
  @IsOptional()
  @MaxLength(10000)
  notes?: string | null;
}

@InputType('FinaliseReportInput')
export class FinaliseReportInput extends QaReviewInput {
  @Field(() => [DeliveryInput], { nullable: true, description: 'Deliveries made at finalisation, recorded in the same transaction' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  deliveries?: DeliveryInput[];
}

import { IdentifiedField } from '@imepanel/runtime';
import { Field, Int, ObjectType } from 'type-graphql';

/** A document of the case on the examiner's list: received, reviewed and relied on (CA 8 CCR §35; docs/documents.md). */
@ObjectType('ReviewedRecord')
export class ReviewedRecord {
  @Field(() => String, { description: 'The document (Case.documents)' })
  documentId!: string;

  @Field(() => String, { description: 'Its kind and file name, as the cases subgraph held them when listed' })
  label!: string;

  @Field(() => Boolean)
  received!: boolean;

  @Field(() => Boolean)
  reviewed!: boolean;

  @Field(() => Boolean)
  reliedOn!: boolean;
}

/** A diagnosis by ICD-10-CM code. */
@ObjectType('Diagnosis')
export class Diagnosis {
  @Field(() => String, { description: 'ICD-10-CM code, e.g. M54.16' })
  icd10!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

/** The examiner's answer to one referral question of the case. */
@ObjectType('QuestionAnswer')
export class QuestionAnswer {
  @Field(() => String, { description: 'Id of the referral question in the cases subgraph' })
  questionId!: string;

  @Field(() => String)
  answer!: string;
}

/** A referral question as it stood on the case when the report was started. */
@ObjectType('ReportQuestion')
export class ReportQuestion {
  @Field(() => String)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  text!: string;
}

/** One item of the QA checklist: form and completeness only, never the medical opinion. */
@ObjectType('QaChecklistItem')
export class QaChecklistItem {
  @Field(() => String)
  item!: string;

  @Field(() => Boolean)
  passed!: boolean;

  @IdentifiedField(() => String, 'Free text about the report: not for ANALYST')
  note!: string | null;
}

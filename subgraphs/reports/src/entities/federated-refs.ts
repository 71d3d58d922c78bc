import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The cases subgraph's Case, referenced by id; this subgraph adds its reports to it. */
@Directive('@key(fields: "id")')
@ObjectType('Case')
export class CaseRef {
  @Field(() => ID)
  id!: string;
}

/** The examiners subgraph's Examiner, referenced by id; this subgraph adds its reports and report metrics. */
@Directive('@key(fields: "id")')
@ObjectType('Examiner')
export class ExaminerRef {
  @Field(() => ID)
  id!: string;
}

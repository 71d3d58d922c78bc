import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The examiners subgraph's Examiner, referenced by id; this subgraph adds its case fields to it. */
@Directive('@key(fields: "id")')
@ObjectType('Examiner')
export class ExaminerRef {
  @Field(() => ID)
  id!: string;
}

/** The examiners subgraph's Specialty, referenced by code. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Specialty')
export class SpecialtyRef {
  @Field(() => String)
  code!: string;
}

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

/** The cases subgraph's Client, referenced by id (statistics grouped by client). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Client')
export class ClientRef {
  @Field(() => ID)
  id!: string;
}

/** The examiners subgraph's Specialty, referenced by code (statistics grouped by specialty). */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Specialty')
export class SpecialtyRef {
  @Field(() => String)
  code!: string;
}

import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { AuditAsPart, IdEntity } from '@imepanel/runtime';
import { Field, ObjectType } from 'type-graphql';
import { Examiner } from './examiner';
import { Specialty } from './specialty';

/** An examiner's specialty, with whether they are board-certified in it and whether it is their primary one. */
// Replaced as a list with the examiner: part of the examiner's record for audit entries.
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'examiner_specialty' })
@Unique({ properties: ['examiner', 'specialty'] })
export class ExaminerSpecialty extends IdEntity<'boardCertified' | 'primary'> {
  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade' })
  examiner!: Ref<Examiner>;

  @ManyToOne(() => Specialty, { ref: true, deleteRule: 'restrict', index: true })
  specialty!: Ref<Specialty>;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  boardCertified: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  primary: boolean = false;
}

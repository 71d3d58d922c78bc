import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { AuditAsPart } from '@imepanel/runtime';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Examiner } from './examiner';

/** Where an examiner sees claimants in person; the coordinates drive the travel-distance rule. */
// Replaced as a list with the examiner: part of the examiner's record for audit entries.
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'office_location' })
export class OfficeLocation {
  [OptionalProps]?: 'id' | 'country' | 'primary';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade', index: true })
  examiner!: Ref<Examiner>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  label: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  addressLine1!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  addressLine2: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  city!: string;

  @Field(() => String, { description: 'State or province code, e.g. NY' })
  @Property({ type: 'string', length: 20 })
  region!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  postalCode!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code' })
  @Property({ type: 'string', length: 2 })
  country: string = 'US';

  @Field(() => Float)
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  primary: boolean = false;
}

import { Embeddable, Embedded, Property } from '@mikro-orm/core';
import { LocalDate } from '@imepanel/runtime/scalars';
import { Field, Float, ObjectType } from 'type-graphql';

/** The claimant's attorney or other representative. */
@ObjectType('ClaimantRepresentative')
@Embeddable()
export class ClaimantRepresentative {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  firm: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  phone: string | null = null;
}

/**
 * The person examined. Personally identifiable and health-adjacent: shown only to roles that need it, and
 * never sent to the examiners subgraph except as a keyed hash.
 */
@ObjectType('Claimant')
@Embeddable()
export class Claimant {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  addressLine1: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  city: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  region: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  postalCode: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => String, { description: 'ISO 639-1 code of the language the claimant speaks' })
  @Property({ type: 'string', length: 2 })
  language: string = 'en';

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  interpreterNeeded: boolean = false;

  @Field(() => ClaimantRepresentative, { nullable: true })
  @Embedded(() => ClaimantRepresentative, { nullable: true, prefix: 'representative_' })
  representative: ClaimantRepresentative | null = null;
}

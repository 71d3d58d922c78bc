import { ArrayType, Embeddable, Embedded, Property } from '@mikro-orm/core';
import { TextColumn } from '@imepanel/runtime';
import { LocalDate } from '@imepanel/runtime/scalars';
import { Field, Float, ObjectType } from 'type-graphql';

/** The claimant's attorney or other representative. */
@ObjectType('ClaimantRepresentative')
@Embeddable()
export class ClaimantRepresentative {
  @TextColumn({ length: 200 })
  name!: string;

  @TextColumn({ length: 200, nullable: true })
  firm: string | null = null;

  @TextColumn({ length: 200, nullable: true })
  email: string | null = null;

  @TextColumn({ length: 40, nullable: true })
  phone: string | null = null;
}

/**
 * The person examined. Personally identifiable and health-adjacent: shown only to roles that need it, and
 * never sent to the examiners subgraph except as a keyed hash.
 */
@ObjectType('Claimant')
@Embeddable()
export class Claimant {
  @TextColumn({ length: 100 })
  firstName!: string;

  @TextColumn({ length: 100 })
  lastName!: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @TextColumn({ length: 200, nullable: true })
  email: string | null = null;

  @TextColumn({ length: 40, nullable: true })
  phone: string | null = null;

  @TextColumn({ length: 200, nullable: true })
  addressLine1: string | null = null;

  @TextColumn({ length: 100, nullable: true })
  city: string | null = null;

  @TextColumn({ length: 20, nullable: true })
  region: string | null = null;

  @TextColumn({ length: 20, nullable: true })
  postalCode: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @TextColumn({ length: 2, description: 'ISO 639-1 code of the language the claimant speaks' })
  language: string = 'en';

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  interpreterNeeded: boolean = false;

  /**
   * What the claimant needs at the exam besides an interpreter, each in their words (e.g. "wheelchair-accessible
   * room", "sign language interpreter (ASL)"): each is arranged and confirmed before the notice is served
   * (docs/rules.md, "Interpreters and accommodations"). A database default too, for rows written by COPY.
   */
  @Field(() => [String], { description: 'Accommodations the claimant needs at the exam, each described in free text; each must be arranged and confirmed before the notice' })
  @Property({ type: ArrayType, defaultRaw: "'{}'" })
  accommodations: string[] = [];

  @Field(() => ClaimantRepresentative, { nullable: true })
  @Embedded(() => ClaimantRepresentative, { nullable: true, prefix: 'representative_' })
  representative: ClaimantRepresentative | null = null;
}

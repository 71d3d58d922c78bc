import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { AuditAsPart, IdEntity, TextColumn } from '@imepanel/runtime';
import { Field, Float, ObjectType } from 'type-graphql';
import { Examiner } from './examiner';

/** Where an examiner sees claimants in person; the coordinates drive the travel-distance rule. */
// Replaced as a list with the examiner: part of the examiner's record for audit entries.
@AuditAsPart()
@ObjectType()
@Entity({ tableName: 'office_location' })
export class OfficeLocation extends IdEntity<'country' | 'primary'> {
  @ManyToOne(() => Examiner, { ref: true, deleteRule: 'cascade', index: true })
  examiner!: Ref<Examiner>;

  @TextColumn({ length: 100, nullable: true })
  label: string | null = null;

  @TextColumn({ length: 200 })
  addressLine1!: string;

  @TextColumn({ length: 200, nullable: true })
  addressLine2: string | null = null;

  @TextColumn({ length: 100 })
  city!: string;

  @TextColumn({ length: 20, description: 'State or province code, e.g. NY' })
  region!: string;

  @TextColumn({ length: 20 })
  postalCode!: string;

  @TextColumn({ length: 2, description: 'ISO 3166-1 alpha-2 country code' })
  country: string = 'US';

  @Field(() => Float)
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  longitude!: number;

  @TextColumn({ length: 64, description: 'IANA time zone of the office (e.g. America/Los_Angeles): its hours are local to it' })
  timeZone!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  primary: boolean = false;
}

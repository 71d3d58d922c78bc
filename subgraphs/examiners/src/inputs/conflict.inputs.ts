import { DateField, NotBlank, TextField } from '@imepanel/runtime';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PartyType } from '../entities';

@InputType('DeclareConflictInput')
export class DeclareConflictInput {
  @Field(() => PartyType)
  partyType!: PartyType;

  @Field(() => String, {
    description:
      'Identity of the party, hashed before storage: for a claimant "last name|first name|YYYY-MM-DD date of birth", for a client its id, for others the organisation or person name',
  })
  @NotBlank()
  @MaxLength(500)
  partyIdentity!: string;

  @TextField(200, { optional: true, blank: true, description: 'A non-identifying label for organisations; refused for claimants' })
  partyLabel?: string | null;

  @TextField(2000)
  reason!: string;

  @DateField({ optional: true })
  startsOn?: string | null;

  @DateField({ optional: true })
  endsOn?: string | null;
}

@InputType('UpdateConflictInput')
export class UpdateConflictInput {
  @TextField(2000, { optional: true })
  reason?: string;

  @DateField({ optional: true })
  startsOn?: string | null;

  @DateField({ optional: true, description: 'Set to end the relationship' })
  endsOn?: string | null;
}

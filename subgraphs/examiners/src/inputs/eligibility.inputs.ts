import { InputListField, IsJurisdiction, IsLanguageCode, IsNpi, LatitudeField, LocalDate, LongitudeField } from '@imepanel/runtime';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { CredentialKind, PartyType } from '../entities';

@InputType('LocationInput')
export class LocationInput {
  @LatitudeField()
  latitude!: number;

  @LongitudeField()
  longitude!: number;
}

@InputType('PartyKeyInput', { description: 'A party of the case as its keyed hash (see docs/rules.md, "Conflicts and party keys")' })
export class PartyKeyInput {
  @Field(() => PartyType)
  partyType!: PartyType;

  @Field(() => String)
  @Matches(/^[0-9a-f]{64}$/, { message: 'partyKey must be the 64-character hex HMAC of the party identity' })
  partyKey!: string;
}

/** Everything eligibility depends on, for one case; the claimant appears only as location, language and keys. */
@InputType('EligibilityInput')
export class EligibilityInput {
  @Field(() => String, { description: 'Required specialty; its sub-specialties also qualify' })
  @MaxLength(40)
  specialtyCode!: string;

  @Field(() => String)
  @IsJurisdiction()
  jurisdiction!: string;

  @Field(() => LocalDate, { description: 'The exam date (or the earliest possible one) eligibility is judged on' })
  examDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLanguageCode()
  claimantLanguage?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  interpreterArranged: boolean = false;

  @Field(() => LocationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  claimantLocation?: LocationInput | null;

  @Field(() => Float, { nullable: true, description: 'Travel limit for in-person exams (default 80 km)' })
  @IsOptional()
  @Min(1)
  @Max(2000)
  maxTravelKm?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  telehealthAllowed: boolean = false;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsNpi({ each: true })
  treatingProviderNpis?: string[];

  @InputListField(() => PartyKeyInput, 20, { optional: true })
  partyKeys?: PartyKeyInput[];

  @Field(() => [CredentialKind], { nullable: true, description: "Credentials required besides a licence (default: the jurisdiction's)" })
  @IsOptional()
  requiredCredentialKinds?: CredentialKind[];
}

import { IsJurisdiction, LocalDate, SortDirection, SortInput, TextField } from '@imepanel/runtime';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CredentialKind, VerificationStatus } from '../entities';

@InputType('AddCredentialInput')
export class AddCredentialInput {
  @Field(() => CredentialKind)
  kind!: CredentialKind;

  @TextField(200)
  issuer!: string;

  @TextField(60)
  number!: string;

  @Field(() => String, { nullable: true, description: 'Required for medical licences and QME certifications, e.g. US-CA' })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  issuedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  expiresOn?: string | null;
}

@InputType('UpdateCredentialInput', { description: 'Changing the number, jurisdiction or dates sends the credential back to UNVERIFIED' })
export class UpdateCredentialInput {
  @TextField(200, { optional: true })
  issuer?: string;

  @TextField(60, { optional: true })
  number?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  issuedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  expiresOn?: string | null;
}

/** How the credentials list sorts: soonest expiry first unless asked otherwise. */
export const CredentialSort = SortInput(
  'CredentialSort',
  { EXPIRES_ON: 'expiresOn', NEXT_VERIFICATION_DUE: 'nextVerificationDue', CREATED_AT: 'createdAt', KIND: 'kind' },
  { field: 'EXPIRES_ON', direction: SortDirection.ASC },
);
export type CredentialSort = InstanceType<typeof CredentialSort>;

@InputType('CredentialFilter')
export class CredentialFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  examinerId?: string;

  @Field(() => [CredentialKind], { nullable: true })
  @IsOptional()
  kind?: CredentialKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @Field(() => [VerificationStatus], { nullable: true })
  @IsOptional()
  verificationStatus?: VerificationStatus[];

  @Field(() => Int, { nullable: true, description: 'Expiring within this many days from today, or already expired' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number;

  @Field(() => Int, { nullable: true, description: 'Re-verification due within this many days from today, or overdue' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  verificationDueWithinDays?: number;
}

import { DateField, IntField, JurisdictionField, SortDirection, SortInput, TextField } from '@imepanel/runtime';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CredentialKind, VerificationStatus } from '../entities';

@InputType('AddCredentialInput')
export class AddCredentialInput {
  @Field(() => CredentialKind)
  kind!: CredentialKind;

  @TextField(200)
  issuer!: string;

  @TextField(60)
  number!: string;

  @JurisdictionField({ optional: true, description: 'Required for medical licences and QME certifications, e.g. US-CA' })
  jurisdiction?: string | null;

  @DateField({ optional: true })
  issuedOn?: string | null;

  @DateField({ optional: true })
  expiresOn?: string | null;
}

@InputType('UpdateCredentialInput', { description: 'Changing the number, jurisdiction or dates sends the credential back to UNVERIFIED' })
export class UpdateCredentialInput {
  @TextField(200, { optional: true })
  issuer?: string;

  @TextField(60, { optional: true })
  number?: string;

  @JurisdictionField({ optional: true })
  jurisdiction?: string | null;

  @DateField({ optional: true })
  issuedOn?: string | null;

  @DateField({ optional: true })
  expiresOn?: string | null;
}

/** A new term of a credential: what the issuer's renewal says. Kind, issuer and jurisdiction carry over. */
@InputType('RenewCredentialInput')
export class RenewCredentialInput {
  @TextField(60, { optional: true, description: 'The renewed number, when the issuer changed it; the same number otherwise' })
  number?: string;

  @DateField({ optional: true, description: 'The first day of the new term; the day after the previous term ends when not given' })
  issuedOn?: string | null;

  @DateField({ description: 'The last day of the new term; after the previous term ends' })
  expiresOn!: string;
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

  @JurisdictionField({ optional: true })
  jurisdiction?: string;

  @Field(() => [VerificationStatus], { nullable: true })
  @IsOptional()
  verificationStatus?: VerificationStatus[];

  @IntField(0, 3650, { optional: true, description: 'Expiring within this many days from today, or already expired' })
  expiringWithinDays?: number;

  @IntField(0, 3650, { optional: true, description: 'Re-verification due within this many days from today, or overdue' })
  verificationDueWithinDays?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: current terms only; false: only terms a renewal replaced; either when not given' })
  @IsOptional()
  current?: boolean;
}

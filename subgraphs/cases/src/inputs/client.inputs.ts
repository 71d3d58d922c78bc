import { NotBlank } from '@imepanel/runtime';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ClientKind } from '../entities';

@InputType('CreateClientInput')
export class CreateClientInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => ClientKind)
  kind!: ClientKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(200)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+0-9 ()\-.]{7,40}$/, { message: 'contactPhone must be a phone number (digits, spaces, + ( ) - .)' })
  contactPhone?: string | null;
}

@InputType('UpdateClientInput')
export class UpdateClientInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(200)
  name?: string;

  @Field(() => ClientKind, { nullable: true })
  @IsOptional()
  kind?: ClientKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(200)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+0-9 ()\-.]{7,40}$/, { message: 'contactPhone must be a phone number (digits, spaces, + ( ) - .)' })
  contactPhone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false archives the client; true restores it' })
  @IsOptional()
  active?: boolean;
}

@InputType('ClientFilter')
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'Matches the name (case-insensitive, partial)' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ClientKind], { nullable: true })
  @IsOptional()
  kind?: ClientKind[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean;
}

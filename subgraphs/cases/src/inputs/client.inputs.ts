import { EmailField, PhoneField, TextField } from '@imepanel/runtime';
import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ClientKind } from '../entities';

@InputType('CreateClientInput')
export class CreateClientInput {
  @TextField(200)
  name!: string;

  @Field(() => ClientKind)
  kind!: ClientKind;

  @TextField(200, { optional: true, blank: true })
  contactName?: string | null;

  @EmailField({ max: 200, optional: true })
  contactEmail?: string | null;

  @PhoneField({ optional: true })
  contactPhone?: string | null;
}

@InputType('UpdateClientInput')
export class UpdateClientInput {
  @TextField(200, { optional: true })
  name?: string;

  @Field(() => ClientKind, { nullable: true })
  @IsOptional()
  kind?: ClientKind;

  @TextField(200, { optional: true, blank: true })
  contactName?: string | null;

  @EmailField({ max: 200, optional: true })
  contactEmail?: string | null;

  @PhoneField({ optional: true })
  contactPhone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false archives the client; true restores it' })
  @IsOptional()
  active?: boolean;
}

@InputType('ClientFilter')
export class ClientFilter {
  @TextField(200, { optional: true, blank: true, description: 'Matches the name (case-insensitive, partial)' })
  search?: string;

  @Field(() => [ClientKind], { nullable: true })
  @IsOptional()
  kind?: ClientKind[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean;
}

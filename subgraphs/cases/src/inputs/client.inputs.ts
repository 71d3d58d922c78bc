import { EmailField, PhoneField, TextField } from '@imepanel/runtime';
import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ClientKind } from '../entities';

/**
 * The contact fields both client inputs take, each declared once; the inputs list them where the SDL does (after
 * the name and kind), which a shared base class would not.
 */
const ContactName = () => TextField(200, { optional: true, blank: true });
const ContactEmail = () => EmailField({ max: 200, optional: true });
const ContactPhone = () => PhoneField({ optional: true });

@InputType('CreateClientInput')
export class CreateClientInput {
  @TextField(200)
  name!: string;

  @Field(() => ClientKind)
  kind!: ClientKind;

  @ContactName() contactName?: string | null;
  @ContactEmail() contactEmail?: string | null;
  @ContactPhone() contactPhone?: string | null;
}

@InputType('UpdateClientInput')
export class UpdateClientInput {
  @TextField(200, { optional: true })
  name?: string;

  @Field(() => ClientKind, { nullable: true })
  @IsOptional()
  kind?: ClientKind;

  @ContactName() contactName?: string | null;
  @ContactEmail() contactEmail?: string | null;
  @ContactPhone() contactPhone?: string | null;

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

import { TextField } from '@imepanel/runtime';
import { IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const CODE_MESSAGE = 'code must be 2–40 upper-case letters, digits or underscores, starting with a letter (e.g. ORTHO_SPINE)';

@InputType('CreateSpecialtyInput')
export class CreateSpecialtyInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @TextField(120)
  name!: string;

  @TextField(2000, { optional: true, blank: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the parent specialty' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  parentCode?: string | null;
}

@InputType('UpdateSpecialtyInput')
export class UpdateSpecialtyInput {
  @TextField(120, { optional: true })
  name?: string;

  @TextField(2000, { optional: true, blank: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the parent specialty; null makes it a root' })
  @IsOptional()
  @Matches(CODE, { message: CODE_MESSAGE })
  parentCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates: kept on examiners, not assignable anew' })
  @IsOptional()
  active?: boolean;
}

@InputType('SpecialtyFilter')
export class SpecialtyFilter {
  @TextField(200, { optional: true, blank: true, description: 'Matches code or name' })
  search?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Only direct children of this specialty' })
  @IsOptional()
  parentCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only specialties without a parent' })
  @IsOptional()
  rootsOnly?: boolean;
}

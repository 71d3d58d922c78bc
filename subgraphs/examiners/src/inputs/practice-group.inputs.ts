import { TextField } from '@imepanel/runtime';
import { IsOptional, IsUrl, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType('PracticeGroupInput')
export class PracticeGroupInput {
  @TextField(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({}, { message: 'website must be a URL such as https://example.org' })
  @MaxLength(200)
  website?: string | null;
}

import { EmailField, InputListField, IntField, IsJurisdiction, IsLanguageCode, IsNpi, LatitudeField, LongitudeField, PhoneField, SortDirection, SortInput, TextField } from '@imepanel/runtime';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ExaminerStatus } from '../entities';

@InputType('ExaminerSpecialtyInput')
export class ExaminerSpecialtyInput {
  @TextField(40, { description: 'Specialty code, e.g. ORTHO_SPINE' })
  code!: string;

  @Field(() => Boolean, { defaultValue: false })
  boardCertified: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  primary: boolean = false;
}

@InputType('OfficeLocationInput')
export class OfficeLocationInput {
  @TextField(100, { optional: true, blank: true })
  label?: string | null;

  @TextField(200)
  addressLine1!: string;

  @TextField(200, { optional: true, blank: true })
  addressLine2?: string | null;

  @TextField(100)
  city!: string;

  @TextField(20)
  region!: string;

  @TextField(20)
  postalCode!: string;

  @Field(() => String, { defaultValue: 'US' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as US' })
  country: string = 'US';

  @LatitudeField()
  latitude!: number;

  @LongitudeField()
  longitude!: number;

  @TextField(64, { optional: true, description: "IANA time zone, e.g. America/Los_Angeles; default: the usual zone of the office's state" })
  timeZone?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  primary: boolean = false;
}

@InputType('CreateExaminerInput')
export class CreateExaminerInput {
  @Field(() => String)
  @IsNpi()
  npi!: string;

  @TextField(100)
  firstName!: string;

  @TextField(100)
  lastName!: string;

  @TextField(20, { optional: true, blank: true })
  suffix?: string | null;

  @EmailField({ max: 200 })
  email!: string;

  @PhoneField({ optional: true })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  practiceGroupId?: string | null;

  @Field(() => [String], { nullable: false })
  @ArrayMaxSize(20)
  @IsLanguageCode({ each: true })
  languages: string[] = ['en'];

  @Field(() => Boolean, { defaultValue: false })
  telehealth: boolean = false;

  @IntField(0, 70, { optional: true })
  yearsInPractice?: number | null;

  @TextField(5000, { optional: true, blank: true })
  bio?: string | null;

  @InputListField(() => ExaminerSpecialtyInput, 20)
  specialties: ExaminerSpecialtyInput[] = [];

  @InputListField(() => OfficeLocationInput, 20)
  offices: OfficeLocationInput[] = [];
}

@InputType('UpdateExaminerInput', { description: 'Only the fields given change; lists given replace the whole list' })
export class UpdateExaminerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNpi()
  npi?: string;

  @TextField(100, { optional: true })
  firstName?: string;

  @TextField(100, { optional: true })
  lastName?: string;

  @TextField(20, { optional: true, blank: true })
  suffix?: string | null;

  @EmailField({ max: 200, optional: true })
  email?: string;

  @PhoneField({ optional: true })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  practiceGroupId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsLanguageCode({ each: true })
  languages?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  telehealth?: boolean;

  @IntField(0, 70, { optional: true })
  yearsInPractice?: number | null;

  @TextField(5000, { optional: true, blank: true })
  bio?: string | null;

  @InputListField(() => ExaminerSpecialtyInput, 20, { optional: true })
  specialties?: ExaminerSpecialtyInput[];

  @InputListField(() => OfficeLocationInput, 20, { optional: true })
  offices?: OfficeLocationInput[];
}

/** How the examiners list sorts: each field and the properties it orders by (then the id, orm/list-order.ts). */
export const ExaminerSort = SortInput(
  'ExaminerSort',
  {
    NAME: ['lastName', 'firstName'],
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    STATUS: ['status', 'lastName'],
    YEARS_IN_PRACTICE: 'yearsInPractice',
    REPUTATION: 'reputationScore',
  },
  { field: 'NAME', direction: SortDirection.ASC },
);
export type ExaminerSort = InstanceType<typeof ExaminerSort>;

@InputType('ExaminerFilter')
export class ExaminerFilter {
  @TextField(200, { optional: true, blank: true, description: 'Matches name, NPI or email (case-insensitive, partial)' })
  search?: string;

  @Field(() => [ExaminerStatus], { nullable: true })
  @IsOptional()
  status?: ExaminerStatus[];

  @TextField(40, { optional: true, blank: true, description: 'Holds this specialty or one of its sub-specialties' })
  specialtyCode?: string;

  @Field(() => String, { nullable: true, description: 'Holds a medical licence in this jurisdiction (any verification status)' })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  practiceGroupId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLanguageCode()
  language?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  telehealth?: boolean;

  @IntField(0, 3650, { optional: true, description: 'Has a credential expiring within this many days from today (or already expired)' })
  credentialExpiringWithinDays?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  reputationMin?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  reputationMax?: number;
}

@InputType('ChangeExaminerStatusInput')
export class ChangeExaminerStatusInput {
  @Field(() => ExaminerStatus)
  status!: ExaminerStatus;

  @Field(() => String, { nullable: true, description: 'Required when suspending or retiring' })
  @IsOptional()
  @Length(0, 2000)
  reason?: string | null;
}

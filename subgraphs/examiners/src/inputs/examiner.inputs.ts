import { IsJurisdiction, IsLanguageCode, IsNpi, NotBlank, SortDirection } from '@imepanel/runtime';
import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ExaminerStatus } from '../entities';

@InputType('ExaminerSpecialtyInput')
export class ExaminerSpecialtyInput {
  @Field(() => String, { description: 'Specialty code, e.g. ORTHO_SPINE' })
  @NotBlank()
  @MaxLength(40)
  code!: string;

  @Field(() => Boolean, { defaultValue: false })
  boardCertified: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  primary: boolean = false;
}

@InputType('OfficeLocationInput')
export class OfficeLocationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  label?: string | null;

  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  addressLine1!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  addressLine2?: string | null;

  @Field(() => String)
  @NotBlank()
  @MaxLength(100)
  city!: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(20)
  region!: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(20)
  postalCode!: string;

  @Field(() => String, { defaultValue: 'US' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as US' })
  country: string = 'US';

  @Field(() => Float)
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude!: number;

  @Field(() => Float)
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude!: number;

  @Field(() => Boolean, { defaultValue: false })
  primary: boolean = false;
}

@InputType('CreateExaminerInput')
export class CreateExaminerInput {
  @Field(() => String)
  @IsNpi()
  npi!: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(100)
  firstName!: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(100)
  lastName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  suffix?: string | null;

  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+0-9 ()\-.]{7,40}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) - .)' })
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

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(70)
  yearsInPractice?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  bio?: string | null;

  @Field(() => [ExaminerSpecialtyInput], { nullable: false })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  specialties: ExaminerSpecialtyInput[] = [];

  @Field(() => [OfficeLocationInput], { nullable: false })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  offices: OfficeLocationInput[] = [];
}

@InputType('UpdateExaminerInput', { description: 'Only the fields given change; lists given replace the whole list' })
export class UpdateExaminerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNpi()
  npi?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(100)
  firstName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(100)
  lastName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  suffix?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+0-9 ()\-.]{7,40}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) - .)' })
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

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(70)
  yearsInPractice?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  bio?: string | null;

  @Field(() => [ExaminerSpecialtyInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  specialties?: ExaminerSpecialtyInput[];

  @Field(() => [OfficeLocationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  offices?: OfficeLocationInput[];
}

export enum ExaminerSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  STATUS = 'STATUS',
  YEARS_IN_PRACTICE = 'YEARS_IN_PRACTICE',
  REPUTATION = 'REPUTATION',
}
registerEnumType(ExaminerSortField, { name: 'ExaminerSortField' });

@InputType('ExaminerSort')
export class ExaminerSort {
  @Field(() => ExaminerSortField, { defaultValue: ExaminerSortField.NAME })
  field: ExaminerSortField = ExaminerSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType('ExaminerFilter')
export class ExaminerFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, NPI or email (case-insensitive, partial)' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ExaminerStatus], { nullable: true })
  @IsOptional()
  status?: ExaminerStatus[];

  @Field(() => String, { nullable: true, description: 'Holds this specialty or one of its sub-specialties' })
  @IsOptional()
  @MaxLength(40)
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

  @Field(() => Int, { nullable: true, description: 'Has a credential expiring within this many days from today (or already expired)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
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

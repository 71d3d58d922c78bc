import { IsJurisdiction, IsLanguageCode, IsNpi, LocalDate, NotBlank, SortDirection, SortInput } from '@imepanel/runtime';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsLatitude,
  IsLongitude,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { CasePriority, CaseStatus, ExamFormat, ImeReason, LineOfBusiness } from '../entities';

const PHONE = /^[+0-9 ()\-.]{7,40}$/;
const SPECIALTY_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

@InputType('ClaimantRepresentativeInput')
export class ClaimantRepresentativeInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  firm?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) - .)' })
  phone?: string | null;
}

@InputType('ClaimantInput')
export class ClaimantInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(100)
  firstName!: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(100)
  lastName!: string;

  @Field(() => LocalDate)
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) - .)' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  region?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  postalCode?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  longitude?: number | null;

  @Field(() => String, { defaultValue: 'en' })
  @IsLanguageCode()
  language: string = 'en';

  @Field(() => Boolean, { defaultValue: false })
  interpreterNeeded: boolean = false;

  @Field(() => [String], { nullable: true, description: 'What the claimant needs at the exam besides an interpreter, each in free text (e.g. wheelchair-accessible room)' })
  @IsOptional()
  @ArrayMaxSize(10)
  @NotBlank({ each: true, message: 'each accommodation must not be blank' })
  @MaxLength(500, { each: true })
  accommodations?: string[] | null;

  @Field(() => ClaimantRepresentativeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  representative?: ClaimantRepresentativeInput | null;
}

@InputType('CreateCaseInput')
export class CreateCaseInput {
  @Field(() => ID)
  @NotBlank()
  clientId!: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(60)
  claimNumber!: string;

  @Field(() => LineOfBusiness)
  lineOfBusiness!: LineOfBusiness;

  @Field(() => [ImeReason])
  @ArrayMinSize(1, { message: 'reasons must name at least one reason for the IME' })
  @ArrayMaxSize(8)
  reasons!: ImeReason[];

  @Field(() => [String], { description: 'The questions the examiner must answer, in order' })
  @ArrayMinSize(1, { message: 'referralQuestions must hold at least one question' })
  @ArrayMaxSize(50)
  @NotBlank({ each: true, message: 'each referral question must not be blank' })
  @MaxLength(2000, { each: true })
  referralQuestions!: string[];

  @Field(() => String)
  @Matches(SPECIALTY_CODE, { message: 'requiredSpecialtyCode must be a specialty code such as ORTHO_SPINE' })
  requiredSpecialtyCode!: string;

  @Field(() => String)
  @IsJurisdiction()
  jurisdiction!: string;

  @Field(() => [String], { nullable: false })
  @ArrayMaxSize(20)
  @NotBlank({ each: true, message: 'each body part must not be blank' })
  @MaxLength(100, { each: true })
  bodyParts: string[] = [];

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  injuryDate?: string | null;

  @Field(() => ClaimantInput)
  @ValidateNested()
  claimant!: ClaimantInput;

  @Field(() => String, { nullable: true, description: "The claimant's IANA time zone, e.g. America/Chicago (a telehealth exam's time is shown in it); default: the jurisdiction's usual zone" })
  @IsOptional()
  @MaxLength(64)
  claimantTimeZone?: string | null;

  @Field(() => [String], { description: "NPIs of the claimant's treating providers" })
  @ArrayMaxSize(50)
  @IsNpi({ each: true })
  treatingProviderNpis: string[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  employerName?: string | null;

  @Field(() => ExamFormat, { defaultValue: ExamFormat.IN_PERSON })
  examFormat: ExamFormat = ExamFormat.IN_PERSON;

  @Field(() => Boolean, { defaultValue: false })
  telehealthAllowed: boolean = false;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => CasePriority, { defaultValue: CasePriority.ROUTINE })
  priority: CasePriority = CasePriority.ROUTINE;

  @Field(() => String, {
    nullable: true,
    description: 'Makes creation safe to retry: the same key (per client) returns the case created the first time',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:\-]{1,100}$/, { message: 'idempotencyKey must be 1–100 letters, digits, . _ : or -' })
  idempotencyKey?: string | null;
}

@InputType('UpdateCaseInput', { description: 'Only the fields given change; lists given replace the whole list' })
export class UpdateCaseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(60)
  claimNumber?: string;

  @Field(() => LineOfBusiness, { nullable: true })
  @IsOptional()
  lineOfBusiness?: LineOfBusiness;

  @Field(() => [ImeReason], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'reasons must name at least one reason for the IME' })
  @ArrayMaxSize(8)
  reasons?: ImeReason[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'referralQuestions must hold at least one question' })
  @ArrayMaxSize(50)
  @NotBlank({ each: true, message: 'each referral question must not be blank' })
  @MaxLength(2000, { each: true })
  referralQuestions?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SPECIALTY_CODE, { message: 'requiredSpecialtyCode must be a specialty code such as ORTHO_SPINE' })
  requiredSpecialtyCode?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @NotBlank({ each: true, message: 'each body part must not be blank' })
  @MaxLength(100, { each: true })
  bodyParts?: string[];

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  injuryDate?: string | null;

  @Field(() => ClaimantInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  claimant?: ClaimantInput;

  @Field(() => String, { nullable: true, description: "The claimant's IANA time zone, e.g. America/Chicago; null resets it to the jurisdiction's usual zone" })
  @IsOptional()
  @MaxLength(64)
  claimantTimeZone?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsNpi({ each: true })
  treatingProviderNpis?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  employerName?: string | null;

  @Field(() => ExamFormat, { nullable: true })
  @IsOptional()
  examFormat?: ExamFormat;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  telehealthAllowed?: boolean;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => CasePriority, { nullable: true })
  @IsOptional()
  priority?: CasePriority;
}

export const CaseSort = SortInput(
  'CaseSort',
  {
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    DUE_DATE: 'dueDate',
    REFERENCE_NUMBER: 'referenceNumber',
    STATUS: 'status',
    PRIORITY: 'priority',
  },
  { field: 'CREATED_AT', direction: SortDirection.DESC },
);
export type CaseSort = InstanceType<typeof CaseSort>;
/** The `CaseSortField` enum: `CaseSortField.CREATED_AT`. */
export const CaseSortField = CaseSort.fields;

@InputType('CaseFilter')
export class CaseFilter {
  @Field(() => String, { nullable: true, description: 'Matches the reference number, claim number or claimant name' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  status?: CaseStatus[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsJurisdiction({ each: true })
  jurisdiction?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  specialtyCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  clientId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  examinerId?: string;

  @Field(() => [LineOfBusiness], { nullable: true })
  @IsOptional()
  lineOfBusiness?: LineOfBusiness[];

  @Field(() => [CasePriority], { nullable: true })
  @IsOptional()
  priority?: CasePriority[];

  @Field(() => LocalDate, { nullable: true, description: 'Created on or after this date' })
  @IsOptional()
  createdFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Created on or before this date' })
  @IsOptional()
  createdTo?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or before this date' })
  @IsOptional()
  dueBefore?: string;
}

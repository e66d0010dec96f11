import { PageQuery } from '@epm/api/platform';
import {
  type CancelRegistrationRequest,
  type DeclineRequest,
  type OrganisationType,
  ORGANISATION_TYPES,
  type RegistrantMessageRequest,
  type RegistrationChange,
  type RegistrationInput,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  SUPPLIER_SIZES,
  type SupplierSize,
} from '@epm/shared/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

const isKnownType = (type: unknown) => (ORGANISATION_TYPES as readonly unknown[]).includes(type);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Empty optional text is no text. */
const trimToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : (value ?? null);

export class RegistrationInputDto implements RegistrationInput {
  @ApiProperty({ example: 'Priya Shah', maxLength: 200 })
  @Transform(trim)
  @IsString({ message: 'Enter your full name' })
  @MaxLength(200, { message: 'Name must be 200 characters or fewer' })
  @IsNotEmpty({ message: 'Enter your full name' })
  name!: string;

  @ApiProperty({ example: 'priya.shah@leeds.gov.uk', maxLength: 254 })
  @Transform(trim)
  @IsString({ message: 'Enter your email address' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.gov.uk' })
  @MaxLength(254, { message: 'Email address must be 254 characters or fewer' })
  @IsNotEmpty({ message: 'Enter your email address' })
  email!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES, example: 'council' })
  @IsIn(ORGANISATION_TYPES, { message: 'Select the type of organisation you work for' })
  organisationType!: OrganisationType;

  @ApiPropertyOptional({ description: 'GSS code of the council; required for councils', example: 'E08000035' })
  @ValidateIf((input: RegistrationInputDto) => input.organisationType === 'council')
  @IsString({ message: 'Select your council from the list' })
  @Matches(/^E\d{8}$/, { message: 'Select your council from the list' })
  councilCode?: string | null;

  @ApiPropertyOptional({ description: 'Required unless a council', example: 'Acme Digital Ltd', maxLength: 200 })
  @Transform(trimToNull)
  @ValidateIf(
    (input: RegistrationInputDto) => isKnownType(input.organisationType) && input.organisationType !== 'council',
  )
  @IsString({ message: 'Enter the name of your organisation' })
  @MaxLength(200, { message: 'Organisation name must be 200 characters or fewer' })
  @IsNotEmpty({ message: 'Enter the name of your organisation' })
  organisationName?: string | null;

  @ApiPropertyOptional({ enum: SUPPLIER_SIZES, description: 'Required for suppliers: SME is fewer than 250 staff' })
  @ValidateIf((input: RegistrationInputDto) => input.organisationType === 'supplier')
  @IsIn(SUPPLIER_SIZES, { message: 'Select the size of your company' })
  supplierSize?: SupplierSize | null;

  @ApiProperty({ example: 'Head of Digital', maxLength: 200 })
  @Transform(trim)
  @IsString({ message: 'Enter your job title' })
  @MaxLength(200, { message: 'Job title must be 200 characters or fewer' })
  @IsNotEmpty({ message: 'Enter your job title' })
  jobTitle!: string;

  @ApiPropertyOptional({ example: 'BSL interpreter', maxLength: 1000 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: 'Accessibility needs must be text' })
  @MaxLength(1000, { message: 'Accessibility needs must be 1000 characters or fewer' })
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ example: 'Vegetarian', maxLength: 500 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: 'Dietary needs must be text' })
  @MaxLength(500, { message: 'Dietary needs must be 500 characters or fewer' })
  dietaryNeeds?: string | null;

  @ApiPropertyOptional({ description: 'May we contact you after the event to evaluate it?', default: false })
  @IsOptional()
  @IsBoolean({ message: 'consentFollowUp must be true or false' })
  consentFollowUp?: boolean;

  @ApiPropertyOptional({ description: 'May we tell you about future events?', default: false })
  @IsOptional()
  @IsBoolean({ message: 'consentFutureEvents must be true or false' })
  consentFutureEvents?: boolean;
}

export class RegistrationChangeDto
  extends PartialType(OmitType(RegistrationInputDto, ['email'] as const))
  implements RegistrationChange {}

export class RegistrationIdParam {
  @Matches(/^\d{1,10}$/, { message: 'id must be a whole number' })
  id!: string;
}

export class ManageTokenParam {
  /** 32 random bytes, base64url. A malformed one is simply not found (404), like any unknown link. */
  @IsString()
  @MaxLength(100)
  token!: string;
}

export class RegistrationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES, { message: 'status must be one of the registration statuses' })
  status?: RegistrationStatus;

  @ApiPropertyOptional({ description: 'Words in the name, email address or organisation' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class DeclineDto implements DeclineRequest {
  @ApiPropertyOptional({ description: 'Included in the email to the person', maxLength: 1000 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Message must be 1000 characters or fewer' })
  message?: string;
}

export class CancelRegistrationDto implements CancelRegistrationRequest {
  @ApiPropertyOptional({ maxLength: 1000 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Reason must be 1000 characters or fewer' })
  reason?: string;
}

export class PromoteDto {
  @ApiPropertyOptional({ description: 'When the event is full, raise its capacity by one to make the place' })
  @IsOptional()
  @IsBoolean()
  raiseCapacity?: boolean;
}

export class RegistrantMessageDto implements RegistrantMessageRequest {
  @ApiProperty({ enum: REGISTRATION_STATUSES, isArray: true, example: ['confirmed'] })
  @IsArray({ message: 'Select who to send the message to' })
  @ArrayMinSize(1, { message: 'Select who to send the message to' })
  @ArrayMaxSize(5)
  @IsIn(REGISTRATION_STATUSES, { each: true, message: 'Select who to send the message to' })
  statuses!: RegistrationStatus[];

  @ApiProperty({ example: 'Room change for Tuesday', maxLength: 150 })
  @Transform(trim)
  @IsString()
  @MaxLength(150, { message: 'Subject must be 150 characters or fewer' })
  @IsNotEmpty({ message: 'Enter a subject' })
  subject!: string;

  @ApiProperty({ maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @MaxLength(5000, { message: 'Message must be 5000 characters or fewer' })
  @IsNotEmpty({ message: 'Enter the message' })
  body!: string;
}

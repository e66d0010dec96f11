import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
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
import {
  type ChangePasswordRequest,
  type CreateUserRequest,
  type LoginRequest,
  type MeResponse,
  type MfaConfirmResponse,
  type MfaDisableRequest,
  type MfaEnrolmentResponse,
  type MfaVerifyRequest,
  PASSWORD_MAX_LENGTH,
  type Role,
  ROLES,
  type UpdateUserRequest,
  type UserResponse,
} from '@epm/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'organiser@techuk.example' })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  @MaxLength(254)
  @IsNotEmpty({ message: 'Enter your email address' })
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4, { message: 'Enter a correct email address and password' })
  @IsNotEmpty({ message: 'Enter your password' })
  password!: string;
}

export class MfaVerifyDto implements MfaVerifyRequest {
  @ApiProperty({ description: '6-digit code, or a recovery code like 1a2b3-4c5d6', example: '123456' })
  @IsString()
  @MaxLength(20)
  @IsNotEmpty({ message: 'Enter the code from your authenticator app' })
  code!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  @IsNotEmpty({ message: 'Enter your current password' })
  currentPassword!: string;

  @ApiProperty({ format: 'password', description: 'At least 12 characters; not a common password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  @IsNotEmpty({ message: 'Enter a new password' })
  newPassword!: string;
}

export class MfaDisableDto implements MfaDisableRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  @IsNotEmpty({ message: 'Enter your password' })
  password!: string;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'sam.organiser@lga.example' })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  @MaxLength(254)
  @IsNotEmpty({ message: 'Enter an email address' })
  email!: string;

  @ApiProperty({ example: 'Sam Patel' })
  @Transform(trim)
  @IsString()
  @MaxLength(120, { message: 'Name must be 120 characters or fewer' })
  @IsNotEmpty({ message: 'Enter a name' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: 'Select a role' })
  role!: Role;

  @ApiPropertyOptional({ example: 'lga', description: 'Required for organisers' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  organisationCode?: string;

  @ApiProperty({ format: 'password', description: 'Initial password: at least 12 characters, not a common one' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  @IsNotEmpty({ message: 'Enter a password' })
  password!: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120, { message: 'Name must be 120 characters or fewer' })
  @IsNotEmpty({ message: 'Enter a name' })
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: 'Select a role' })
  role?: Role;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'techuk' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(32)
  organisationCode?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'disabled must be true or false' })
  disabled?: boolean;
}

export class UserIdParam {
  @Matches(/^\d{1,10}$/, { message: 'id must be a whole number' })
  id!: string;
}

class OrganisationRefDto {
  @ApiProperty({ example: 'lga' }) code!: string;
  @ApiProperty({ example: 'Local Government Association' }) name!: string;
}

export class MeDto implements MeResponse {
  @ApiProperty() id!: number;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: OrganisationRefDto, nullable: true }) organisation!: OrganisationRefDto | null;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ description: 'Policy requires a second factor this account has not set up yet' })
  mfaEnrolmentRequired!: boolean;
}

export class SessionDto {
  @ApiProperty({ type: MeDto, nullable: true, description: 'null when nobody is fully signed in' }) user!: MeDto | null;
}

export class LoginResponseDto {
  @ApiProperty({ enum: ['signed-in', 'mfa-required'] }) status!: 'signed-in' | 'mfa-required';
  @ApiPropertyOptional({ type: MeDto }) user?: MeDto;
}

export class MfaEnrolmentDto implements MfaEnrolmentResponse {
  @ApiProperty({ description: 'Base32 secret to type into an authenticator app' }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI' }) otpauthUrl!: string;
  @ApiProperty({ description: 'QR code of the URI, as an SVG data URL' }) qrCodeDataUrl!: string;
}

export class MfaConfirmDto implements MfaConfirmResponse {
  @ApiProperty({ type: [String], description: 'Shown once; each replaces a code once' }) recoveryCodes!: string[];
}

export class UserDto implements UserResponse {
  @ApiProperty() id!: number;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: OrganisationRefDto, nullable: true }) organisation!: OrganisationRefDto | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ description: 'ISO 8601' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'ISO 8601' }) lastSignedInAt!: string | null;
}

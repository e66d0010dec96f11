import { PageQuery } from '@epm/api/platform';
import {
  OUTCOME_KINDS,
  OUTCOME_OWNERS,
  OUTCOME_STATUSES,
  type OutcomeInput,
  type OutcomeKind,
  type OutcomeOwner,
  type OutcomeStatus,
} from '@epm/shared/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Empty optional text is no text. */
const trimToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : (value ?? null);
const UK_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class OutcomeInputDto implements OutcomeInput {
  @ApiProperty({ enum: OUTCOME_KINDS, example: 'resource-published' })
  @IsIn(OUTCOME_KINDS, { message: 'Select the kind of outcome' })
  kind!: OutcomeKind;

  @ApiProperty({ example: 'Joint guidance on outcome-based procurement published', maxLength: 200 })
  @Transform(trim)
  @IsString({ message: 'Enter a title' })
  @MaxLength(200, { message: 'Title must be 200 characters or fewer' })
  @IsNotEmpty({ message: 'Enter a title' })
  title!: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    example: 'Guidance for council buyers on specifying outcomes, written with the roundtable’s participants.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'Description must be 2000 characters or fewer' })
  description?: string;

  @ApiProperty({
    enum: OUTCOME_OWNERS,
    example: 'lga',
    description: 'A partner, or `other` with the organisation named in ownerName',
  })
  @IsIn(OUTCOME_OWNERS, { message: 'Select who owns the outcome' })
  ownerOrganisation!: OutcomeOwner;

  @ApiPropertyOptional({
    nullable: true,
    maxLength: 200,
    example: 'Department for Science, Innovation and Technology',
    description: 'Required when ownerOrganisation is other; ignored for a partner. An organisation, never a person',
  })
  @Transform(trimToNull)
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(200, { message: 'Organisation name must be 200 characters or fewer' })
  ownerName?: string | null;

  @ApiProperty({ example: '2025-10-15', description: 'UK date when it happened, or is expected to' })
  @Matches(UK_DATE, { message: 'Enter the date like 2025-10-15' })
  @IsNotEmpty({ message: 'Enter the date of the outcome' })
  date!: string;

  @ApiProperty({ enum: OUTCOME_STATUSES, example: 'done' })
  @IsIn(OUTCOME_STATUSES, { message: 'Select the status of the outcome' })
  status!: OutcomeStatus;

  @ApiPropertyOptional({ nullable: true, maxLength: 500, example: 'https://www.local.gov.uk/publications' })
  @Transform(trimToNull)
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Enter a link starting https://' })
  @MaxLength(500, { message: 'Link must be 500 characters or fewer' })
  link?: string | null;

  @ApiProperty({ example: 1, description: 'The programme year the outcome counts towards' })
  @IsInt({ message: 'Select the programme year' })
  programmeId!: number;

  @ApiPropertyOptional({
    type: [Number],
    example: [12],
    description: 'Events it stems from, all in the programme year; empty for a programme-level outcome',
  })
  @IsOptional()
  @IsArray({ message: 'eventIds must be a list of event ids' })
  @ArrayMaxSize(50, { message: 'An outcome can stem from at most 50 events' })
  @IsInt({ each: true, message: 'eventIds must be a list of event ids' })
  eventIds?: number[];

  @ApiPropertyOptional({ type: [Number], example: [1], description: 'Objectives of the programme year' })
  @IsOptional()
  @IsArray({ message: 'objectiveIds must be a list of objective ids' })
  @ArrayMaxSize(30, { message: 'Choose at most 30 objectives' })
  @IsInt({ each: true, message: 'objectiveIds must be a list of objective ids' })
  objectiveIds?: number[];
}

export class OutcomePatchDto extends PartialType(OutcomeInputDto) {}

export class OutcomeIdParam {
  @Matches(/^\d{1,10}$/, { message: 'id must be a whole number' })
  id!: string;
}

export class OutcomeListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Outcomes that stem from this event', example: 12 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'eventId must be a whole number' })
  eventId?: number;

  @ApiPropertyOptional({ description: 'Outcomes that contribute to this objective', example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'objectiveId must be a whole number' })
  objectiveId?: number;

  @ApiPropertyOptional({ description: 'Outcomes counted towards this programme year', example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'programmeId must be a whole number' })
  programmeId?: number;

  @ApiPropertyOptional({ enum: OUTCOME_KINDS })
  @IsOptional()
  @IsIn(OUTCOME_KINDS, { message: 'kind must be one of the outcome kinds' })
  kind?: OutcomeKind;

  @ApiPropertyOptional({ enum: OUTCOME_STATUSES })
  @IsOptional()
  @IsIn(OUTCOME_STATUSES, { message: 'status must be planned, in-progress or done' })
  status?: OutcomeStatus;
}

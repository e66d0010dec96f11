import { PageQuery } from '@epm/api/platform';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  AUDIENCES,
  type Audience,
  type CancelEventRequest,
  type ConsultationInput,
  EVENT_FORMATS,
  EVENT_STATUSES,
  EVENT_TYPES,
  type EventFormat,
  type EventInput,
  type EventStatus,
  type EventType,
  ISO_WITH_OFFSET,
  type ObjectiveInput,
  PARTNER_ORGANISATIONS,
  type PartnerOrganisationCode,
  type ProgrammeInput,
  SERIES_FREQUENCIES,
  type SeriesFrequency,
  type SeriesRequest,
  type SpeakerInput,
  type VenueInput,
} from '@epm/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const PARTNERS = PARTNER_ORGANISATIONS.map((partner) => partner.code);
const ISO_MESSAGE = 'must be a date and time with its offset, like 2025-06-02T10:00:00+01:00';
/** A UK postcode, loosely: outward code, space optional, inward code. */
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

export class VenueDto implements VenueInput {
  @ApiProperty({ example: 'Local Government House' })
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @IsNotEmpty({ message: 'Enter the venue name' })
  name!: string;

  @ApiProperty({ example: '18 Smith Square, London' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @IsNotEmpty({ message: 'Enter the venue address' })
  address!: string;

  @ApiProperty({ example: 'SW1P 3HZ' })
  @Transform(trim)
  @IsString()
  @Matches(UK_POSTCODE, { message: 'Enter a real postcode, like SW1P 3HZ' })
  @IsNotEmpty({ message: 'Enter the venue postcode' })
  postcode!: string;

  @ApiPropertyOptional({ example: 'Step-free entrance on Smith Square; hearing loop in the main hall.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  accessInformation?: string;
}

export class SpeakerDto implements SpeakerInput {
  @ApiProperty({ example: 'Sam Okafor' })
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  @IsNotEmpty({ message: 'Enter the speaker’s name' })
  name!: string;

  @ApiPropertyOptional({ example: 'Chief Digital Officer' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  role?: string;

  @ApiPropertyOptional({ example: 'Leeds City Council' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  organisation?: string;
}

export class ConsultationDto implements ConsultationInput {
  @ApiProperty({ type: [String], example: ['How should councils buy AI services?'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @IsNotEmpty({ each: true, message: 'Enter each question' })
  questions!: string[];

  @ApiProperty({ example: '2025-11-28T17:00:00+00:00' })
  @Matches(ISO_WITH_OFFSET, { message: `responsesCloseAt ${ISO_MESSAGE}` })
  responsesCloseAt!: string;
}

export class EventInputDto implements EventInput {
  @ApiProperty({ example: 'Blueprint for Digital Government: connecting local government and suppliers' })
  @Transform(trim)
  @IsString()
  @MaxLength(200, { message: 'Title must be 200 characters or fewer' })
  @IsNotEmpty({ message: 'Enter a title' })
  title!: string;

  @ApiProperty({ description: 'One or two sentences shown in lists', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'Summary must be 500 characters or fewer' })
  @IsNotEmpty({ message: 'Enter a summary' })
  summary!: string;

  @ApiPropertyOptional({ description: 'Plain text, or a safe Markdown subset (links, lists, emphasis)' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiProperty({ enum: EVENT_TYPES })
  @IsIn(EVENT_TYPES, { message: 'Select the type of event' })
  type!: EventType;

  @ApiProperty({ enum: EVENT_FORMATS })
  @IsIn(EVENT_FORMATS, { message: 'Select in person, online or hybrid' })
  format!: EventFormat;

  @ApiPropertyOptional({ type: VenueDto, nullable: true, description: 'Required in person and hybrid' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VenueDto)
  venue?: VenueDto | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'https://teams.microsoft.com/l/meetup-join/…',
    description: 'Required online and hybrid',
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Enter the joining link, starting https://' })
  @MaxLength(500)
  joiningUrl?: string | null;

  @ApiProperty({ example: '2025-06-02T10:00:00+01:00' })
  @Matches(ISO_WITH_OFFSET, { message: `startsAt ${ISO_MESSAGE}` })
  startsAt!: string;

  @ApiProperty({ example: '2025-06-02T12:00:00+01:00' })
  @Matches(ISO_WITH_OFFSET, { message: `endsAt ${ISO_MESSAGE}` })
  endsAt!: string;

  @ApiProperty({ nullable: true, type: Number, description: 'Places; null for unlimited', example: 40 })
  @ValidateIf((_object, value) => value !== null)
  @IsInt({ message: 'Capacity must be a whole number, or empty for unlimited' })
  @Min(1, { message: 'Capacity must be at least 1' })
  @Max(100_000)
  capacity!: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2025-05-01T09:00:00+01:00' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(ISO_WITH_OFFSET, { message: `registrationOpensAt ${ISO_MESSAGE}` })
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2025-06-01T17:00:00+01:00' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(ISO_WITH_OFFSET, { message: `registrationClosesAt ${ISO_MESSAGE}` })
  registrationClosesAt?: string | null;

  @ApiPropertyOptional({ description: 'Registrations wait for an organiser to approve them (typical for roundtables)' })
  @IsOptional()
  @IsBoolean({ message: 'approvalRequired must be true or false' })
  approvalRequired?: boolean;

  @ApiProperty({ enum: AUDIENCES })
  @IsIn(AUDIENCES, { message: 'Select who the event is for' })
  audience!: Audience;

  @ApiProperty({ enum: PARTNERS })
  @IsIn(PARTNERS, { message: 'Select the organisation leading the event' })
  leadOrganisation!: PartnerOrganisationCode;

  @ApiPropertyOptional({ enum: PARTNERS, nullable: true, description: 'The other partner, for joint events' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsIn(PARTNERS, { message: 'Select the partner organisation' })
  partnerOrganisation?: PartnerOrganisationCode | null;

  @ApiPropertyOptional({ type: [String], example: ['procurement-reform', 'mission-services'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsInt({ each: true })
  objectiveIds?: number[];

  @ApiPropertyOptional({ type: [SpeakerDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers?: SpeakerDto[];

  @ApiPropertyOptional({ type: ConsultationDto, nullable: true, description: 'Required for consultations' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsultationDto)
  consultation?: ConsultationDto | null;
}

export class EventPatchDto extends PartialType(EventInputDto) {}

export class CancelEventDto implements CancelEventRequest {
  @ApiProperty({ example: 'The speaker is unwell; we will reschedule in the new year.' })
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  @IsNotEmpty({ message: 'Enter the reason for cancelling, which registrants will see' })
  reason!: string;
}

export class EventIdParam {
  @Matches(/^\d{1,10}$/, { message: 'id must be a whole number' })
  id!: string;
}

export class EventListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES, { message: 'type must be one of the event types' })
  type?: EventType;

  @ApiPropertyOptional({ description: 'A theme, mission, enabler or principle code', example: 'cybersecurity' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  theme?: string;

  @ApiPropertyOptional({ enum: EVENT_FORMATS })
  @IsOptional()
  @IsIn(EVENT_FORMATS, { message: 'format must be in-person, online or hybrid' })
  format?: EventFormat;

  @ApiPropertyOptional({ description: 'Events starting on or after this UK date', example: '2025-04-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date like 2025-04-01' })
  from?: string;

  @ApiPropertyOptional({ description: 'Events starting on or before this UK date', example: '2026-03-31' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date like 2026-03-31' })
  to?: string;

  @ApiPropertyOptional({ description: 'Words in the title or summary', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PARTNERS, description: 'Events this partner leads or is joint partner on' })
  @IsOptional()
  @IsIn(PARTNERS, { message: 'organisation must be techuk or lga' })
  organisation?: PartnerOrganisationCode;

  @ApiPropertyOptional({ enum: EVENT_STATUSES, description: 'Organiser lists only' })
  @IsOptional()
  @IsIn(EVENT_STATUSES, { message: 'status must be one of the event statuses' })
  status?: EventStatus;
}

export class ProgrammeInputDto implements ProgrammeInput {
  @ApiProperty({ example: 'MoU year 2' })
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @IsNotEmpty({ message: 'Enter a name' })
  name!: string;

  @ApiProperty({ example: '2026-04-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter the start date like 2026-04-01' })
  startsOn!: string;

  @ApiProperty({ example: '2027-03-31' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter the end date like 2027-03-31' })
  endsOn!: string;
}

export class ProgrammePatchDto extends PartialType(ProgrammeInputDto) {}

export class ObjectiveInputDto implements ObjectiveInput {
  @ApiProperty({ example: 'Reach 150 councils' })
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @IsNotEmpty({ message: 'Enter the objective' })
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiPropertyOptional({ nullable: true, example: 'councils reached' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(100)
  targetUnit?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 150 })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Type(() => Number)
  @Min(0)
  @Max(1_000_000)
  targetValue?: number | null;
}

export class ObjectivePatchDto extends PartialType(ObjectiveInputDto) {}

export class ProgrammeIdParam {
  @Matches(/^\d{1,10}$/, { message: 'id must be a whole number' })
  id!: string;
}

export class ObjectiveParams {
  @Matches(/^\d{1,10}$/, { message: 'id must be a whole number' })
  id!: string;

  @Matches(/^\d{1,10}$/, { message: 'objectiveId must be a whole number' })
  objectiveId!: string;
}

export class SeriesRequestDto implements SeriesRequest {
  @ApiProperty({ type: EventInputDto, description: 'The first occurrence' })
  @ValidateNested()
  @Type(() => EventInputDto)
  event!: EventInputDto;

  @ApiProperty({ enum: SERIES_FREQUENCIES })
  @IsIn(SERIES_FREQUENCIES, { message: 'Select how often the event repeats' })
  frequency!: SeriesFrequency;

  @ApiProperty({ minimum: 2, maximum: 24, example: 12 })
  @IsInt({ message: 'Enter how many times the event happens, as a whole number' })
  @Min(2, { message: 'A series has at least 2 occurrences' })
  @Max(24, { message: 'A series has at most 24 occurrences' })
  occurrences!: number;
}

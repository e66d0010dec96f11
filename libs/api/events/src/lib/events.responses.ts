import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIENCES,
  type Audience,
  EVENT_FORMATS,
  EVENT_STATUSES,
  EVENT_TYPES,
  type EventFormat,
  type EventListResponse,
  type EventResponse,
  type EventStatus,
  type EventType,
  type ObjectiveResponse,
  type ProgrammeResponse,
  type SeriesResponse,
} from '@epm/shared/contracts';

class OrganisationRefDto {
  @ApiProperty({ example: 'lga' }) code!: string;
  @ApiProperty({ example: 'Local Government Association' }) name!: string;
}

class VenueResponseDto {
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty() postcode!: string;
  @ApiProperty({ description: 'Empty when none was given' }) accessInformation!: string;
}

class SpeakerResponseDto {
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
  @ApiProperty() organisation!: string;
}

class ConsultationResponseDto {
  @ApiProperty({ type: [String] }) questions!: string[];
  @ApiProperty({ description: 'ISO 8601 with the UK offset' }) responsesCloseAt!: string;
}

export class EventDto implements EventResponse {
  @ApiProperty() id!: number;
  @ApiProperty() programmeId!: number;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: EVENT_TYPES }) type!: EventType;
  @ApiProperty({ enum: EVENT_FORMATS }) format!: EventFormat;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty({ nullable: true, type: String }) cancellationReason!: string | null;
  @ApiProperty({ type: VenueResponseDto, nullable: true }) venue!: VenueResponseDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'Only for those who manage the event' })
  joiningUrl!: string | null;
  @ApiProperty({ example: '2025-06-02T10:00:00+01:00', description: 'ISO 8601 with the UK offset' }) startsAt!: string;
  @ApiProperty({ example: '2025-06-02T12:00:00+01:00' }) endsAt!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null for unlimited' }) capacity!: number | null;
  @ApiProperty({ nullable: true, type: String }) registrationOpensAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) registrationClosesAt!: string | null;
  @ApiProperty() approvalRequired!: boolean;
  @ApiProperty({ enum: AUDIENCES }) audience!: Audience;
  @ApiProperty({ type: OrganisationRefDto }) leadOrganisation!: OrganisationRefDto;
  @ApiProperty({ type: OrganisationRefDto, nullable: true }) partnerOrganisation!: OrganisationRefDto | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [Number] }) objectiveIds!: number[];
  @ApiProperty({ type: [SpeakerResponseDto] }) speakers!: SpeakerResponseDto[];
  @ApiProperty({ type: ConsultationResponseDto, nullable: true }) consultation!: ConsultationResponseDto | null;
  @ApiProperty({ description: 'Grows with every change attendees need to know about (calendar SEQUENCE)' })
  sequence!: number;
  @ApiProperty({ nullable: true, type: Number }) seriesId!: number | null;
  @ApiProperty({ description: 'ISO 8601 in UTC' }) updatedAt!: string;
}

export class EventListDto implements EventListResponse {
  @ApiProperty({ type: [EventDto] }) items!: EventDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ObjectiveDto implements ObjectiveResponse {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'Reach 150 councils' }) title!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'councils reached' }) targetUnit!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 150 }) targetValue!: number | null;
}

export class ProgrammeDto implements ProgrammeResponse {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'MoU year 1' }) name!: string;
  @ApiProperty({ example: '2025-04-01' }) startsOn!: string;
  @ApiProperty({ example: '2026-03-31' }) endsOn!: string;
  @ApiProperty({ type: [ObjectiveDto] }) objectives!: ObjectiveDto[];
}

export class SeriesDto implements SeriesResponse {
  @ApiProperty() seriesId!: number;
  @ApiProperty({ type: [EventDto], description: 'Each occurrence, a draft event of its own' }) events!: EventDto[];
}

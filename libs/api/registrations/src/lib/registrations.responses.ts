import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type EventAvailability,
  EVENT_FORMATS,
  EVENT_STATUSES,
  type EventFormat,
  type EventStatus,
  type ManagedRegistration,
  ORGANISATION_TYPES,
  type OrganisationType,
  type RegistrantMessageResponse,
  type RegistrationCounts,
  type RegistrationListResponse,
  type RegistrationReceipt,
  type RegistrationResponse,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  SUPPLIER_SIZES,
  type SupplierSize,
} from '@epm/shared/contracts';

const AVAILABILITY_STATES = ['open', 'waitlist', 'approval', 'not-yet-open', 'closed', 'unavailable'];

export class EventAvailabilityDto implements EventAvailability {
  @ApiProperty({ enum: AVAILABILITY_STATES, example: 'open' })
  state!: EventAvailability['state'];
  @ApiProperty({ type: Number, nullable: true, description: 'null when capacity is unlimited', example: 12 })
  placesLeft!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-05-01T09:00:00+01:00' })
  registrationOpensAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-06-02T10:00:00+01:00' })
  registrationClosesAt!: string | null;
}

export class RegistrationReceiptDto implements RegistrationReceipt {
  @ApiProperty({ enum: [...REGISTRATION_STATUSES, 'already-registered'], example: 'confirmed' })
  status!: RegistrationReceipt['status'];
  @ApiProperty({ type: Number, nullable: true, description: '1 for first in the queue; waitlisted only' })
  waitlistPosition!: number | null;
}

class CouncilRefDto {
  @ApiProperty({ example: 'E08000035' }) gssCode!: string;
  @ApiProperty({ example: 'Leeds City Council' }) name!: string;
}

class VenueDto {
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty() postcode!: string;
  @ApiProperty() accessInformation!: string;
}

class RegistrationDetailsDto {
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationStatus;
  @ApiProperty({ type: Number, nullable: true }) waitlistPosition!: number | null;
  @ApiProperty({ example: 'Priya Shah' }) name!: string;
  @ApiProperty({ example: 'priya.shah@leeds.gov.uk' }) email!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) organisationType!: OrganisationType;
  @ApiProperty({ type: CouncilRefDto, nullable: true }) council!: CouncilRefDto | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ enum: SUPPLIER_SIZES, nullable: true }) supplierSize!: SupplierSize | null;
  @ApiProperty() jobTitle!: string;
  @ApiProperty({ type: String, nullable: true }) accessibilityNeeds!: string | null;
  @ApiProperty({ type: String, nullable: true }) dietaryNeeds!: string | null;
  @ApiProperty() consentFollowUp!: boolean;
  @ApiProperty() consentFutureEvents!: boolean;
}

class ManagedEventDto {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty({ enum: EVENT_FORMATS }) format!: EventFormat;
  @ApiProperty({ example: '2025-06-02T10:00:00+01:00' }) startsAt!: string;
  @ApiProperty({ example: '2025-06-02T12:00:00+01:00' }) endsAt!: string;
  @ApiProperty({ type: VenueDto, nullable: true }) venue!: VenueDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'Only while the registration is confirmed' })
  joiningUrl!: string | null;
}

export class ManagedRegistrationDto extends RegistrationDetailsDto implements ManagedRegistration {
  @ApiProperty({ type: ManagedEventDto }) event!: ManagedEventDto;
}

export class RegistrationResponseDto extends RegistrationDetailsDto implements RegistrationResponse {
  @ApiProperty() id!: number;
  @ApiProperty() eventId!: number;
  @ApiProperty({ enum: ['public', 'organiser'] }) source!: 'public' | 'organiser';
  @ApiProperty({ type: String, nullable: true }) decisionMessage!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ example: '2025-05-20T14:03:00+01:00' }) createdAt!: string;
}

class RegistrationCountsDto implements RegistrationCounts {
  @ApiProperty({ type: Number, nullable: true }) capacity!: number | null;
  @ApiProperty() confirmed!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() declined!: number;
  @ApiProperty() cancelled!: number;
}

export class RegistrationListDto implements RegistrationListResponse {
  @ApiProperty({ type: [RegistrationResponseDto] }) items!: RegistrationResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: RegistrationCountsDto }) counts!: RegistrationCountsDto;
}

export class RegistrantMessageResponseDto implements RegistrantMessageResponse {
  @ApiPropertyOptional({ description: 'Messages queued, one per registrant' }) queued!: number;
}

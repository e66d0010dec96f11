import { ApiProperty } from '@nestjs/swagger';
import {
  EVENT_TYPES,
  type EventType,
  OUTCOME_KINDS,
  OUTCOME_OWNERS,
  OUTCOME_STATUSES,
  type OutcomeEventRef,
  type OutcomeKind,
  type OutcomeListResponse,
  type OutcomeObjectiveRef,
  type OutcomeOwner,
  type OutcomeResponse,
  type OutcomeStatus,
} from '@epm/shared/contracts';

class OutcomeEventRefDto implements OutcomeEventRef {
  @ApiProperty({ example: 12 }) id!: number;
  @ApiProperty({ example: 'Procurement reform roundtable: buying outcomes, not outputs' }) title!: string;
  @ApiProperty({ enum: EVENT_TYPES, example: 'roundtable' }) type!: EventType;
  @ApiProperty({ example: '2025-07-09T10:00:00+01:00', description: 'ISO 8601 with the UK offset' })
  startsAt!: string;
}

class OutcomeObjectiveRefDto implements OutcomeObjectiveRef {
  @ApiProperty({ example: 1 }) id!: number;
  @ApiProperty({ example: 'Reach 150 councils' }) title!: string;
}

export class OutcomeDto implements OutcomeResponse {
  @ApiProperty({ example: 3 }) id!: number;
  @ApiProperty({ example: 1, description: 'The programme year the outcome counts towards' }) programmeId!: number;
  @ApiProperty({ enum: OUTCOME_KINDS, example: 'resource-published' }) kind!: OutcomeKind;
  @ApiProperty({ example: 'Joint guidance on outcome-based procurement published' }) title!: string;
  @ApiProperty({
    description: 'Empty when none was given',
    example: 'Guidance for council buyers on specifying outcomes.',
  })
  description!: string;
  @ApiProperty({ enum: OUTCOME_OWNERS, example: 'lga' }) ownerOrganisation!: OutcomeOwner;
  @ApiProperty({
    example: 'Local Government Association',
    description: 'The partner’s name, or the other organisation’s',
  })
  ownerName!: string;
  @ApiProperty({ example: '2025-10-15', description: 'UK date' }) date!: string;
  @ApiProperty({ enum: OUTCOME_STATUSES, example: 'done' }) status!: OutcomeStatus;
  @ApiProperty({ type: String, nullable: true, example: 'https://www.local.gov.uk/publications' }) link!: string | null;
  @ApiProperty({ type: [OutcomeEventRefDto], description: 'The events it stems from, oldest first' })
  events!: OutcomeEventRefDto[];
  @ApiProperty({ type: [OutcomeObjectiveRefDto] }) objectives!: OutcomeObjectiveRefDto[];
  @ApiProperty({ example: '2025-10-15T09:12:00.000Z', description: 'ISO 8601 in UTC' }) createdAt!: string;
  @ApiProperty({ example: '2025-10-16T14:03:00.000Z', description: 'ISO 8601 in UTC' }) updatedAt!: string;
}

export class OutcomeListDto implements OutcomeListResponse {
  @ApiProperty({ type: [OutcomeDto] }) items!: OutcomeDto[];
  @ApiProperty({ example: 1 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
}

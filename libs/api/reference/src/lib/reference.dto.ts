import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  COUNCIL_TYPES,
  type CouncilResponse,
  type CouncilSearchResponse,
  type CouncilType,
  type OrganisationResponse,
  type TaxonomyResponse,
  type TaxonomyTerm,
} from '@epm/shared/contracts';

export class CouncilSearchQuery {
  @ApiPropertyOptional({ description: 'Part of a council name or its GSS code', example: 'hartle', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'How many councils to return (default 10)', minimum: 1, maximum: 400 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(400)
  limit?: number;
}

export class CouncilDto implements CouncilResponse {
  @ApiProperty({ description: 'ONS (GSS) code', example: 'E06000001' })
  gssCode!: string;

  @ApiProperty({ description: 'Official name', example: 'Hartlepool Borough Council' })
  name!: string;

  @ApiProperty({ description: 'Short name people search by', example: 'Hartlepool' })
  shortName!: string;

  @ApiProperty({ enum: COUNCIL_TYPES, description: 'Kind of principal council', example: 'Unitary authority' })
  type!: CouncilType;

  @ApiProperty({ description: 'ONS region', example: 'North East' })
  region!: string;
}

export class CouncilSearchDto implements CouncilSearchResponse {
  @ApiProperty({ type: [CouncilDto], description: 'Best matches first' })
  items!: CouncilDto[];

  @ApiProperty({ description: 'How many councils matched in all', example: 1 })
  total!: number;
}

export class TaxonomyTermDto implements TaxonomyTerm {
  @ApiProperty({ description: 'Stable code used in URLs and filters', example: 'cybersecurity' })
  code!: string;

  @ApiProperty({ description: 'Label people read', example: 'Cybersecurity' })
  label!: string;

  @ApiProperty({ description: 'One-sentence explanation' })
  description!: string;
}

export class TaxonomyDto implements TaxonomyResponse {
  @ApiProperty({ type: [TaxonomyTermDto], description: 'Workshop, webinar, roundtable, consultation' })
  eventTypes!: TaxonomyTermDto[];

  @ApiProperty({ type: [TaxonomyTermDto], description: 'The MoU focus areas' })
  themes!: TaxonomyTermDto[];

  @ApiProperty({ type: [TaxonomyTermDto], description: 'Missions of the LGA digitalisation framework' })
  missions!: TaxonomyTermDto[];

  @ApiProperty({ type: [TaxonomyTermDto], description: 'Enablers of the LGA digitalisation framework' })
  enablers!: TaxonomyTermDto[];

  @ApiProperty({ type: [TaxonomyTermDto], description: 'Principles of the LGA digitalisation framework' })
  principles!: TaxonomyTermDto[];
}

export class OrganisationDto implements OrganisationResponse {
  @ApiProperty({ description: 'Stable code', example: 'techuk' })
  code!: string;

  @ApiProperty({ example: 'techUK' })
  name!: string;

  @ApiProperty({ description: 'Who the organisation is' })
  description!: string;

  @ApiProperty({ description: 'Public website', example: 'https://www.techuk.org' })
  website!: string;
}

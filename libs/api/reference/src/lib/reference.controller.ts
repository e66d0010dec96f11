import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorDto, Public } from '@epm/api/platform';
import type {
  CouncilResponse,
  CouncilSearchResponse,
  OrganisationResponse,
  TaxonomyResponse,
} from '@epm/shared/contracts';
import { CouncilDto, CouncilSearchDto, CouncilSearchQuery, OrganisationDto, TaxonomyDto } from './reference.dto';
import { ReferenceService } from './reference.service';

@ApiTags('reference data')
@Public()
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('taxonomy')
  @ApiOperation({ summary: 'Event types, MoU themes and the LGA framework missions, enablers and principles' })
  @ApiOkResponse({ type: TaxonomyDto })
  taxonomy(): Promise<TaxonomyResponse> {
    return this.reference.taxonomy();
  }

  @Get('organisations')
  @ApiOperation({ summary: 'The MoU partner organisations and any others the programme records' })
  @ApiOkResponse({ type: [OrganisationDto] })
  organisations(): Promise<OrganisationResponse[]> {
    return this.reference.listOrganisations();
  }

  @Get('councils')
  @ApiOperation({ summary: 'Type-ahead over the English principal councils (best matches first)' })
  @ApiOkResponse({ type: CouncilSearchDto })
  @ApiUnprocessableEntityResponse({
    type: ApiErrorDto,
    description: 'A query parameter is not valid (errors keyed by parameter)',
  })
  councils(@Query() query: CouncilSearchQuery): CouncilSearchResponse {
    return this.reference.searchCouncils(query.q, query.limit ?? 10);
  }

  @Get('councils/:gssCode')
  @ApiOperation({ summary: 'One council by its ONS (GSS) code' })
  @ApiOkResponse({ type: CouncilDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No current council has that code' })
  council(@Param('gssCode') gssCode: string): CouncilResponse {
    const council = this.reference.findCouncil(gssCode.toUpperCase());
    if (!council) throw new NotFoundException(`No council has the code ${gssCode}`);
    return council;
  }
}

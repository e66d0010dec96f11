import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorDto, CurrentUser, type Principal, Roles } from '@epm/api/platform';
import type { OutcomeInput, OutcomeListResponse, OutcomeResponse } from '@epm/shared/contracts';
import type { Request } from 'express';
import { OutcomeIdParam, OutcomeInputDto, OutcomeListQuery, OutcomePatchDto } from './outcomes.dto';
import { OutcomeDto, OutcomeListDto } from './outcomes.responses';
import { OutcomesService } from './outcomes.service';

const FROM_AN_EVENT: OutcomeInput = {
  kind: 'resource-published',
  title: 'Joint guidance on outcome-based procurement published',
  description: 'Guidance for council buyers on specifying outcomes, written with the roundtable’s participants.',
  ownerOrganisation: 'lga',
  date: '2025-10-15',
  status: 'done',
  link: 'https://www.local.gov.uk/publications',
  programmeId: 1,
  eventIds: [12],
  objectiveIds: [1],
};

const PROGRAMME_LEVEL: OutcomeInput = {
  kind: 'pilot-started',
  title: 'Shared AI assurance pilot with three councils',
  ownerOrganisation: 'other',
  ownerName: 'Department for Science, Innovation and Technology',
  date: '2026-06-30',
  status: 'planned',
  programmeId: 2,
  eventIds: [],
};

@ApiTags('outcomes')
@Controller('outcomes')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get()
  @Roles('organiser', 'admin', 'reviewer')
  @ApiOperation({
    summary: 'The outcome log, newest first, with filters and paging',
    description:
      'Organisers see the outcomes their organisation owns or that stem from its events; administrators and ' +
      'the review panel see all. Outcomes hold no personal data.',
  })
  @ApiOkResponse({ type: OutcomeListDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  list(@Query() query: OutcomeListQuery, @CurrentUser() principal: Principal): Promise<OutcomeListResponse> {
    return this.outcomes.list(principal, { ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }

  @Get(':id')
  @Roles('organiser', 'admin', 'reviewer')
  @ApiOperation({ summary: 'One outcome, with the events and objectives it stems from' })
  @ApiOkResponse({ type: OutcomeDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such outcome, or not one your organisation may see' })
  get(@Param() params: OutcomeIdParam, @CurrentUser() principal: Principal): Promise<OutcomeResponse> {
    return this.outcomes.get(Number(params.id), principal);
  }

  @Post()
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'Record an outcome of events, or of the programme',
    description:
      'An organiser’s outcome must be owned by their organisation or stem from an event it leads or partners.',
  })
  @ApiBody({
    type: OutcomeInputDto,
    examples: {
      fromAnEvent: { summary: 'What a roundtable led to', value: FROM_AN_EVENT },
      programmeLevel: { summary: 'A programme-level outcome owned by another organisation', value: PROGRAMME_LEVEL },
    },
  })
  @ApiCreatedResponse({ type: OutcomeDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto, description: 'Errors keyed by field' })
  create(
    @Body() body: OutcomeInputDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<OutcomeResponse> {
    return this.outcomes.create(body, principal, request.ip ?? null);
  }

  @Patch(':id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Change an outcome: its status as it progresses, say' })
  @ApiBody({ type: OutcomePatchDto, examples: { done: { summary: 'Mark it done', value: { status: 'done' } } } })
  @ApiOkResponse({ type: OutcomeDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such outcome, or not one your organisation may change' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto, description: 'Errors keyed by field' })
  update(
    @Param() params: OutcomeIdParam,
    @Body() body: OutcomePatchDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<OutcomeResponse> {
    return this.outcomes.update(Number(params.id), body, principal, request.ip ?? null);
  }
}

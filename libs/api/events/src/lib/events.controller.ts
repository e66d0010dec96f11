import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorDto, CurrentUser, type Principal, Public, type RequestWithPrincipal, Roles } from '@epm/api/platform';
import type { EventListResponse, EventResponse, SeriesResponse } from '@epm/shared/contracts';
import type { Request } from 'express';
import {
  CancelEventDto,
  EventIdParam,
  EventInputDto,
  EventListQuery,
  EventPatchDto,
  SeriesRequestDto,
} from './events.dto';
import { EventDto, EventListDto, SeriesDto } from './events.responses';
import { type EventListFilters, EventsService } from './events.service';

function filtersOf(query: EventListQuery): EventListFilters {
  return { ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
}

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get('events')
  @Public()
  @ApiOperation({ summary: 'The published programme, soonest first, with filters and paging' })
  @ApiOkResponse({ type: EventListDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  listPublic(@Query() query: EventListQuery): Promise<EventListResponse> {
    return this.events.listPublic(filtersOf(query));
  }

  @Get('events/:id')
  @Public()
  @ApiOperation({ summary: 'One event; drafts only for the organisers who manage them' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  get(@Param() params: EventIdParam, @Req() request: RequestWithPrincipal): Promise<EventResponse> {
    return this.events.get(Number(params.id), request.principal?.stage === 'active' ? request.principal : undefined);
  }

  @Get('organiser/events')
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'Events your organisation leads or partners, in every status (all events for administrators)',
  })
  @ApiOkResponse({ type: EventListDto })
  listMine(@Query() query: EventListQuery, @CurrentUser() principal: Principal): Promise<EventListResponse> {
    return this.events.listForOrganiser(principal, filtersOf(query));
  }

  @Post('events')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Create a draft event' })
  @ApiCreatedResponse({ type: EventDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto, description: 'Errors keyed by field' })
  create(
    @Body() body: EventInputDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<EventResponse> {
    return this.events.create(body, principal, request.ip ?? null);
  }

  @Post('events/series')
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'Create a recurring series (weekly or monthly) in one go: each occurrence a draft of its own',
  })
  @ApiCreatedResponse({ type: SeriesDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  createSeries(
    @Body() body: SeriesRequestDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<SeriesResponse> {
    return this.events.createSeries(body, principal, request.ip ?? null);
  }

  @Post('events/:id/duplicate')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Copy an event into a new draft' })
  @ApiCreatedResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  duplicate(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<EventResponse> {
    return this.events.duplicate(Number(params.id), principal, request.ip ?? null);
  }

  @Patch('events/:id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Change an event; rescheduling or moving a published event raises its calendar SEQUENCE' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such event, or not one your organisation manages' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Cancelled and completed events cannot change' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  update(
    @Param() params: EventIdParam,
    @Body() body: EventPatchDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<EventResponse> {
    return this.events.update(Number(params.id), body, principal, request.ip ?? null);
  }

  @Post('events/:id/publish')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish a draft: it appears in the programme and takes registrations' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Only drafts can be published' })
  publish(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<EventResponse> {
    return this.events.publish(Number(params.id), principal, request.ip ?? null);
  }

  @Post('events/:id/close-registration')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Stop taking registrations for a published event' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  closeRegistration(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<EventResponse> {
    return this.events.closeRegistration(Number(params.id), principal, request.ip ?? null);
  }

  @Post('events/:id/complete')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark an event that has ended as completed' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not ended yet, or not published' })
  complete(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<EventResponse> {
    return this.events.complete(Number(params.id), principal, request.ip ?? null);
  }

  @Post('events/:id/cancel')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel an event, with the reason registrants will see' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already cancelled or completed' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  cancel(
    @Param() params: EventIdParam,
    @Body() body: CancelEventDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<EventResponse> {
    return this.events.cancel(Number(params.id), body.reason, principal, request.ip ?? null);
  }
}

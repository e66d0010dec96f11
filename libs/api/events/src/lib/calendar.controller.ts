import { Controller, Get, Header, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiErrorDto, Public, type RequestWithPrincipal } from '@epm/api/platform';
import { EVENT_TYPES, type EventType } from '@epm/shared/contracts';
import type { Response } from 'express';
import { CalendarService } from './calendar.service';
import { EventIdParam } from './events.dto';
import { EventsService } from './events.service';

export class CalendarFeedQuery {
  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES, { message: 'type must be one of the event types' })
  type?: EventType;

  @ApiPropertyOptional({
    description: 'A theme, mission, enabler or principle code',
    example: 'artificial-intelligence',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  theme?: string;
}

const CALENDAR_OK = {
  description: 'An iCalendar (RFC 5545) document',
  content: { 'text/calendar': { schema: { type: 'string' as const } } },
};

@ApiTags('calendars')
@Public()
@Controller()
export class CalendarController {
  constructor(
    private readonly events: EventsService,
    private readonly calendars: CalendarService,
  ) {}

  @Get('events/:id/event.ics')
  @ApiOperation({ summary: 'One event as a calendar file, to add to Outlook, Google or Apple calendars' })
  @ApiProduces('text/calendar')
  @ApiOkResponse(CALENDAR_OK)
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async event(
    @Param() params: EventIdParam,
    @Req() request: RequestWithPrincipal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const event = await this.events.get(
      Number(params.id),
      request.principal?.stage === 'active' ? request.principal : undefined,
    );
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="event-${event.id}.ics"`);
    return this.calendars.render([{ ...event, joiningUrl: null }], event.title);
  }

  @Get('calendar.ics')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'Subscribable feed of the programme (published and cancelled events), filterable by type and theme',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse(CALENDAR_OK)
  async feed(@Query() query: CalendarFeedQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const events = await this.events.listForCalendar(query);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    return this.calendars.render(events, 'LGA and techUK partnership events');
  }
}

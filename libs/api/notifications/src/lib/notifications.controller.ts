import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorDto, CurrentUser, PageQuery, type Principal, Public, Roles } from '@epm/api/platform';
import {
  type OutboxListResponse,
  type OutboxMessageDetail,
  type OutboxMessageSummary,
  OUTBOX_STATUSES,
  type OutboxStatus,
} from '@epm/shared/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { MailTransport } from './mail-transport';
import { NotificationsService } from './notifications.service';
import { OutboxService } from './outbox.service';

class OutboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES, { message: 'status must be one of queued, sending, sent, failed' })
  status?: OutboxStatus;
}

class MessageIdParam {
  @Matches(/^\d{1,10}$/, { message: 'id must be a whole number' })
  id!: string;
}

class TokenParam {
  @IsString()
  @MaxLength(100)
  token!: string;
}

class OutboxMessageSummaryDto implements OutboxMessageSummary {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'confirmation' }) kind!: string;
  @ApiProperty({ type: Number, nullable: true }) eventId!: number | null;
  @ApiProperty({ example: 'Priya Shah <priya.shah@leeds.gov.uk>' }) to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: OUTBOX_STATUSES }) status!: OutboxStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) sentAt!: string | null;
}

class OutboxMessageDetailDto extends OutboxMessageSummaryDto implements OutboxMessageDetail {
  @ApiProperty({ description: 'The plain-text part' }) text!: string;
  @ApiProperty({ type: String, nullable: true, example: 'REQUEST' }) inviteMethod!: string | null;
}

class OutboxListDto implements OutboxListResponse {
  @ApiProperty({ type: [OutboxMessageSummaryDto] }) items!: OutboxMessageSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly outbox: OutboxService,
    private readonly transport: MailTransport,
    private readonly notifications: NotificationsService,
  ) {}

  @Get('outbox')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: "Messages owed and sent: all for administrators, their events' for organisers" })
  @ApiOkResponse({ type: OutboxListDto })
  list(@Query() query: OutboxQuery, @CurrentUser() principal: Principal): Promise<OutboxListResponse> {
    return this.outbox.list(principal, { status: query.status, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
  }

  @Get('outbox/:id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: "One message with its text (the recipient's personal links taken out)" })
  @ApiOkResponse({ type: OutboxMessageDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  detail(@Param() params: MessageIdParam, @CurrentUser() principal: Principal): Promise<OutboxMessageDetail> {
    return this.outbox.detail(Number(params.id), principal);
  }

  @Get('outbox/:id/message.eml')
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: "The message as sent (RFC 5322), to open in a mail program, with the recipient's personal links taken out",
  })
  @ApiProduces('message/rfc822')
  @ApiOkResponse({ content: { 'message/rfc822': { schema: { type: 'string' } } } })
  async raw(
    @Param() params: MessageIdParam,
    @CurrentUser() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const message = await this.outbox.visible(Number(params.id), principal);
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(await this.transport.raw(message), {
      type: 'message/rfc822',
      disposition: `attachment; filename="message-${message.id}.eml"`,
    });
  }

  @Post('outbox/:id/resend')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Queue a failed message again with a fresh set of attempts' })
  @ApiOkResponse({ type: OutboxMessageSummaryDto })
  resend(@Param() params: MessageIdParam, @CurrentUser() principal: Principal): Promise<OutboxMessageSummary> {
    return this.outbox.resend(Number(params.id), principal);
  }

  @Get('registrations/manage/:token/invite.ics')
  @Public()
  @ApiTags('registrations')
  @ApiOperation({ summary: 'Your calendar invitation again (a cancellation if you no longer have a place)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  async invite(@Param() params: TokenParam, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { ics, eventId } = await this.notifications.inviteForToken(params.token);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="event-${eventId}.ics"`);
    response.setHeader('Cache-Control', 'no-store');
    return ics;
  }
}

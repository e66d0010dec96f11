import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  PayloadTooLargeException,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { EventIdParam } from '@epm/api/events';
import { ApiErrorDto, CurrentUser, type Principal, Public, RateLimit, Roles } from '@epm/api/platform';
import type {
  FeedbackFormSettingsResponse,
  FeedbackImportResult,
  FeedbackReceipt,
  FeedbackRequestsResult,
  FeedbackResults,
  PublicFeedbackForm,
} from '@epm/shared/contracts';
import { raw, type Request, type Response } from 'express';
import {
  FeedbackFormSettingsDto,
  FeedbackImportQuery,
  FeedbackSubmissionDto,
  FeedbackTokenParam,
} from './feedback.dto';
import { FeedbackService } from './feedback.service';

const readFile = raw({ type: () => true, limit: '5mb' });

/**
 * The uploaded file, read here rather than by an app-wide parser: the app's
 * JSON parser leaves a CSV body unread, and only this route takes files.
 */
function fileBody(request: Request, response: Response): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    readFile(request, response, (error?: unknown) => {
      if ((error as { status?: number } | undefined)?.status === 413) {
        reject(new PayloadTooLargeException('The file must be 5 MB or smaller'));
      } else if (error) reject(error);
      else resolve(Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0));
    }),
  );
}

@ApiTags('feedback')
@Controller()
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get('feedback/:token')
  @Public()
  @ApiOperation({
    summary: 'The feedback form behind an emailed link, its event, and whether it can be answered',
    description:
      'state: open; responded (answers already given); closed (30 days after the event, or after a late ' +
      'request); not-attended (recorded as a no-show); cancelled (the registration was cancelled).',
  })
  @ApiOkResponse({ description: 'PublicFeedbackForm' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown link, or the person’s data was deleted' })
  form(@Param() params: FeedbackTokenParam): Promise<PublicFeedbackForm> {
    return this.feedback.publicForm(params.token);
  }

  @Post('feedback/:token')
  @Public()
  @RateLimit({ name: 'feedback', limit: 120, windowSeconds: 600 })
  @ApiOperation({ summary: 'Answer the feedback form (no account needed): once per person and survey' })
  @ApiCreatedResponse({ description: 'FeedbackReceipt' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already answered, a no-show, or a cancelled registration' })
  @ApiGoneResponse({ type: ApiErrorDto, description: 'The form has closed' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto, description: 'Errors keyed by field' })
  submit(@Param() params: FeedbackTokenParam, @Body() body: FeedbackSubmissionDto): Promise<FeedbackReceipt> {
    return this.feedback.submit(params.token, body);
  }

  @Get('events/:id/feedback/form')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'The event’s feedback form: the default for its type, or as the organisers changed it' })
  @ApiOkResponse({ description: 'FeedbackFormSettingsResponse' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  formSettings(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
  ): Promise<FeedbackFormSettingsResponse> {
    return this.feedback.form(Number(params.id), principal);
  }

  @Put('events/:id/feedback/form')
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'Change the feedback form',
    description:
      'The questions can change until the first request goes out or the first answer comes in; automatic ' +
      'sending and the message to people who did not come can change at any time.',
  })
  @ApiOkResponse({ description: 'FeedbackFormSettingsResponse' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The questions are in use' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  changeForm(
    @Param() params: EventIdParam,
    @Body() body: FeedbackFormSettingsDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<FeedbackFormSettingsResponse> {
    return this.feedback.changeForm(Number(params.id), body, principal, request.ip ?? null);
  }

  @Get('events/:id/feedback')
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'The event’s feedback: response rate, averages, NPS, distributions, intent to act, themes, comments',
  })
  @ApiOkResponse({ description: 'FeedbackResults' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  results(@Param() params: EventIdParam, @CurrentUser() principal: Principal): Promise<FeedbackResults> {
    return this.feedback.results(Number(params.id), principal);
  }

  @Get('events/:id/feedback.csv')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Every answer as CSV, with names (audited)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV, one row per response', content: { 'text/csv': { schema: { type: 'string' } } } })
  async exportCsv(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { filename, csv } = await this.feedback.exportCsv(Number(params.id), principal, request.ip ?? null);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    response.setHeader('Cache-Control', 'no-store');
    return `\uFEFF${csv}`;
  }

  @Post('events/:id/feedback/requests')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Send the feedback request now to attendees not yet asked (idempotent: nobody gets two)',
    description: 'For an event that has ended, including one recorded afterwards. No-shows get their message too.',
  })
  @ApiOkResponse({ description: 'FeedbackRequestsResult' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The event has not ended, or did not go ahead' })
  sendRequests(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<FeedbackRequestsResult> {
    return this.feedback.sendRequestsNow(Number(params.id), principal, request.ip ?? null);
  }

  @Post('events/:id/feedback/import')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import responses collected by another tool, matched by email (preview, then save)',
    description:
      'Send the CSV file itself as the body (text/csv, up to 5 MB), with one row per person, an email ' +
      'column and the questions as headers, as Microsoft Forms exports them (save its Excel file as CSV).',
  })
  @ApiConsumes('text/csv', 'text/tab-separated-values', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ description: 'FeedbackImportResult' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async importResponses(
    @Param() params: EventIdParam,
    @Query() query: FeedbackImportQuery,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FeedbackImportResult> {
    const body = await fileBody(request, response);
    return this.feedback.importResponses(Number(params.id), body, query.dryRun ?? true, principal, request.ip ?? null);
  }
}

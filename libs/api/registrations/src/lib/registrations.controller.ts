import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
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
  EventAvailability,
  ManagedRegistration,
  RegistrantMessageResponse,
  RegistrationListResponse,
  RegistrationReceipt,
  RegistrationResponse,
} from '@epm/shared/contracts';
import { UnprocessableEntityException } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  CancelRegistrationDto,
  DeclineDto,
  ManageTokenParam,
  PromoteDto,
  RegistrantMessageDto,
  RegistrationChangeDto,
  RegistrationIdParam,
  RegistrationInputDto,
  RegistrationListQuery,
} from './registrations.dto';
import {
  EventAvailabilityDto,
  ManagedRegistrationDto,
  RegistrantMessageResponseDto,
  RegistrationListDto,
  RegistrationReceiptDto,
  RegistrationResponseDto,
} from './registrations.responses';
import { RegistrationsService } from './registrations.service';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

function idempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new UnprocessableEntityException({
      message: 'Check the highlighted fields',
      errors: { 'Idempotency-Key': ['Idempotency-Key must be 8 to 100 letters, digits, hyphens or underscores'] },
    });
  }
  return header;
}

@ApiTags('registrations')
@Controller()
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get('events/:id/availability')
  @Public()
  @ApiOperation({ summary: 'Whether registration is open now, and if not, why; places left' })
  @ApiOkResponse({ type: EventAvailabilityDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  availability(@Param() params: EventIdParam): Promise<EventAvailability> {
    return this.registrations.availability(Number(params.id));
  }

  @Post('events/:id/registrations')
  @Public()
  @RateLimit({ name: 'registrations', limit: 600, windowSeconds: 600 })
  @ApiOperation({
    summary: 'Register for an event (no account needed)',
    description:
      'Answers 201 with confirmed, waitlisted or pending (approval needed). An address already registered gets ' +
      '200 already-registered and its details by email, nothing more. Send an Idempotency-Key to make retries safe.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A fresh random value per attempt (a UUID)' })
  @ApiCreatedResponse({ type: RegistrationReceiptDto })
  @ApiOkResponse({ type: RegistrationReceiptDto, description: 'Already registered' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Registration is not open' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto, description: 'Errors keyed by field' })
  async register(
    @Param() params: EventIdParam,
    @Body() body: RegistrationInputDto,
    @Headers('idempotency-key') key: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RegistrationReceipt> {
    const outcome = await this.registrations.register(Number(params.id), body, {
      source: 'public',
      idempotencyKey: idempotencyKey(key),
      ip: request.ip ?? null,
    });
    response.status(outcome.statusCode);
    return outcome.body;
  }

  @Get('registrations/manage/:token')
  @Public()
  @ApiOperation({ summary: 'See your registration through the link in your emails' })
  @ApiOkResponse({ type: ManagedRegistrationDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  view(@Param() params: ManageTokenParam): Promise<ManagedRegistration> {
    return this.registrations.viewByToken(params.token);
  }

  @Patch('registrations/manage/:token')
  @Public()
  @RateLimit({ name: 'registration-changes', limit: 120, windowSeconds: 600 })
  @ApiOperation({ summary: 'Change your details (not the email address: register again to use another)' })
  @ApiOkResponse({ type: ManagedRegistrationDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  change(@Param() params: ManageTokenParam, @Body() body: RegistrationChangeDto): Promise<ManagedRegistration> {
    return this.registrations.changeByToken(params.token, body);
  }

  @Delete('registrations/manage/:token')
  @Public()
  @RateLimit({ name: 'registration-changes', limit: 120, windowSeconds: 600 })
  @ApiOperation({ summary: 'Cancel your registration; the first person waiting gets the place' })
  @ApiOkResponse({ type: ManagedRegistrationDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already cancelled' })
  cancel(@Param() params: ManageTokenParam, @Body() body: CancelRegistrationDto): Promise<ManagedRegistration> {
    return this.registrations.cancelByToken(params.token, body.reason ?? null);
  }

  @Post('registrations/manage/:token/erasure')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @RateLimit({ name: 'registration-changes', limit: 120, windowSeconds: 600 })
  @ApiOperation({ summary: 'Delete my data: cancels, and keeps only anonymous counts' })
  @ApiNoContentResponse()
  async erase(@Param() params: ManageTokenParam): Promise<void> {
    await this.registrations.eraseByToken(params.token);
  }

  @Get('events/:id/registrations')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: "An event's registrations with counts, filter and search" })
  @ApiOkResponse({ type: RegistrationListDto })
  list(
    @Param() params: EventIdParam,
    @Query() query: RegistrationListQuery,
    @CurrentUser() principal: Principal,
  ): Promise<RegistrationListResponse> {
    return this.registrations.list(Number(params.id), principal, {
      ...query,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50,
    });
  }

  @Post('events/:id/registrations/manual')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Add someone by hand: confirmed if there is a place, otherwise waitlisted' })
  @ApiCreatedResponse({ type: RegistrationReceiptDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async add(
    @Param() params: EventIdParam,
    @Body() body: RegistrationInputDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RegistrationReceipt> {
    const outcome = await this.registrations.register(Number(params.id), body, {
      source: 'organiser',
      principal,
      ip: request.ip ?? null,
    });
    response.status(outcome.statusCode);
    return outcome.body;
  }

  @Get('events/:id/registrations.csv')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'The registrations as CSV (audited)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV, one row per registration',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async exportCsv(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { filename, csv } = await this.registrations.exportCsv(Number(params.id), principal, request.ip ?? null);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    response.setHeader('Cache-Control', 'no-store');
    return `\uFEFF${csv}`;
  }

  @Post('events/:id/messages')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Email everyone registered with the chosen statuses' })
  @ApiAcceptedResponse({ type: RegistrantMessageResponseDto, description: 'Queued, one message per registrant' })
  message(
    @Param() params: EventIdParam,
    @Body() body: RegistrantMessageDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<RegistrantMessageResponse> {
    return this.registrations.message(Number(params.id), body, principal, request.ip ?? null);
  }

  @Post('registrations/:id/approve')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Approve a pending registration: confirmed if there is a place, otherwise waitlisted' })
  @ApiOkResponse({ type: RegistrationResponseDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  approve(
    @Param() params: RegistrationIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<RegistrationResponse> {
    return this.registrations.approve(Number(params.id), principal, request.ip ?? null);
  }

  @Post('registrations/:id/decline')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline a pending or waitlisted registration, with an optional message' })
  @ApiOkResponse({ type: RegistrationResponseDto })
  decline(
    @Param() params: RegistrationIdParam,
    @Body() body: DeclineDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<RegistrationResponse> {
    return this.registrations.decline(Number(params.id), body.message ?? null, principal, request.ip ?? null);
  }

  @Post('registrations/:id/cancel')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Cancel on someone's behalf; the first person waiting gets the place" })
  @ApiOkResponse({ type: RegistrationResponseDto })
  cancelFor(
    @Param() params: RegistrationIdParam,
    @Body() body: CancelRegistrationDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<RegistrationResponse> {
    return this.registrations.cancelFor(Number(params.id), body.reason ?? null, principal, request.ip ?? null);
  }

  @Post('registrations/:id/promote')
  @Roles('organiser', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Move someone off the waitlist into a free place (or raise the capacity by one)' })
  @ApiOkResponse({ type: RegistrationResponseDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The event is full' })
  promote(
    @Param() params: RegistrationIdParam,
    @Body() body: PromoteDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<RegistrationResponse> {
    return this.registrations.promote(Number(params.id), body.raiseCapacity ?? false, principal, request.ip ?? null);
  }
}

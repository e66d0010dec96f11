import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { EventIdParam } from '@epm/api/events';
import { ApiErrorDto, CurrentUser, type Principal, Roles } from '@epm/api/platform';
import { RegistrationInputDto } from '@epm/api/registrations';
import {
  type AttendanceChange,
  type AttendanceEntry,
  type AttendanceImportResult,
  type AttendanceListResponse,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type CheckInRequest,
  type CheckInResponse,
  type MarkNoShowsResponse,
} from '@epm/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import type { Request } from 'express';
import { AttendanceService } from './attendance.service';

class CheckInDto implements CheckInRequest {
  @ApiPropertyOptional({ description: 'Check in by registration (a tap in the list)' })
  @ValidateIf((body: CheckInDto) => body.code === undefined)
  @IsInt({ message: 'Choose who to check in, or enter their code' })
  registrationId?: number;

  @ApiPropertyOptional({
    description: "The code under the QR code in the person's confirmation email",
    example: 'K7MX3QPA',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9 -]+$/, { message: 'Enter the code as it appears in the email, like K7MX 3QPA' })
  code?: string;
}

class EventRegistrationParams extends EventIdParam {
  @Matches(/^\d{1,10}$/, { message: 'registrationId must be a whole number' })
  registrationId!: string;
}

class AttendanceQuery {
  @ApiPropertyOptional({ description: 'Words in the name, email or organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

class AttendanceChangeDto implements AttendanceChange {
  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  @IsIn(ATTENDANCE_STATUSES, { message: 'Select attended, no-show or not recorded' })
  status!: AttendanceStatus;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1440 })
  @IsOptional()
  @IsInt({ message: 'Minutes must be a whole number' })
  @Min(0, { message: 'Minutes must be 0 or more' })
  @Max(1440, { message: 'Minutes must be 1440 or fewer' })
  minutesAttended?: number | null;
}

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

class ImportQuery {
  @ApiPropertyOptional({ description: 'true (default): preview only; false: save', default: true })
  @IsOptional()
  @Transform(bool)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  @ApiPropertyOptional({ description: 'Fewer minutes in the session than this counts as a no-show', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Minimum minutes must be a whole number' })
  @Min(0, { message: 'Minimum minutes must be 0 or more' })
  @Max(600, { message: 'Minimum minutes must be 600 or fewer' })
  minimumMinutes?: number;

  @ApiPropertyOptional({ description: 'Add people in the file who had not registered (backfill, walk-ins)' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean({ message: 'addUnmatched must be true or false' })
  addUnmatched?: boolean;
}

@ApiTags('attendance')
@Roles('organiser', 'admin')
@Controller('events/:id')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Get('attendance')
  @ApiOperation({ summary: 'Confirmed people with their attendance, and live counts' })
  @ApiOkResponse({ description: 'AttendanceListResponse' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  list(
    @Param() params: EventIdParam,
    @Query() query: AttendanceQuery,
    @CurrentUser() principal: Principal,
  ): Promise<AttendanceListResponse> {
    return this.attendance.list(Number(params.id), principal, query.q);
  }

  @Post('check-ins')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Check someone in, by registration or by the code from their QR code (idempotent)' })
  @ApiOkResponse({ description: 'CheckInResponse' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Not confirmed, or the event is not running' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  checkIn(
    @Param() params: EventIdParam,
    @Body() body: CheckInDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<CheckInResponse> {
    return this.attendance.checkIn(Number(params.id), body, principal, request.ip ?? null);
  }

  @Delete('check-ins/:registrationId')
  @ApiOperation({ summary: 'Undo a check-in (attendance back to not recorded)' })
  @ApiOkResponse({ description: 'CheckInResponse' })
  undo(
    @Param() params: EventRegistrationParams,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<CheckInResponse> {
    return this.attendance.undo(Number(params.id), Number(params.registrationId), principal, request.ip ?? null);
  }

  @Post('walk-ins')
  @ApiOperation({ summary: 'Register and check in someone who came without registering' })
  @ApiCreatedResponse({ description: 'CheckInResponse' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  walkIn(
    @Param() params: EventIdParam,
    @Body() body: RegistrationInputDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<CheckInResponse> {
    return this.attendance.walkIn(Number(params.id), body, principal, request.ip ?? null);
  }

  @Patch('attendance/:registrationId')
  @ApiOperation({ summary: "Set one person's attendance by hand" })
  @ApiOkResponse({ description: 'AttendanceEntry' })
  change(
    @Param() params: EventRegistrationParams,
    @Body() body: AttendanceChangeDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<AttendanceEntry> {
    return this.attendance.change(
      Number(params.id),
      Number(params.registrationId),
      body,
      principal,
      request.ip ?? null,
    );
  }

  @Post('attendance/no-shows')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark everyone confirmed whose attendance is not recorded as a no-show' })
  @ApiOkResponse({ description: 'MarkNoShowsResponse' })
  markNoShows(
    @Param() params: EventIdParam,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<MarkNoShowsResponse> {
    return this.attendance.markNoShows(Number(params.id), principal, request.ip ?? null);
  }

  @Post('attendance/import')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import a Teams or Zoom attendance report, or a spreadsheet of attendees (preview, then save)',
    description:
      'Send the file itself as the body (text/csv, text/tab-separated-values or application/octet-stream, ' +
      'up to 5 MB): Teams UTF-16 reports are read as they are exported.',
  })
  @ApiConsumes('text/csv', 'text/tab-separated-values', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ description: 'AttendanceImportResult' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  importReport(
    @Param() params: EventIdParam,
    @Query() query: ImportQuery,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<AttendanceImportResult> {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    return this.attendance.importReport(
      Number(params.id),
      body,
      {
        dryRun: query.dryRun ?? true,
        minimumMinutes: query.minimumMinutes ?? 0,
        addUnmatched: query.addUnmatched ?? false,
      },
      principal,
      request.ip ?? null,
    );
  }
}

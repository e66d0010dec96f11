import { Controller, Get, Inject, Logger, Query, StreamableFile, UnprocessableEntityException } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ProgrammeService } from '@epm/api/events';
import { ApiErrorDto, APP_VERSION, AppConfig, Roles } from '@epm/api/platform';
import {
  EVENT_FORMATS,
  EVENT_TYPES,
  type EventFormat,
  type CouncilsNotReachedResponse,
  type EventType,
  type ImpactFilters,
  type ImpactReport,
  PARTNER_ORGANISATIONS,
} from '@epm/shared/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Response } from 'express';
import { PassThrough, type Readable } from 'node:stream';
import { exportFilename, impactCsv, writeImpactXlsx } from './impact-exports';
import { impactPdf } from './impact-pdf';
import { ReportScopeService } from './report-scope.service';
import { ReportsService } from './reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

class ImpactQuery {
  @ApiPropertyOptional({
    example: '2025-04-01',
    description: 'First UK date of the period (default: the programme year)',
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date like 2025-04-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last UK date of the period, inclusive' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date like 2026-03-31' })
  to?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES, { message: 'type must be one of the event types' })
  type?: EventType;

  @ApiPropertyOptional({ example: 'procurement-reform' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  theme?: string;

  @ApiPropertyOptional({ enum: PARTNER_ORGANISATIONS.map((partner) => partner.code) })
  @IsOptional()
  @IsIn(PARTNER_ORGANISATIONS.map((partner) => partner.code), { message: 'organisation must be techuk or lga' })
  organisation?: string;

  @ApiPropertyOptional({ enum: EVENT_FORMATS })
  @IsOptional()
  @IsIn(EVENT_FORMATS, { message: 'format must be in-person, online or hybrid' })
  format?: EventFormat;

  @ApiPropertyOptional({
    example: 12,
    description: 'One event’s evidence (not a draft); without dates, the period is its programme year',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'event must be the whole number of an event' })
  @Min(1, { message: 'event must be the whole number of an event' })
  @Max(2_147_483_647, { message: 'event must be the whole number of an event' })
  event?: number;

  @ApiPropertyOptional({
    example: 3,
    description: 'One objective’s evidence: its events and outcomes; without dates, the period is its programme year',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'objective must be the whole number of an objective' })
  @Min(1, { message: 'objective must be the whole number of an objective' })
  @Max(2_147_483_647, { message: 'objective must be the whole number of an objective' })
  objective?: number;
}

class ImpactExportQuery extends ImpactQuery {
  @ApiPropertyOptional({ description: 'For publication: counts of people below REPORTS_SMALL_COUNT (5) hidden' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'publication must be true or false' })
  publication?: boolean;
}

@ApiTags('reports')
@Roles('reviewer', 'organiser', 'admin')
@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger('ReportExports');

  constructor(
    private readonly reports: ReportsService,
    private readonly scopes: ReportScopeService,
    private readonly programmes: ProgrammeService,
    private readonly config: AppConfig,
    @Inject(APP_VERSION) private readonly version: string,
  ) {}

  @Get('impact')
  @ApiOperation({
    summary:
      'The impact figures for a period (default: the latest programme year that has ended, else the current one)',
    description:
      'Aggregates only: no personal data. Every figure is defined in docs/metrics.md. With `event` or `objective`, ' +
      'the figures of that event or objective alone, and what it is (`event`, `objective`).',
  })
  @ApiOkResponse({ description: 'ImpactReport' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such event or objective, or a draft event' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  impact(@Query() query: ImpactQuery): Promise<ImpactReport> {
    return this.report(query);
  }

  @Get('councils/not-reached')
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'Councils nobody from has come to a held event in the period, by region (organisers, to plan reach)',
  })
  @ApiOkResponse({ description: 'CouncilsNotReachedResponse' })
  async notReached(@Query() query: ImpactQuery): Promise<CouncilsNotReachedResponse> {
    const now = new Date();
    const scope = await this.scopes.load(query, now);
    return this.reports.councilsNotReached({ ...query, ...(await this.period(query, scope.period)) }, now);
  }

  @Get('impact.csv')
  @ApiOperation({ summary: 'The impact figures as tidy CSV: one row per figure and breakdown, from the same figures' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async csv(@Query() query: ImpactExportQuery): Promise<StreamableFile> {
    const { publication, ...filters } = query;
    const report = await this.report(filters);
    return this.file(impactCsv(report, this.publication(publication)), 'text/csv; charset=utf-8', report, 'csv');
  }

  @Get('impact.xlsx')
  @ApiOperation({
    summary: 'The impact figures as a spreadsheet: an About sheet, a sheet per section, and the definitions',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async xlsx(@Query() query: ImpactExportQuery): Promise<StreamableFile> {
    const { publication, ...filters } = query;
    const report = await this.report(filters);
    const out = new PassThrough();
    writeImpactXlsx(report, this.publication(publication), out).catch((error: unknown) => out.destroy(error as Error));
    return this.file(out, XLSX, report, 'xlsx');
  }

  @Get('impact.pdf')
  @ApiOperation({
    summary:
      'The evidence pack as a PDF: cover with period, filters and provenance, headline figures, charts, every figure, methodology',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async pdf(@Query() query: ImpactExportQuery): Promise<StreamableFile> {
    const { publication, ...filters } = query;
    const report = await this.report(filters);
    return this.file(impactPdf(report, this.publication(publication), this.version), 'application/pdf', report, 'pdf');
  }

  /**
   * The figures for a query: the event or objective it names (404 for an unknown one or a draft event), the
   * period (422 when it ends before it starts), then every figure. Exports compute this before they send
   * their first byte, so each of these errors is still a JSON response.
   */
  private async report(query: ImpactQuery): Promise<ImpactReport> {
    const now = new Date();
    const { period, ...scope } = await this.scopes.load(query, now);
    const filters: ImpactFilters = { ...query, ...(await this.period(query, period)) };
    return { ...(await this.reports.impact(filters, now)), ...scope };
  }

  private publication(publication: boolean | undefined): { smallCount: number } | null {
    return publication ? { smallCount: this.config.reportsSmallCount } : null;
  }

  /**
   * A file streamed as it is made: Nest serialises a Buffer as JSON, so always a StreamableFile. Should making
   * it fail before anything is sent, the answer is a JSON 500 rather than a file; after, the response is cut
   * short (never ended as if complete).
   */
  private file(stream: Readable, type: string, report: ImpactReport, extension: string): StreamableFile {
    return new StreamableFile(stream, {
      type,
      disposition: `attachment; filename="${exportFilename(report, extension)}"`,
    }).setErrorHandler((error, handlerResponse) => {
      // The platform is Express (configure-app.ts): the handler gets the Express response.
      const response = handlerResponse as unknown as Response;
      if (response.destroyed) return;
      this.logger.error(`The ${extension} export failed: ${error.message}`, error.stack);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.removeHeader('Content-Disposition');
      response
        .status(500)
        .type('application/json')
        .send(JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' }));
    });
  }

  /** The period asked for, else the scope's programme year, else the latest programme year that has ended. */
  private async period(
    query: { from?: string; to?: string },
    scoped: { from: string; to: string } | undefined,
  ): Promise<{ from: string; to: string }> {
    let { from, to } = query;
    if ((!from || !to) && scoped) {
      from ??= scoped.from;
      to ??= scoped.to;
    }
    if (!from || !to) {
      const today = new Date().toISOString().slice(0, 10);
      const years = await this.programmes.list();
      const ended = years.filter((year) => year.endsOn < today).at(-1);
      const current = years.find((year) => year.startsOn <= today && today <= year.endsOn);
      const chosen = ended ?? current ?? years.at(-1);
      from ??= chosen?.startsOn ?? today;
      to ??= chosen?.endsOn ?? today;
    }
    if (from > to) {
      throw new UnprocessableEntityException({
        message: 'Check the highlighted fields',
        errors: { to: ['The end of the period must be on or after its start'] },
      });
    }
    return { from, to };
  }
}

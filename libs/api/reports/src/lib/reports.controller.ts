import { Controller, Get, Inject, Query, Res, StreamableFile, UnprocessableEntityException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ProgrammeService } from '@epm/api/events';
import { APP_VERSION, AppConfig, Roles } from '@epm/api/platform';
import {
  EVENT_FORMATS,
  EVENT_TYPES,
  type EventFormat,
  type CouncilsNotReachedResponse,
  type EventType,
  type ImpactReport,
  PARTNER_ORGANISATIONS,
} from '@epm/shared/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { impactCsv, impactXlsx } from './impact-exports';
import { impactPdf } from './impact-pdf';
import { ReportsService } from './reports.service';

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
  constructor(
    private readonly reports: ReportsService,
    private readonly programmes: ProgrammeService,
    private readonly config: AppConfig,
    @Inject(APP_VERSION) private readonly version: string,
  ) {}

  @Get('impact')
  @ApiOperation({
    summary:
      'The impact figures for a period (default: the latest programme year that has ended, else the current one)',
    description: 'Aggregates only: no personal data. Every figure is defined in docs/metrics.md.',
  })
  @ApiOkResponse({ description: 'ImpactReport' })
  async impact(@Query() query: ImpactQuery): Promise<ImpactReport> {
    const period = await this.period(query.from, query.to);
    return this.reports.impact({ ...query, ...period });
  }

  @Get('councils/not-reached')
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'Councils nobody from has come to a held event in the period, by region (organisers, to plan reach)',
  })
  @ApiOkResponse({ description: 'CouncilsNotReachedResponse' })
  async notReached(@Query() query: ImpactQuery): Promise<CouncilsNotReachedResponse> {
    return this.reports.councilsNotReached({ ...query, ...(await this.period(query.from, query.to)) });
  }

  @Get('impact.csv')
  @ApiOperation({ summary: 'The impact figures as tidy CSV: one row per figure and breakdown, from the same figures' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Query() query: ImpactExportQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { publication, ...filters } = query;
    const report = await this.reports.impact({ ...filters, ...(await this.period(query.from, query.to)) });
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${this.filename(report.filters, 'csv')}"`);
    return `\uFEFF${impactCsv(report, publication ? { smallCount: this.config.reportsSmallCount } : null)}`;
  }

  @Get('impact.xlsx')
  @ApiOperation({ summary: 'The impact figures as a spreadsheet: an About sheet, then a sheet per section' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  async xlsx(@Query() query: ImpactExportQuery): Promise<StreamableFile> {
    const { publication, ...filters } = query;
    const report = await this.reports.impact({ ...filters, ...(await this.period(query.from, query.to)) });
    const buffer = await impactXlsx(report, publication ? { smallCount: this.config.reportsSmallCount } : null);
    return new StreamableFile(buffer, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${this.filename(report.filters, 'xlsx')}"`,
    });
  }

  @Get('impact.pdf')
  @ApiOperation({
    summary:
      'The evidence pack as a PDF: cover with period, filters and provenance, headline figures, charts, every figure, methodology',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@Query() query: ImpactExportQuery): Promise<StreamableFile> {
    const { publication, ...filters } = query;
    const report = await this.reports.impact({ ...filters, ...(await this.period(query.from, query.to)) });
    const buffer = await impactPdf(
      report,
      publication ? { smallCount: this.config.reportsSmallCount } : null,
      this.version,
    );
    return new StreamableFile(buffer, {
      type: 'application/pdf',
      disposition: `attachment; filename="${this.filename(report.filters, 'pdf')}"`,
    });
  }

  private filename(filters: { from: string; to: string }, extension: string): string {
    return `impact-${filters.from}-to-${filters.to}.${extension}`;
  }

  private async period(from: string | undefined, to: string | undefined): Promise<{ from: string; to: string }> {
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

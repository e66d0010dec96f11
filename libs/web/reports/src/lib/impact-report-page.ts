import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorSummary, type FieldError, loaded } from '@epm/web/ui';
import { EventsHeldTable } from './events-held-table';
import { EvidencePack } from './evidence-pack';
import { FeedbackSection } from './feedback-section';
import { HowCalculated } from './how-calculated';
import { OutcomesSection } from './outcomes-section';
import {
  councilsByRegionChart,
  councilsByTypeChart,
  eventsByFormatChart,
  eventsByMonthChart,
  eventsByOrganisationChart,
  eventsByThemeChart,
  eventsByTypeChart,
  funnelChart,
  repeatByMonthChart,
  sectorsChart,
  suppliersChart,
} from './report-charts';
import { ReportChartView } from './report-chart';
import { headlineFigures } from './report-figures';
import { filtersFromQuery } from './report-filters';
import { ReportFiltersForm } from './report-filters-form';
import { count, plural } from './report-format';
import { ReportProvenance } from './report-provenance';
import { ReportStatus } from './report-status';
import { ReachSummary, RegistrationsSummary } from './registrations-summary';
import { ReportsApi } from './reports-api.service';

const SECTIONS = [
  { id: 'headline-figures', title: 'Headline figures' },
  { id: 'evidence-pack', title: 'Download the evidence pack' },
  { id: 'events', title: 'Events' },
  { id: 'registrations', title: 'Registrations and attendance' },
  { id: 'councils', title: 'Councils reached' },
  { id: 'who-came', title: 'Who came' },
  { id: 'repeat-engagement', title: 'Repeat engagement' },
  { id: 'feedback', title: 'Feedback' },
  { id: 'outcomes', title: 'Outcomes' },
  { id: 'objectives', title: 'Objectives' },
  { id: 'funnel', title: 'The engagement funnel' },
] as const;

/**
 * The review panel's dashboard: the period's headline figures and charts, each chart a captioned table with
 * a one-sentence summary, each figure with how it is calculated. The period and filters are the address's
 * query, so a view can be shared. Aggregates only: the API returns no personal data and this page adds none.
 */
@Component({
  selector: 'epm-impact-report-page',
  imports: [
    RouterLink,
    ErrorSummary,
    EventsHeldTable,
    EvidencePack,
    FeedbackSection,
    HowCalculated,
    OutcomesSection,
    ReportChartView,
    ReportFiltersForm,
    ReportProvenance,
    ReportStatus,
    ReachSummary,
    RegistrationsSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <epm-error-summary [errors]="filterErrors()" />
    <span class="govuk-caption-l">MoU 12-month review</span>
    <h1 class="govuk-heading-l">Impact report</h1>
    <p class="govuk-body-l">
      What the partnership’s events achieved: what was held, who came, which councils and suppliers were reached, what
      they thought, and what changed as a result.
    </p>

    <epm-report-filters [filters]="filters()" [period]="reportValue()?.filters" [(errors)]="filterErrors" />

    <epm-report-status [report]="report" />

    @if (view(); as view) {
      @let report = view.report;
      @let charts = view.charts;
      <nav class="govuk-!-margin-bottom-6" aria-labelledby="contents-heading">
        <h2 class="govuk-heading-s" id="contents-heading">Contents</h2>
        <ul class="govuk-list epm-contents">
          @for (section of sections; track section.id) {
            <li>
              <a class="govuk-link" [href]="'#' + section.id" (click)="jumpTo($event, section.id)">{{
                section.title
              }}</a>
            </li>
          }
          <li><a class="govuk-link" routerLink="/reports/councils" queryParamsHandling="preserve">Council reach</a></li>
        </ul>
      </nav>

      <section aria-labelledby="headline-figures" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="headline-figures" tabindex="-1">Headline figures</h2>
        <ul class="epm-key-figures">
          @for (figure of view.headlines; track figure.id) {
            <li class="epm-key-figure" [attr.data-testid]="'figure-' + figure.id">
              <h3 class="govuk-heading-s epm-key-figure__label">{{ figure.label }}</h3>
              <p class="epm-key-figure__value" [attr.data-testid]="'figure-' + figure.id + '-value'">
                {{ figure.value }}
              </p>
              <p class="govuk-body-s epm-key-figure__detail" [attr.data-testid]="'figure-' + figure.id + '-detail'">
                {{ figure.detail }}
              </p>
              <epm-how-calculated [metric]="figure.definition" />
            </li>
          }
        </ul>
        <epm-report-provenance [report]="report" />
        <epm-how-calculated metric="period" label="How the period and filters work" />
      </section>

      <section aria-labelledby="evidence-pack" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="evidence-pack" tabindex="-1">Download the evidence pack</h2>
        <p class="govuk-body">
          The same figures as this page, for the same period and filters, as files to keep and share.
        </p>
        <epm-evidence-pack [filters]="view.exportFilters" />
      </section>

      <section aria-labelledby="events" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="events" tabindex="-1">Events</h2>
        <h3 class="govuk-heading-m">Events held</h3>
        <p class="govuk-body">
          Open an event for its evidence: what happened, who came, what they thought and what it led to.
        </p>
        <epm-events-held-table [report]="report" />
        <h3 class="govuk-heading-m">By month</h3>
        <epm-report-chart [chart]="charts.byMonth" />
        <h3 class="govuk-heading-m">By type</h3>
        <epm-report-chart [chart]="charts.byType" />
        <h3 class="govuk-heading-m">By theme</h3>
        <epm-report-chart [chart]="charts.byTheme" />
        <h3 class="govuk-heading-m">By organiser</h3>
        <epm-report-chart [chart]="charts.byOrganisation" />
        <h3 class="govuk-heading-m">By format</h3>
        <epm-report-chart [chart]="charts.byFormat" />
      </section>

      <section aria-labelledby="registrations" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="registrations" tabindex="-1">Registrations and attendance</h2>
        <p class="govuk-body">Counted on held events only.</p>
        <epm-registrations-summary [report]="report" />
      </section>

      <section aria-labelledby="councils" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="councils" tabindex="-1">Councils reached</h2>
        <p class="govuk-body">
          Measured against the reference list of {{ count(report.reach.councils.total) }} English principal councils.
          <a class="govuk-link" routerLink="/reports/councils" queryParamsHandling="preserve"
            >Council reach by region and council type</a
          >
        </p>
        <h3 class="govuk-heading-m">By region</h3>
        <epm-report-chart [chart]="charts.councilsByRegion" />
        <h3 class="govuk-heading-m">By council type</h3>
        <epm-report-chart [chart]="charts.councilsByType" />
      </section>

      <section aria-labelledby="who-came" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="who-came" tabindex="-1">Who came</h2>
        <epm-reach-summary [report]="report" />
        <h3 class="govuk-heading-m">By sector</h3>
        <epm-report-chart [chart]="charts.sectors" />
        <h3 class="govuk-heading-m">Suppliers by size</h3>
        <epm-report-chart [chart]="charts.suppliers" />
      </section>

      <section aria-labelledby="repeat-engagement" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="repeat-engagement" tabindex="-1">Repeat engagement</h2>
        <p class="govuk-body" data-testid="repeat-summary">
          {{ plural(report.repeat.people, 'person', 'people') }} and
          {{ plural(report.repeat.organisations, 'organisation') }} came to two or more events held in the period.
        </p>
        <epm-how-calculated metric="repeat" />
        <h3 class="govuk-heading-m">First-time and returning attendances by month</h3>
        <epm-report-chart [chart]="charts.repeatByMonth" />
      </section>

      <epm-feedback-section [report]="report" />
      <epm-outcomes-section [report]="report" />

      <section aria-labelledby="funnel" class="govuk-!-margin-bottom-6">
        <h2 class="govuk-heading-l" id="funnel" tabindex="-1">The engagement funnel</h2>
        <epm-report-chart [chart]="charts.funnel" />
      </section>
    }
  `,
})
export class ImpactReportPage {
  readonly from = input<string>();
  readonly to = input<string>();
  readonly type = input<string>();
  readonly theme = input<string>();
  readonly organisation = input<string>();
  readonly format = input<string>();

  private readonly api = inject(ReportsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly sections = SECTIONS;
  protected readonly count = count;
  protected readonly plural = plural;
  protected readonly filterErrors = signal<FieldError[]>([]);
  protected readonly filters = computed(() =>
    filtersFromQuery({
      from: this.from(),
      to: this.to(),
      type: this.type(),
      theme: this.theme(),
      organisation: this.organisation(),
      format: this.format(),
    }),
  );
  protected readonly report = resource({
    params: () => this.filters(),
    loader: ({ params }) => this.api.impact(params),
  });
  protected readonly reportValue = computed(() => loaded(this.report));
  /** The loaded report with its headline figures and charts, computed once per report. */
  protected readonly view = computed(() => {
    const report = this.reportValue();
    if (!report) return undefined;
    return {
      report,
      // The files carry the period the figures cover, whether the address named it or left it to the API.
      exportFilters: { ...this.filters(), from: report.filters.from, to: report.filters.to },
      headlines: headlineFigures(report),
      charts: {
        byMonth: eventsByMonthChart(report),
        byType: eventsByTypeChart(report),
        byTheme: eventsByThemeChart(report),
        byOrganisation: eventsByOrganisationChart(report),
        byFormat: eventsByFormatChart(report),
        councilsByRegion: councilsByRegionChart(report),
        councilsByType: councilsByTypeChart(report),
        sectors: sectorsChart(report),
        suppliers: suppliersChart(report),
        repeatByMonth: repeatByMonthChart(report),
        funnel: funnelChart(report),
      },
    };
  });

  /** In-page links: the router would treat "#events" as a new address, so move focus to the section instead. */
  protected jumpTo(event: Event, id: string): void {
    event.preventDefault();
    const target = this.document.getElementById(id);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }
}

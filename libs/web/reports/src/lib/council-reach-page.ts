import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorSummary, type FieldError, loaded } from '@epm/web/ui';
import { HowCalculated } from './how-calculated';
import { councilsByRegionChart, councilsByTypeChart } from './report-charts';
import { ReportChartView } from './report-chart';
import { filtersFromQuery } from './report-filters';
import { ReportFiltersForm } from './report-filters-form';
import { count, percent } from './report-format';
import { ReportStatus } from './report-status';
import { ReportsApi } from './reports-api.service';

/**
 * Council reach: which regions and council types the period's events reached, against every English
 * principal council in each. Counts only; which councils were never reached is for organisers, not here.
 */
@Component({
  selector: 'epm-council-reach-page',
  imports: [RouterLink, ErrorSummary, HowCalculated, ReportChartView, ReportFiltersForm, ReportStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/reports" queryParamsHandling="preserve">Back to the impact report</a>
    <epm-error-summary [errors]="filterErrors()" />
    <span class="govuk-caption-l">Impact report</span>
    <h1 class="govuk-heading-l">Council reach</h1>
    <p class="govuk-body-l">
      Which regions and types of council the partnership’s events reached, against every English principal council.
    </p>

    <epm-report-filters [filters]="filters()" [period]="view()?.report?.filters" [(errors)]="filterErrors" />

    <epm-report-status [report]="report" />

    @if (view(); as view) {
      @let councils = view.report.reach.councils;
      <div class="epm-key-figure epm-key-figure--wide govuk-!-margin-bottom-6" data-testid="figure-councils">
        <h2 class="govuk-heading-s epm-key-figure__label">Councils reached</h2>
        <p class="epm-key-figure__value" data-testid="figure-councils-value">
          {{ count(councils.reached) }} of {{ count(councils.total) }}
        </p>
        <p class="govuk-body-s epm-key-figure__detail" data-testid="figure-councils-detail">
          {{ percent(councils.share.value) }} of English principal councils
        </p>
        <epm-how-calculated metric="councilsReached" />
      </div>

      <h2 class="govuk-heading-l">By region</h2>
      <epm-report-chart [chart]="view.byRegion" />
      <h2 class="govuk-heading-l">By council type</h2>
      <epm-report-chart [chart]="view.byType" />
    }
  `,
})
export class CouncilReachPage {
  readonly from = input<string>();
  readonly to = input<string>();
  readonly type = input<string>();
  readonly theme = input<string>();
  readonly organisation = input<string>();
  readonly format = input<string>();

  private readonly api = inject(ReportsApi);
  protected readonly count = count;
  protected readonly percent = percent;
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
  protected readonly view = computed(() => {
    const report = loaded(this.report);
    return report
      ? { report, byRegion: councilsByRegionChart(report), byType: councilsByTypeChart(report) }
      : undefined;
  });
}

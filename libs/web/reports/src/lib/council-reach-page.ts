import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '@epm/web/identity';
import { ErrorSummary, type FieldError, loaded } from '@epm/web/ui';
import { HowCalculated } from './how-calculated';
import { councilsByRegionChart, councilsByTypeChart, notReachedByRegion } from './report-charts';
import { ReportChartView } from './report-chart';
import { filtersFromQuery } from './report-filters';
import { ReportFiltersForm } from './report-filters-form';
import { count, percent, plural } from './report-format';
import { reportErrorMessage, ReportStatus } from './report-status';
import { ReportsApi } from './reports-api.service';

/**
 * Council reach: which regions and council types the period's events reached, against every English
 * principal council in each. Organisers and administrators also get the list of councils not yet reached, by
 * region, to plan where to reach next; the review panel sees counts only.
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

    @if (canPlan()) {
      <section aria-labelledby="not-reached" class="govuk-!-margin-bottom-6" data-testid="not-reached">
        <h2 class="govuk-heading-l" id="not-reached">Councils not yet reached</h2>
        <p class="govuk-body">
          For organisers, to plan where to reach next: councils nobody from came to a held event in this period, by
          region. The review panel does not see this list.
        </p>
        @if (notReached.isLoading()) {
          <p class="govuk-body" data-testid="not-reached-loading">Loading the list…</p>
        } @else if (notReached.error(); as error) {
          <div class="govuk-inset-text" data-testid="not-reached-error">
            <p class="govuk-body">The list could not be loaded. {{ errorMessage(error) }}</p>
            <button
              type="button"
              class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              (click)="notReached.reload()"
            >
              Try the list again
            </button>
          </div>
        } @else if (notReachedList(); as list) {
          <p class="govuk-body" data-testid="not-reached-count">
            {{ count(list.notReached) }} of {{ count(list.total) }} councils not yet reached.
          </p>
          @for (group of list.groups; track group.region) {
            <details class="govuk-details" data-testid="not-reached-region">
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text"
                  >{{ group.region }}: {{ plural(group.councils.length, 'council') }}</span
                >
              </summary>
              <div class="govuk-details__text">
                <ul class="govuk-list">
                  @for (council of group.councils; track council.gssCode) {
                    <li>
                      {{ council.name }}
                      <span class="govuk-hint govuk-!-display-inline govuk-!-font-size-16">({{ council.type }})</span>
                    </li>
                  }
                </ul>
              </div>
            </details>
          }
        }
      </section>
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
  private readonly auth = inject(AuthService);
  protected readonly count = count;
  protected readonly plural = plural;
  protected readonly errorMessage = reportErrorMessage;
  /** Organisers and administrators also see which councils were not reached; the API refuses the panel (403). */
  protected readonly canPlan = computed(() => this.auth.hasRole('organiser', 'admin'));
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
  protected readonly notReached = resource({
    params: () => (this.canPlan() ? this.filters() : undefined),
    loader: ({ params }) => this.api.councilsNotReached(params),
  });
  protected readonly notReachedList = computed(() => {
    const list = loaded(this.notReached);
    return list ? { ...list, groups: notReachedByRegion(list) } : undefined;
  });
  protected readonly view = computed(() => {
    const report = loaded(this.report);
    return report
      ? { report, byRegion: councilsByRegionChart(report), byType: councilsByTypeChart(report) }
      : undefined;
  });
}

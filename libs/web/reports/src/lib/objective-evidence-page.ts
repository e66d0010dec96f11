import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ImpactReport } from '@epm/shared/contracts';
import { loaded, PageTitle } from '@epm/web/ui';
import { EventsHeldTable } from './events-held-table';
import { idFrom, isNotFound } from './evidence';
import { EvidencePack } from './evidence-pack';
import { FeedbackSection } from './feedback-section';
import { HowCalculated } from './how-calculated';
import { OutcomesTable } from './outcomes-table';
import { ReachSummary, RegistrationsSummary } from './registrations-summary';
import {
  councilsByRegionChart,
  eventsByMonthChart,
  objectiveProgress,
  objectiveTarget,
  sectorsChart,
  suppliersChart,
} from './report-charts';
import { ReportChartView } from './report-chart';
import { count, periodLabel, percent, plural } from './report-format';
import { ReportProvenance } from './report-provenance';
import { ReportStatus } from './report-status';
import { ReportsApi } from './reports-api.service';

type Objective = ImpactReport['objectives'][number];

const MEASURES: Record<NonNullable<Objective['measure']>, string> = {
  councils: 'Councils reached',
  events: 'Events held',
  satisfaction: 'Satisfaction (mean of 1 to 5 answers)',
  suppliers: 'Supplier organisations reached',
  people: 'People reached',
};

/** "20", "4.50", or why there is no figure. */
export function actualText(objective: Objective): string {
  if (objective.measure === null) return 'No automatic measure: see the evidence below';
  if (objective.actual === null) return 'No data yet';
  return objective.measure === 'satisfaction' ? objective.actual.toFixed(2) : count(objective.actual);
}

/**
 * One objective's evidence for the review panel: its target against what its own held events achieved (as
 * the dashboard's objectives measure it), the events behind it (each a link to its evidence page), the
 * outcomes linked to it or its events, and the figures of those events. The figures are the impact report's
 * filtered to the objective (`?objective=`), for its programme year.
 */
@Component({
  selector: 'epm-objective-evidence-page',
  imports: [
    RouterLink,
    EventsHeldTable,
    EvidencePack,
    FeedbackSection,
    HowCalculated,
    OutcomesTable,
    ReachSummary,
    RegistrationsSummary,
    ReportChartView,
    ReportProvenance,
    ReportStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb" data-testid="breadcrumbs">
      <ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item">
          <a class="govuk-breadcrumbs__link" routerLink="/reports">Impact report</a>
        </li>
      </ol>
    </nav>

    @if (notFound()) {
      <h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body" data-testid="not-found">There is no such objective. The address may be wrong.</p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/reports">Go to the impact report</a></p>
    } @else {
      <span class="govuk-caption-l">Objective evidence</span>
      <h1 class="govuk-heading-l">{{ view()?.details?.title ?? 'Objective evidence' }}</h1>
      <epm-report-status [report]="report" scope="the figures of this objective’s events, in its programme year" />

      @if (view(); as view) {
        @let report = view.report;
        @let details = view.details;
        @if (details.description) {
          <p class="govuk-body-l">{{ details.description }}</p>
        }

        <section aria-labelledby="progress" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="progress">Target and progress</h2>
          <dl class="govuk-summary-list" data-testid="objective-progress">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Target</dt>
              <dd class="govuk-summary-list__value" data-testid="objective-target">{{ view.target }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">So far</dt>
              <dd class="govuk-summary-list__value">
                <p class="govuk-body govuk-!-margin-bottom-1" data-testid="objective-actual">{{ view.actual }}</p>
                @if (view.progress !== null) {
                  <p class="govuk-body govuk-!-margin-bottom-1" data-testid="objective-share">
                    {{ percent(view.progress) }} of the target
                  </p>
                }
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Measured by</dt>
              <dd class="govuk-summary-list__value">
                <p class="govuk-body govuk-!-margin-bottom-1" data-testid="objective-measure">{{ view.measure }}</p>
                <epm-how-calculated metric="objectives" />
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Evidence</dt>
              <dd class="govuk-summary-list__value" data-testid="objective-evidence">
                {{ view.evidence }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Programme year</dt>
              <dd class="govuk-summary-list__value">
                {{ details.programme.name }} ({{ period(details.programme.startsOn, details.programme.endsOn) }})
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="its-events" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="its-events">Its events</h2>
          <p class="govuk-body">
            The events linked to this objective that were held in its programme year. Open one for its evidence.
          </p>
          <epm-events-held-table
            [report]="report"
            [objective]="details.id"
            [caption]="plural(report.events.held, 'event') + ' held for this objective'"
          />
          <h3 class="govuk-heading-m">By month</h3>
          <epm-report-chart [chart]="view.charts.byMonth" />
        </section>

        <section aria-labelledby="outcomes" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="outcomes">Its outcomes</h2>
          @if (report.outcomes.items.length > 0) {
            <epm-outcomes-table
              [report]="report"
              [caption]="plural(report.outcomes.total, 'outcome') + ' linked to this objective or its events'"
            />
          } @else {
            <p class="govuk-body" data-testid="outcomes-none">
              No outcome is linked to this objective or its events yet.
            </p>
          }
          <epm-how-calculated metric="outcomes" />
        </section>

        <section aria-labelledby="figures" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="figures">The figures of its events</h2>
          <epm-registrations-summary [report]="report" />
          <epm-reach-summary [report]="report" />
          <h3 class="govuk-heading-m">Councils by region</h3>
          <epm-report-chart [chart]="view.charts.councilsByRegion" />
          <h3 class="govuk-heading-m">By sector</h3>
          <epm-report-chart [chart]="view.charts.sectors" />
          <h3 class="govuk-heading-m">Suppliers by size</h3>
          <epm-report-chart [chart]="view.charts.suppliers" />
        </section>

        <epm-feedback-section [report]="report" />

        <section aria-labelledby="evidence-pack" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="evidence-pack">Download this evidence</h2>
          <p class="govuk-body">This objective’s figures, as files to keep and share.</p>
          <epm-evidence-pack [filters]="view.exportFilters" />
        </section>
        <epm-report-provenance [report]="report" />
        <epm-how-calculated metric="objectiveEvidence" label="How an objective’s evidence is counted" />
      }
    }
  `,
})
export class ObjectiveEvidencePage {
  readonly id = input.required<string>();

  private readonly api = inject(ReportsApi);
  private readonly title = inject(PageTitle);
  protected readonly plural = plural;
  protected readonly percent = percent;
  protected readonly period = periodLabel;
  protected readonly report = resource({
    params: () => idFrom(this.id()) ?? undefined,
    loader: ({ params }) => this.api.objectiveEvidence(params),
  });
  protected readonly notFound = computed(() => idFrom(this.id()) === null || isNotFound(this.report.error()));
  protected readonly view = computed(() => {
    const report = loaded(this.report);
    const details = report?.objective;
    if (!report || !details) return undefined;
    const objective = report.objectives.find((candidate) => candidate.id === details.id);
    return {
      report,
      details,
      target: objective ? objectiveTarget(objective) : 'No target',
      actual: objective ? actualText(objective) : 'No data yet',
      progress: objective ? objectiveProgress(objective) : null,
      measure: objective?.measure ? MEASURES[objective.measure] : 'No automatic measure',
      evidence: objective
        ? `${plural(objective.evidence.events, 'held event')} and ${plural(
            objective.evidence.outcomes,
            'outcome',
          )} linked to it`
        : 'None yet',
      exportFilters: { from: report.filters.from, to: report.filters.to, objective: String(details.id) },
      charts: {
        byMonth: eventsByMonthChart(report),
        councilsByRegion: councilsByRegionChart(report),
        sectors: sectorsChart(report),
        suppliers: suppliersChart(report),
      },
    };
  });

  constructor() {
    effect(() => {
      if (this.notFound()) this.title.set('Page not found');
      else {
        const details = this.view()?.details;
        if (details) this.title.set(`Evidence: ${details.title}`);
      }
    });
  }
}

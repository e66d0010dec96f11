import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { loaded, PageTitle, UkTimePipe } from '@epm/web/ui';
import { idFrom, isNotFound } from './evidence';
import { EvidencePack } from './evidence-pack';
import { FeedbackSection } from './feedback-section';
import { HowCalculated } from './how-calculated';
import { OutcomesTable } from './outcomes-table';
import { ReachSummary, RegistrationsSummary } from './registrations-summary';
import { councilsByRegionChart, councilsByTypeChart, sectorsChart, suppliersChart } from './report-charts';
import { ReportChartView } from './report-chart';
import { FORMAT_LABELS, TYPE_LABELS } from './report-filters';
import { plural } from './report-format';
import { ReportProvenance } from './report-provenance';
import { ReportStatus } from './report-status';
import { ReportsApi } from './reports-api.service';

/**
 * One event's evidence for the review panel: what happened, who came by sector, its attendance rate, what
 * attendees thought and what it led to. The figures are the impact report's, filtered to this event
 * (`?event=`), so they mean exactly what the dashboard's do; no one's personal details. Reached from the
 * dashboard's list of events, an objective's page (`?objective=` keeps the way back) and outcomes.
 */
@Component({
  selector: 'epm-event-evidence-page',
  imports: [
    RouterLink,
    EvidencePack,
    FeedbackSection,
    HowCalculated,
    OutcomesTable,
    ReachSummary,
    RegistrationsSummary,
    ReportChartView,
    ReportProvenance,
    ReportStatus,
    UkTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb" data-testid="breadcrumbs">
      <ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item">
          <a class="govuk-breadcrumbs__link" routerLink="/reports">Impact report</a>
        </li>
        @if (cameFrom(); as objective) {
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" [routerLink]="['/reports/objectives', objective.id]">{{
              objective.title
            }}</a>
          </li>
        }
      </ol>
    </nav>

    @if (notFound()) {
      <h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body" data-testid="not-found">
        There is no evidence for this event. It may not have been published, or the address may be wrong.
      </p>
      <p class="govuk-body"><a class="govuk-link" routerLink="/reports">Go to the impact report</a></p>
    } @else {
      <span class="govuk-caption-l">Event evidence</span>
      <h1 class="govuk-heading-l">{{ view()?.event?.title ?? 'Event evidence' }}</h1>
      <epm-report-status [report]="report" scope="this event’s figures, in its programme year" />

      @if (view(); as view) {
        @let report = view.report;
        @let event = view.event;
        <p class="govuk-body-l">{{ event.summary }}</p>

        <section aria-labelledby="what-happened" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="what-happened">What happened</h2>
          <dl class="govuk-summary-list" data-testid="event-facts">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Held</dt>
              <dd class="govuk-summary-list__value">
                <p class="govuk-body govuk-!-margin-bottom-1" data-testid="event-held">{{ view.heldText }}</p>
                <epm-how-calculated metric="eventsHeld" />
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">When (UK time)</dt>
              <dd class="govuk-summary-list__value" data-testid="event-when">
                {{ event.startsAt | uk: 'range' : event.endsAt }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Type</dt>
              <dd class="govuk-summary-list__value">{{ typeLabels[event.type] }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Format</dt>
              <dd class="govuk-summary-list__value">
                {{ formatLabels[event.format] }}{{ event.venue ? ', at ' + event.venue : '' }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Run by</dt>
              <dd class="govuk-summary-list__value" data-testid="event-run-by">
                {{ event.leadOrganisation.name
                }}{{ event.partnerOrganisation ? ' with ' + event.partnerOrganisation.name : '' }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Themes</dt>
              <dd class="govuk-summary-list__value">
                {{ view.themes || 'None tagged' }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Objectives</dt>
              <dd class="govuk-summary-list__value" data-testid="event-objectives">
                @if (event.objectives.length > 0) {
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    @for (objective of event.objectives; track objective.id) {
                      <li>
                        <a class="govuk-link" [routerLink]="['/reports/objectives', objective.id]">{{
                          objective.title
                        }}</a>
                      </li>
                    }
                  </ul>
                } @else {
                  Not linked to an objective
                }
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Programme year</dt>
              <dd class="govuk-summary-list__value">{{ event.programme.name }}</dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="who-came" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="who-came">Who came</h2>
          <epm-registrations-summary [report]="report" />
          <epm-reach-summary [report]="report" />
          <h3 class="govuk-heading-m">By sector</h3>
          <epm-report-chart [chart]="view.charts.sectors" />
          <h3 class="govuk-heading-m">Councils by region</h3>
          <epm-report-chart [chart]="view.charts.councilsByRegion" />
          <h3 class="govuk-heading-m">Councils by council type</h3>
          <epm-report-chart [chart]="view.charts.councilsByType" />
          <h3 class="govuk-heading-m">Suppliers by size</h3>
          <epm-report-chart [chart]="view.charts.suppliers" />
        </section>

        <epm-feedback-section [report]="report" />

        <section aria-labelledby="outcomes" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="outcomes">What it led to</h2>
          @if (report.outcomes.items.length > 0) {
            <epm-outcomes-table
              [report]="report"
              [caption]="plural(report.outcomes.total, 'outcome stems', 'outcomes stem') + ' from this event'"
            />
          } @else {
            <p class="govuk-body" data-testid="outcomes-none">No outcome has been recorded for this event yet.</p>
          }
          <epm-how-calculated metric="outcomes" />
        </section>

        <section aria-labelledby="evidence-pack" class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id="evidence-pack">Download this evidence</h2>
          <p class="govuk-body">This event’s figures, as files to keep and share.</p>
          <epm-evidence-pack [filters]="view.exportFilters" />
        </section>
        <epm-report-provenance [report]="report" />
        <epm-how-calculated metric="eventEvidence" label="How an event’s evidence is counted" />
      }
    }
  `,
})
export class EventEvidencePage {
  readonly id = input.required<string>();
  /** The objective whose page led here, for the way back. */
  readonly objective = input<string>();

  private readonly api = inject(ReportsApi);
  private readonly title = inject(PageTitle);
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly plural = plural;
  protected readonly report = resource({
    params: () => idFrom(this.id()) ?? undefined,
    loader: ({ params }) => this.api.eventEvidence(params),
  });
  protected readonly notFound = computed(() => idFrom(this.id()) === null || isNotFound(this.report.error()));
  protected readonly view = computed(() => {
    const report = loaded(this.report);
    const event = report?.event;
    if (!report || !event) return undefined;
    return {
      report,
      event,
      heldText: event.held
        ? 'Yes'
        : event.status === 'cancelled'
          ? 'No: it was cancelled'
          : 'Not yet: it has not ended, so its attendance and feedback are still to come',
      themes: event.tags.map((tag) => tag.label).join(', '),
      exportFilters: { from: report.filters.from, to: report.filters.to, event: String(event.id) },
      charts: {
        sectors: sectorsChart(report),
        councilsByRegion: councilsByRegionChart(report),
        councilsByType: councilsByTypeChart(report),
        suppliers: suppliersChart(report),
      },
    };
  });
  protected readonly cameFrom = computed(() => {
    const id = idFrom(this.objective());
    return this.view()?.event.objectives.find((objective) => objective.id === id);
  });

  constructor() {
    effect(() => {
      if (this.notFound()) this.title.set('Page not found');
      else {
        const event = this.view()?.event;
        if (event) this.title.set(`Evidence: ${event.title}`);
      }
    });
  }
}

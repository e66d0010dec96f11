import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ImpactReport, OUTCOME_KIND_LABELS, OUTCOME_STATUS_LABELS } from '@epm/shared/contracts';
import { HowCalculated } from './how-calculated';
import { objectivesChart, outcomesByKindChart, outcomesByStatusChart } from './report-charts';
import { ReportChartView } from './report-chart';
import { dateLabel, plural } from './report-format';

/** What the events led to, and the programme's objectives against their targets with the evidence behind them. */
@Component({
  selector: 'epm-outcomes-section',
  imports: [HowCalculated, ReportChartView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let outcomes = report().outcomes;
    <section aria-labelledby="outcomes" class="govuk-!-margin-bottom-6">
      <h2 class="govuk-heading-l" id="outcomes" tabindex="-1">Outcomes</h2>
      <p class="govuk-body">
        What the events and the programme led to: actions, consultation responses, pilots, resources.
      </p>
      @if (outcomes.items.length > 0) {
        <div class="epm-table-scroll" tabindex="0" role="region" aria-label="Outcomes in the period">
          <table class="govuk-table" data-testid="outcomes-list">
            <caption class="govuk-table__caption govuk-table__caption--m">
              {{
                plural(outcomes.total, 'outcome')
              }}
              in the period
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Outcome</th>
                <th scope="col" class="govuk-table__header">Kind</th>
                <th scope="col" class="govuk-table__header">Status</th>
                <th scope="col" class="govuk-table__header">Date</th>
                <th scope="col" class="govuk-table__header">Stems from</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (outcome of outcomes.items; track outcome.id) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header govuk-!-font-weight-regular">{{ outcome.title }}</th>
                  <td class="govuk-table__cell">{{ kindLabels[outcome.kind] }}</td>
                  <td class="govuk-table__cell">{{ statusLabels[outcome.status] }}</td>
                  <td class="govuk-table__cell">{{ dateLabel(outcome.date) }}</td>
                  <td class="govuk-table__cell">
                    {{ outcome.eventIds.length === 0 ? 'The programme' : plural(outcome.eventIds.length, 'event') }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <h3 class="govuk-heading-m">By kind</h3>
      <epm-report-chart [chart]="charts().byKind" />
      <h3 class="govuk-heading-m">By status</h3>
      <epm-report-chart [chart]="charts().byStatus" />
    </section>

    <section aria-labelledby="objectives" class="govuk-!-margin-bottom-6">
      <h2 class="govuk-heading-l" id="objectives" tabindex="-1">Objectives</h2>
      <p class="govuk-body">
        The programme’s objectives, each measured over its own held events in the period, with the evidence behind it.
      </p>
      <epm-report-chart [chart]="charts().objectives" />
    </section>
  `,
})
export class OutcomesSection {
  readonly report = input.required<ImpactReport>();
  protected readonly plural = plural;
  protected readonly dateLabel = dateLabel;
  protected readonly kindLabels = OUTCOME_KIND_LABELS;
  protected readonly statusLabels = OUTCOME_STATUS_LABELS;
  protected readonly charts = computed(() => ({
    byKind: outcomesByKindChart(this.report()),
    byStatus: outcomesByStatusChart(this.report()),
    objectives: objectivesChart(this.report()),
  }));
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ImpactReport } from '@epm/shared/contracts';
import { objectivesChart, outcomesByKindChart, outcomesByStatusChart } from './report-charts';
import { ReportChartView } from './report-chart';
import { OutcomesTable } from './outcomes-table';
import { plural } from './report-format';

/** What the events led to, and the programme's objectives against their targets with the evidence behind them. */
@Component({
  selector: 'epm-outcomes-section',
  imports: [OutcomesTable, ReportChartView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let outcomes = report().outcomes;
    <section aria-labelledby="outcomes" class="govuk-!-margin-bottom-6">
      <h2 class="govuk-heading-l" id="outcomes" tabindex="-1">Outcomes</h2>
      <p class="govuk-body">
        What the events and the programme led to: actions, consultation responses, pilots, resources.
      </p>
      @if (outcomes.items.length > 0) {
        <epm-outcomes-table [report]="report()" [caption]="plural(outcomes.total, 'outcome') + ' in the period'" />
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
        Open an objective for its evidence: its events, its outcomes and their figures.
      </p>
      <epm-report-chart [chart]="charts().objectives" />
    </section>
  `,
})
export class OutcomesSection {
  readonly report = input.required<ImpactReport>();
  protected readonly plural = plural;
  protected readonly charts = computed(() => ({
    byKind: outcomesByKindChart(this.report()),
    byStatus: outcomesByStatusChart(this.report()),
    objectives: objectivesChart(this.report()),
  }));
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ImpactReport } from '@epm/shared/contracts';
import { HowCalculated } from './how-calculated';
import { npsChart, themesRequestedChart } from './report-charts';
import { ReportChartView } from './report-chart';
import { TYPE_LABELS } from './report-filters';
import { meanText, plural, rateText } from './report-format';

/** What attendees thought: response rate, means, NPS, intent to act, themes asked for, and consented quotes. */
@Component({
  selector: 'epm-feedback-section',
  imports: [HowCalculated, ReportChartView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let feedback = report().feedback;
    <section aria-labelledby="feedback" class="govuk-!-margin-bottom-6">
      <h2 class="govuk-heading-l" id="feedback" tabindex="-1">Feedback</h2>
      <dl class="govuk-summary-list" data-testid="feedback-summary">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Responses</dt>
          <dd class="govuk-summary-list__value">
            <p class="govuk-body govuk-!-margin-bottom-1" data-testid="feedback-responses">
              {{ plural(feedback.responses, 'response') }}
            </p>
            <epm-how-calculated metric="feedbackResponses" />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Response rate</dt>
          <dd class="govuk-summary-list__value">
            <p class="govuk-body govuk-!-margin-bottom-1" data-testid="feedback-response-rate">
              {{ rateText(feedback.responseRate) }}
            </p>
            <epm-how-calculated metric="responseRate" />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Satisfaction</dt>
          <dd class="govuk-summary-list__value">
            <p class="govuk-body govuk-!-margin-bottom-1" data-testid="feedback-satisfaction">
              {{ meanText(feedback.satisfaction) }} ({{ feedback.satisfaction.numerator }} points from
              {{ plural(feedback.satisfaction.denominator, 'answer') }})
            </p>
            <epm-how-calculated metric="satisfaction" />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Usefulness</dt>
          <dd class="govuk-summary-list__value">
            <p class="govuk-body govuk-!-margin-bottom-1" data-testid="feedback-usefulness">
              {{ meanText(feedback.usefulness) }} ({{ feedback.usefulness.numerator }} points from
              {{ plural(feedback.usefulness.denominator, 'answer') }})
            </p>
            <epm-how-calculated metric="usefulness" />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Intend to act</dt>
          <dd class="govuk-summary-list__value">
            <p class="govuk-body govuk-!-margin-bottom-1" data-testid="feedback-intend-to-act">
              {{ rateText(feedback.intendToAct) }} said they will do something differently
            </p>
            <epm-how-calculated metric="intendToAct" />
          </dd>
        </div>
      </dl>
      <h3 class="govuk-heading-m">Likelihood to recommend</h3>
      <epm-report-chart [chart]="charts().nps" />
      <h3 class="govuk-heading-m">Themes asked for next</h3>
      <epm-report-chart [chart]="charts().themes" />
      <h3 class="govuk-heading-m">What attendees said</h3>
      @for (quote of feedback.quotes; track $index) {
        <figure class="govuk-inset-text epm-quote" data-testid="feedback-quote">
          <blockquote class="govuk-body epm-quote__text">“{{ quote.text }}”</blockquote>
          <figcaption class="govuk-body-s govuk-!-margin-bottom-0">
            An attendee of {{ quote.eventTitle }} ({{ typeLabels[quote.eventType].toLowerCase() }})
          </figcaption>
        </figure>
      } @empty {
        <p class="govuk-body" data-testid="feedback-no-quotes">No attendee has agreed to be quoted yet.</p>
      }
      <epm-how-calculated metric="quotes" />
    </section>
  `,
})
export class FeedbackSection {
  readonly report = input.required<ImpactReport>();
  protected readonly plural = plural;
  protected readonly rateText = rateText;
  protected readonly meanText = meanText;
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly charts = computed(() => ({
    nps: npsChart(this.report()),
    themes: themesRequestedChart(this.report()),
  }));
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { METRIC_DEFINITIONS, type MetricKey } from '@epm/shared/contracts/metrics';

/**
 * GOV.UK details: "How this is calculated", with the figure's definition from docs/metrics.md. Its name
 * carries the figure's, so a list of the page's controls tells the many notes apart.
 */
@Component({
  selector: 'epm-how-calculated',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="govuk-details epm-how-calculated" [attr.data-testid]="'definition-' + metric()">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text"
          >{{ label() }}<span class="govuk-visually-hidden">: {{ definition().title }}</span></span
        >
      </summary>
      <div class="govuk-details__text">
        @for (paragraph of definition().text; track $index) {
          <p class="govuk-body-s">{{ paragraph }}</p>
        }
      </div>
    </details>
  `,
})
export class HowCalculated {
  readonly metric = input.required<MetricKey>();
  readonly label = input('How this is calculated');
  protected readonly definition = computed(() => METRIC_DEFINITIONS[this.metric()]);
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ImpactReport } from '@epm/shared/contracts';
import { UkTimePipe } from '@epm/web/ui';

/**
 * Under a report's figures: when they were generated and, when they were read from a replica of the
 * database, how current its data was; and that they are aggregates only.
 */
@Component({
  selector: 'epm-report-provenance',
  imports: [UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="govuk-body-s govuk-!-margin-bottom-2" data-testid="generated-at">
      Figures generated {{ report().generatedAt | uk: 'date-time' }}.
      @if (report().dataAsOf === null) {
        They were read from a copy of the database that cannot say how far behind it is, so the latest changes may be
        missing.
      } @else if (report().dataAsOf !== report().generatedAt) {
        They were read from a copy of the database with the data as of {{ report().dataAsOf | uk: 'date-time' }}.
      }
      Aggregates only: no one’s personal details.
    </p>
  `,
})
export class ReportProvenance {
  readonly report = input.required<Pick<ImpactReport, 'generatedAt' | 'dataAsOf'>>();
}

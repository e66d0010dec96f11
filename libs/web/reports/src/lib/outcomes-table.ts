import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ImpactReport, OUTCOME_KIND_LABELS, OUTCOME_STATUS_LABELS } from '@epm/shared/contracts';
import { dateLabel, plural } from './report-format';

/**
 * The outcomes of a report as a table: what, kind, status, date, and the events they stem from, each a link
 * to its evidence page when it is one of the report's held events (others are counted, not linked, so no
 * link leads to an event the panel may not open).
 */
@Component({
  selector: 'epm-outcomes-table',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="epm-table-scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
      <table class="govuk-table" data-testid="outcomes-list">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {{
            caption()
          }}
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
          @for (outcome of rows(); track outcome.id) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header govuk-!-font-weight-regular">{{ outcome.title }}</th>
              <td class="govuk-table__cell">{{ kindLabels[outcome.kind] }}</td>
              <td class="govuk-table__cell">{{ statusLabels[outcome.status] }}</td>
              <td class="govuk-table__cell">{{ dateLabel(outcome.date) }}</td>
              <td class="govuk-table__cell">
                @if (outcome.eventIds.length === 0) {
                  The programme
                } @else {
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    @for (event of outcome.linked; track event.id) {
                      <li>
                        <a class="govuk-link" [routerLink]="['/reports/events', event.id]">{{ event.title }}</a>
                      </li>
                    }
                    @if (outcome.others > 0) {
                      <li>{{ plural(outcome.others, 'event') }} outside this view</li>
                    }
                  </ul>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class OutcomesTable {
  readonly report = input.required<ImpactReport>();
  readonly caption = input.required<string>();
  protected readonly plural = plural;
  protected readonly dateLabel = dateLabel;
  protected readonly kindLabels = OUTCOME_KIND_LABELS;
  protected readonly statusLabels = OUTCOME_STATUS_LABELS;
  protected readonly rows = computed(() => {
    const { events, outcomes } = this.report();
    const held = new Map(events.items.map((event) => [event.id, event]));
    return outcomes.items.map((outcome) => {
      const linked = outcome.eventIds.flatMap((id) => held.get(id) ?? []);
      return { ...outcome, linked, others: outcome.eventIds.length - linked.length };
    });
  });
}

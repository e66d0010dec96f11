import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ImpactReport } from '@epm/shared/contracts';
import { UkTimePipe } from '@epm/web/ui';
import { HowCalculated } from './how-calculated';
import { TYPE_LABELS } from './report-filters';
import { count } from './report-format';

export const ORGANISER_LABELS: Record<string, string> = { techuk: 'techUK-led', lga: 'LGA-led', joint: 'Joint' };

/**
 * The held events one by one, each a link to its evidence page, with who came and who answered. From an
 * objective's page the links carry the objective, so the event's breadcrumbs lead back to it.
 */
@Component({
  selector: 'epm-events-held-table',
  imports: [RouterLink, HowCalculated, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let items = report().events.items;
    @if (items.length > 0) {
      <div class="epm-table-scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
        <table class="govuk-table" data-testid="events-held">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {{
              caption()
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Event</th>
              <th scope="col" class="govuk-table__header">Date</th>
              <th scope="col" class="govuk-table__header">Type</th>
              <th scope="col" class="govuk-table__header">Organiser</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">Attended</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">Feedback responses</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (item of items; track item.id) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header govuk-!-font-weight-regular">
                  <a class="govuk-link" [routerLink]="['/reports/events', item.id]" [queryParams]="linkQuery()">{{
                    item.title
                  }}</a>
                </th>
                <td class="govuk-table__cell">{{ item.startsAt | uk: 'short-date' }}</td>
                <td class="govuk-table__cell">{{ typeLabels[item.type] }}</td>
                <td class="govuk-table__cell">{{ organiserLabels[item.organisation] ?? item.organisation }}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ count(item.attended) }}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{{ count(item.responses) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="govuk-body" data-testid="events-held-none">No events were held in this period.</p>
    }
    <epm-how-calculated metric="eventsList" />
  `,
})
export class EventsHeldTable {
  readonly report = input.required<ImpactReport>();
  readonly caption = input('Events held in the period');
  /** The objective whose page lists these events, if any. */
  readonly objective = input<number>();
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly organiserLabels = ORGANISER_LABELS;
  protected readonly count = count;
  protected readonly linkQuery = computed(() => {
    const objective = this.objective();
    return objective === undefined ? {} : { objective };
  });
}

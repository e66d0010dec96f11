import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '@epm/web/identity';
import { UkTimePipe, loaded } from '@epm/web/ui';
import { EventsApi } from './events-api.service';
import { STATUS_LABELS, TYPE_LABELS } from './labels';

/** Where organisers land: their organisation's events in every status (all events for administrators). */
@Component({
  selector: 'epm-organiser-events-page',
  imports: [RouterLink, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="govuk-caption-l">{{ organisation() }}</span>
    <h1 class="govuk-heading-l">Organiser area</h1>
    <p class="govuk-body">
      Events led by {{ organisation() }}, and joint events it is a partner on, in every state from draft to completed.
    </p>
    <a class="govuk-button" routerLink="/organiser/events/new">Create an event</a>
    @if (eventsValue(); as list) {
      @if (list.items.length === 0) {
        <div class="govuk-inset-text" data-testid="organiser-events-empty">
          There are no events yet. Events you schedule will be listed here.
        </div>
      } @else {
        <table class="govuk-table" data-testid="organiser-events">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {{
              list.total
            }}
            events
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Event</th>
              <th scope="col" class="govuk-table__header">When (UK time)</th>
              <th scope="col" class="govuk-table__header">Type</th>
              <th scope="col" class="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (event of list.items; track event.id) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" [routerLink]="['/organiser/events', event.id]">{{ event.title }}</a>
                  <br /><span class="govuk-body-s"
                    >{{ event.leadOrganisation.name
                    }}{{ event.partnerOrganisation ? ' with ' + event.partnerOrganisation.name : '' }}</span
                  >
                </th>
                <td class="govuk-table__cell">
                  {{ event.startsAt | uk: 'short-date' }},
                  {{ event.startsAt | uk: 'time' }}
                </td>
                <td class="govuk-table__cell">{{ typeLabels[event.type] }}</td>
                <td class="govuk-table__cell">
                  <strong class="govuk-tag" [class]="statusLabels[event.status].tag">{{
                    statusLabels[event.status].label
                  }}</strong>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    }
    <h2 class="govuk-heading-m">Your account</h2>
    <ul class="govuk-list">
      <li>
        <a class="govuk-link" routerLink="/account">Change your password or two-step verification</a>
      </li>
      @if (isAdmin()) {
        <li>
          <a class="govuk-link" routerLink="/admin/users">Manage user accounts</a>
        </li>
        <li>
          <a class="govuk-link" routerLink="/admin/audit">Read the audit log</a>
        </li>
      }
    </ul>
  `,
})
export class OrganiserEventsPage {
  private readonly auth = inject(AuthService);
  private readonly api = inject(EventsApi);
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly organisation = computed(() => this.auth.user()?.organisation?.name ?? 'All organisations');
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
  protected readonly events = resource({ loader: () => this.api.mine() });
  protected readonly eventsValue = computed(() => loaded(this.events));
}

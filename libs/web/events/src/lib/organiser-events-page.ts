import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  resource,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type EventResponse,
  londonParts,
  PARTNER_ORGANISATIONS,
} from '@epm/shared/contracts';
import { AuthService } from '@epm/web/identity';
import { loaded, UkTimePipe } from '@epm/web/ui';
import { EventsApi, ukToday } from './events-api.service';
import { STATUS_LABELS, TYPE_LABELS } from './labels';
import { MONTH_NAMES, monthCalendar, monthOrCurrent } from './month-calendar';
import { OrganiserCalendar } from './organiser-calendar';

interface MonthGroup {
  label: string;
  events: EventResponse[];
}

/**
 * Where organisers land: their organisation's events (all events for
 * administrators) in every status, filterable by status, type, theme and
 * organisation, as a list grouped by UK month or (`?view=calendar&month=YYYY-MM`)
 * as a month calendar.
 */
@Component({
  selector: 'epm-organiser-events-page',
  imports: [ReactiveFormsModule, RouterLink, UkTimePipe, OrganiserCalendar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="govuk-caption-l">{{ organisationName() }}</span>
    <h1 class="govuk-heading-l">Organiser area</h1>
    <p class="govuk-body">
      Events led by {{ organisationName() }}, and joint events it is a partner on, in every state from draft to
      completed.
    </p>
    <div class="govuk-button-group">
      <a class="govuk-button" routerLink="/organiser/events/new">Create an event</a>
      <a class="govuk-link" routerLink="/organiser/programme">Programme years and objectives</a>
    </div>
    <form
      [formGroup]="filters"
      (ngSubmit)="apply()"
      novalidate
      class="govuk-!-margin-bottom-6"
      data-testid="organiser-filters"
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <div class="govuk-form-group">
            <label class="govuk-label" for="status">Status</label>
            <select class="govuk-select" id="status" name="status" formControlName="status">
              <option value="">All statuses</option>
              @for (value of statuses; track value) {
                <option [value]="value">{{ statusLabels[value].label }}</option>
              }
            </select>
          </div>
        </div>
        <div class="govuk-grid-column-one-third">
          <div class="govuk-form-group">
            <label class="govuk-label" for="type">Type</label>
            <select class="govuk-select" id="type" name="type" formControlName="type">
              <option value="">All types</option>
              @for (value of types; track value) {
                <option [value]="value">{{ typeLabels[value] }}</option>
              }
            </select>
          </div>
        </div>
        <div class="govuk-grid-column-one-third">
          <div class="govuk-form-group">
            <label class="govuk-label" for="theme">Theme</label>
            <select class="govuk-select" id="theme" name="theme" formControlName="theme">
              <option value="">All themes</option>
              @for (term of themes(); track term.code) {
                <option [value]="term.code">{{ term.label }}</option>
              }
            </select>
          </div>
        </div>
      </div>
      @if (isAdmin()) {
        <div class="govuk-form-group">
          <label class="govuk-label" for="organisation">Organisation</label>
          <select class="govuk-select" id="organisation" name="organisation" formControlName="organisation">
            <option value="">Both partners</option>
            @for (partner of partners; track partner.code) {
              <option [value]="partner.code">{{ partner.name }}</option>
            }
          </select>
        </div>
      }
      <button type="submit" class="govuk-button govuk-button--secondary">Apply filters</button>
    </form>
    <nav class="epm-view-switch" aria-label="How to show your events" data-testid="view-switch">
      <ul class="epm-view-switch__list">
        <li class="epm-view-switch__item">
          <a
            class="govuk-link epm-view-switch__link"
            [routerLink]="[]"
            [queryParams]="{ view: null, month: null }"
            queryParamsHandling="merge"
            [attr.aria-current]="calendarView() ? null : 'page'"
            >List</a
          >
        </li>
        <li class="epm-view-switch__item">
          <a
            class="govuk-link epm-view-switch__link"
            [routerLink]="[]"
            [queryParams]="{ view: 'calendar' }"
            queryParamsHandling="merge"
            [attr.aria-current]="calendarView() ? 'page' : null"
            >Calendar</a
          >
        </li>
      </ul>
    </nav>
    @if (events.error()) {
      <p class="govuk-body">Your events could not be loaded. Try again.</p>
    } @else if (calendarView()) {
      @if (calendar(); as month) {
        @if (eventsValue(); as list) {
          @if (list.items.length === 0) {
            <p class="govuk-body" data-testid="calendar-empty">No events in {{ month.label }} match.</p>
          } @else if (list.total > list.items.length) {
            <p class="govuk-body">
              Showing the first {{ list.items.length }} of {{ list.total }} events in {{ month.label }}. Use the filters
              to see the rest.
            </p>
          }
        }
        <epm-organiser-calendar [calendar]="month" />
      }
    } @else if (eventsValue(); as list) {
      @if (list.items.length === 0) {
        <div class="govuk-inset-text" data-testid="organiser-events-empty">
          No events match. Events you schedule will be listed here.
        </div>
      } @else {
        <div data-testid="organiser-events">
          @for (group of months(); track group.label) {
            <div class="epm-table-scroll" tabindex="0" role="region" [attr.aria-label]="group.label">
              <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m">
                  {{
                    group.label
                  }}
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
                  @for (event of group.events; track event.id) {
                    <tr class="govuk-table__row">
                      <th scope="row" class="govuk-table__header">
                        <a class="govuk-link" [routerLink]="['/organiser/events', event.id]">{{ event.title }}</a>
                        <br /><span class="govuk-body-s"
                          >{{ event.leadOrganisation.name
                          }}{{ event.partnerOrganisation ? ' with ' + event.partnerOrganisation.name : '' }}</span
                        >
                      </th>
                      <td class="govuk-table__cell">
                        {{ event.startsAt | uk: 'short-date' }}, {{ event.startsAt | uk: 'time' }}
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
            </div>
          }
        </div>
      }
    }
    <h2 class="govuk-heading-m">Your account</h2>
    <ul class="govuk-list">
      <li><a class="govuk-link" routerLink="/account">Change your password or two-step verification</a></li>
      @if (isAdmin()) {
        <li><a class="govuk-link" routerLink="/admin/users">Manage user accounts</a></li>
        <li><a class="govuk-link" routerLink="/admin/audit">Read the audit log</a></li>
      }
    </ul>
  `,
})
export class OrganiserEventsPage implements OnInit {
  readonly status = input<string>();
  readonly type = input<string>();
  readonly theme = input<string>();
  readonly organisation = input<string>();
  /** `calendar` for the month calendar; anything else is the list. */
  readonly view = input<string>();
  /** The calendar's month, YYYY-MM; the current UK month by default. */
  readonly month = input<string>();

  private readonly auth = inject(AuthService);
  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  protected readonly statuses = EVENT_STATUSES;
  protected readonly types = EVENT_TYPES;
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly partners = PARTNER_ORGANISATIONS;
  protected readonly organisationName = computed(() => this.auth.user()?.organisation?.name ?? 'All organisations');
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
  protected readonly taxonomy = resource({ loader: () => this.api.taxonomy() });
  protected readonly themes = computed(() => loaded(this.taxonomy)?.themes ?? []);
  private readonly today = signal(ukToday());
  protected readonly calendarView = computed(() => this.view() === 'calendar');
  /** The calendar's month, YYYY-MM, while the calendar is shown. */
  private readonly calendarMonth = computed(() =>
    this.calendarView() ? monthOrCurrent(this.month(), this.today()) : null,
  );
  protected readonly events = resource({
    params: () => {
      const month = this.calendarMonth();
      const range = month ? monthCalendar(month, [], this.today()) : null;
      return {
        status: this.status() || undefined,
        type: this.type() || undefined,
        theme: this.theme() || undefined,
        organisation: this.organisation() || undefined,
        from: range?.from,
        to: range?.to,
      };
    },
    loader: ({ params }) => this.api.mine(params),
  });
  protected readonly eventsValue = computed(() => loaded(this.events));
  protected readonly calendar = computed(() => {
    const month = this.calendarMonth();
    return month ? monthCalendar(month, this.eventsValue()?.items ?? [], this.today()) : null;
  });
  /** Events grouped by the UK month they start in, in date order. */
  protected readonly months = computed<MonthGroup[]>(() => {
    const groups = new Map<string, MonthGroup>();
    for (const event of this.eventsValue()?.items ?? []) {
      const parts = londonParts(new Date(event.startsAt));
      const label = `${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
      const group = groups.get(label) ?? { label, events: [] };
      group.events.push(event);
      groups.set(label, group);
    }
    return [...groups.values()];
  });
  protected readonly filters = new FormGroup({
    status: new FormControl('', { nonNullable: true }),
    type: new FormControl('', { nonNullable: true }),
    theme: new FormControl('', { nonNullable: true }),
    organisation: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.filters.setValue({
      status: this.status() ?? '',
      type: this.type() ?? '',
      theme: this.theme() ?? '',
      organisation: this.organisation() ?? '',
    });
  }

  protected apply(): void {
    const { status, type, theme, organisation } = this.filters.getRawValue();
    // Merged, so the view and the calendar's month stay as they are.
    void this.router.navigate([], {
      queryParams: {
        status: status || null,
        type: type || null,
        theme: theme || null,
        organisation: organisation || null,
      },
      queryParamsHandling: 'merge',
    });
  }
}

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
  OUTCOME_EVENT_STATUSES,
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  OUTCOME_STATUS_LABELS,
  OUTCOME_STATUSES,
  type OutcomeKind,
  type OutcomeStatus,
} from '@epm/shared/contracts';
import { AuthService } from '@epm/web/identity';
import { loaded, Pagination, SuccessBanner, UkTimePipe } from '@epm/web/ui';
import { outcomeDateLabel } from './outcome-form-model';
import { OutcomesApi } from './outcomes-api.service';
import { OUTCOME_STATUS_TAGS } from './labels';

const PAGE_SIZE = 50;

/** The filters as the page's address holds them, for the API: unknown values are dropped, not sent. */
export function outcomeFilters(query: { kind?: string; status?: string; eventId?: string; page?: string }) {
  const eventId = Number(query.eventId);
  const page = Number(query.page);
  return {
    kind: (OUTCOME_KINDS as readonly string[]).includes(query.kind ?? '') ? (query.kind as OutcomeKind) : undefined,
    status: (OUTCOME_STATUSES as readonly string[]).includes(query.status ?? '')
      ? (query.status as OutcomeStatus)
      : undefined,
    eventId: Number.isInteger(eventId) && eventId > 0 ? eventId : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/**
 * The outcome log: what the organiser's organisation's events, and the
 * programme, led to (every outcome for administrators), newest first, with
 * filters by kind, status and event in the address (`?kind=…&status=…&eventId=…`).
 */
@Component({
  selector: 'epm-outcome-log-page',
  imports: [ReactiveFormsModule, RouterLink, Pagination, SuccessBanner, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/organiser">Back to the organiser area</a>
    @if (notice(); as message) {
      <epm-success-banner [message]="message" testId="notice" />
    }
    <span class="govuk-caption-l">{{ organisationName() }}</span>
    <h1 class="govuk-heading-l">Outcome log</h1>
    <p class="govuk-body">
      What events and the programme led to: actions agreed, consultation responses, pilots, resources, policy input and
      procurement changes. The review panel reads this log as evidence of what changed.
    </p>
    <a class="govuk-button" routerLink="/organiser/outcomes/new">Record an outcome</a>

    <form [formGroup]="filters" (ngSubmit)="apply()" novalidate data-testid="outcome-filters">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <div class="govuk-form-group">
            <label class="govuk-label" for="filter-kind">Kind</label>
            <select class="govuk-select" id="filter-kind" name="kind" formControlName="kind">
              <option value="">All kinds</option>
              @for (value of kinds; track value) {
                <option [value]="value">{{ kindLabels[value] }}</option>
              }
            </select>
          </div>
        </div>
        <div class="govuk-grid-column-one-third">
          <div class="govuk-form-group">
            <label class="govuk-label" for="filter-status">Status</label>
            <select class="govuk-select" id="filter-status" name="status" formControlName="status">
              <option value="">All statuses</option>
              @for (value of statuses; track value) {
                <option [value]="value">{{ statusLabels[value] }}</option>
              }
            </select>
          </div>
        </div>
      </div>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-form-group">
            <label class="govuk-label" for="filter-event">Event</label>
            <select class="govuk-select govuk-!-width-full" id="filter-event" name="eventId" formControlName="eventId">
              <option value="">Any event</option>
              @for (event of eventOptions(); track event.id) {
                <option [value]="event.id">{{ event.title }} ({{ event.startsAt | uk: 'short-date' }})</option>
              }
            </select>
          </div>
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary">Apply filters</button>
    </form>

    @if (outcomes.error()) {
      <p class="govuk-body">The outcome log could not be loaded. Try again.</p>
    } @else if (outcomesValue(); as list) {
      @if (list.items.length === 0) {
        <div class="govuk-inset-text" data-testid="outcomes-empty">
          No outcomes match. Outcomes you record will be listed here.
        </div>
      } @else {
        <table class="govuk-table" data-testid="outcome-log">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {{
              list.total === 1 ? '1 outcome' : list.total + ' outcomes'
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Outcome</th>
              <th scope="col" class="govuk-table__header">Kind</th>
              <th scope="col" class="govuk-table__header">Date</th>
              <th scope="col" class="govuk-table__header">Status</th>
              <th scope="col" class="govuk-table__header">Stems from</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (outcome of list.items; track outcome.id) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" [routerLink]="['/organiser/outcomes', outcome.id, 'edit']">{{
                    outcome.title
                  }}</a>
                  <br /><span class="govuk-body-s">Owner: {{ outcome.ownerName }}</span>
                </th>
                <td class="govuk-table__cell">{{ kindLabels[outcome.kind] }}</td>
                <td class="govuk-table__cell">{{ dateLabel(outcome.date) }}</td>
                <td class="govuk-table__cell">
                  <strong class="govuk-tag" [class]="statusTags[outcome.status]">{{
                    statusLabels[outcome.status]
                  }}</strong>
                </td>
                <td class="govuk-table__cell">
                  @for (event of outcome.events; track event.id; let last = $last) {
                    <a class="govuk-link" [routerLink]="['/organiser/events', event.id]">{{ event.title }}</a
                    >{{ last ? '' : '; ' }}
                  } @empty {
                    The programme
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
        <epm-pagination
          [page]="list.page"
          [pages]="pageCount(list.total, list.pageSize)"
          label="Pages of the outcome log"
        />
      }
    }
  `,
})
export class OutcomeLogPage implements OnInit {
  readonly kind = input<string>();
  readonly status = input<string>();
  readonly eventId = input<string>();
  readonly page = input<string>();

  private readonly api = inject(OutcomesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly kinds = OUTCOME_KINDS;
  protected readonly statuses = OUTCOME_STATUSES;
  protected readonly kindLabels = OUTCOME_KIND_LABELS;
  protected readonly statusLabels = OUTCOME_STATUS_LABELS;
  protected readonly statusTags = OUTCOME_STATUS_TAGS;
  protected readonly dateLabel = outcomeDateLabel;
  protected readonly notice = signal<string | null>(noticeOf(this.router.currentNavigation()?.extras.state));
  protected readonly organisationName = computed(() => this.auth.user()?.organisation?.name ?? 'All organisations');
  protected readonly outcomes = resource({
    params: () =>
      outcomeFilters({ kind: this.kind(), status: this.status(), eventId: this.eventId(), page: this.page() }),
    loader: ({ params }) => this.api.list(params, PAGE_SIZE),
  });
  protected readonly outcomesValue = computed(() => loaded(this.outcomes));
  private readonly events = resource({ loader: () => this.api.events() });
  /** Events outcomes can stem from, most recent first. */
  protected readonly eventOptions = computed(() =>
    (loaded(this.events)?.items ?? [])
      .filter((event) => OUTCOME_EVENT_STATUSES.includes(event.status))
      .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt)),
  );
  protected readonly filters = new FormGroup({
    kind: new FormControl('', { nonNullable: true }),
    status: new FormControl('', { nonNullable: true }),
    eventId: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.filters.setValue({ kind: this.kind() ?? '', status: this.status() ?? '', eventId: this.eventId() ?? '' });
  }

  protected apply(): void {
    const { kind, status, eventId } = this.filters.getRawValue();
    this.notice.set(null);
    void this.router.navigate([], {
      queryParams: { kind: kind || null, status: status || null, eventId: eventId || null, page: null },
    });
  }

  protected pageCount(total: number, pageSize: number): number {
    return Math.max(1, Math.ceil(total / pageSize));
  }
}

function noticeOf(state: Record<string, unknown> | undefined): string | null {
  const notice = state?.['notice'];
  return typeof notice === 'string' ? notice : null;
}

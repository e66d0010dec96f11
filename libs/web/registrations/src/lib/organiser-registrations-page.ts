import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  type OnInit,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { REGISTRATION_STATUSES, type RegistrationResponse, type RegistrationStatus } from '@epm/shared/contracts';
import {
  apiErrorOf,
  ErrorSummary,
  FormSubmission,
  loaded,
  NO_ERRORS,
  Pagination,
  SuccessBanner,
  UkTimePipe,
} from '@epm/web/ui';
import {
  actionsFor,
  confirmedOfCapacity,
  needsOf,
  ORGANISER_STATUS_LABELS,
  organisationOf,
  type RegistrationAction,
} from './organiser-registration-labels';
import { OrganiserRegistrationsApi } from './organiser-registrations-api.service';

/** A step that needs the organiser to confirm or add something before it happens. */
type Acting =
  | { kind: 'decline' | 'cancel'; registration: RegistrationResponse }
  | { kind: 'raise'; registration: RegistrationResponse; message: string };

const ACTION_LABELS: Record<RegistrationAction, string> = {
  approve: 'Approve',
  decline: 'Decline',
  promote: 'Give a place',
  cancel: 'Cancel',
};

function isStatus(value: string | undefined): value is RegistrationStatus {
  return (REGISTRATION_STATUSES as readonly string[]).includes(value ?? '');
}

/**
 * One event's registrations for its organisers: counts, filters, and the
 * decisions (approve, decline, give a waitlisted person a place, cancel).
 */
@Component({
  selector: 'epm-organiser-registrations-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, Pagination, SuccessBanner, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/organiser/events', eventId()]">Back to the event</a>
    <epm-error-summary [errors]="errors()" />
    @if (event.error() || registrations.error()) {
      <h1 class="govuk-heading-l">Registrations not found</h1>
      <p class="govuk-body">The event does not exist, or it is not one of your organisation's events.</p>
    } @else if (acting(); as step) {
      <div class="govuk-grid-row" data-testid="registration-action">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ eventTitle() }}</span>
          @switch (step.kind) {
            @case ('decline') {
              <h1 class="govuk-heading-l" id="action-heading" tabindex="-1">
                Decline {{ step.registration.name }}'s request for a place
              </h1>
              <div class="govuk-form-group" [class.govuk-form-group--error]="!!stepSubmission.errors().byField['note']">
                <label class="govuk-label govuk-label--s" for="note"
                  >Message to {{ step.registration.name }} (optional)</label
                >
                <div class="govuk-hint" id="note-hint">
                  Included in the email that tells them their request is declined
                </div>
                @if (stepSubmission.errors().byField['note']; as message) {
                  <p class="govuk-error-message" id="note-error">
                    <span class="govuk-visually-hidden">Error:</span> {{ message }}
                  </p>
                }
                <textarea
                  class="govuk-textarea"
                  [class.govuk-textarea--error]="!!stepSubmission.errors().byField['note']"
                  id="note"
                  name="note"
                  rows="4"
                  [formControl]="note"
                  [attr.aria-describedby]="'note-hint' + (stepSubmission.errors().byField['note'] ? ' note-error' : '')"
                ></textarea>
              </div>
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button govuk-button--warning"
                  [disabled]="busy()"
                  (click)="decline(step.registration)"
                >
                  Decline the request
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" (click)="stopActing()">
                  No, go back
                </button>
              </div>
            }
            @case ('cancel') {
              <h1 class="govuk-heading-l" id="action-heading" tabindex="-1">
                Cancel {{ step.registration.name }}'s registration
              </h1>
              <p class="govuk-body">
                They will get an email saying their registration is cancelled.
                @if (step.registration.status === 'confirmed') {
                  Their place goes to the first person on the waitlist, if there is one.
                }
              </p>
              <div class="govuk-form-group" [class.govuk-form-group--error]="!!stepSubmission.errors().byField['note']">
                <label class="govuk-label govuk-label--s" for="note">Reason (optional)</label>
                <div class="govuk-hint" id="note-hint">Included in the email to them</div>
                @if (stepSubmission.errors().byField['note']; as message) {
                  <p class="govuk-error-message" id="note-error">
                    <span class="govuk-visually-hidden">Error:</span> {{ message }}
                  </p>
                }
                <textarea
                  class="govuk-textarea"
                  [class.govuk-textarea--error]="!!stepSubmission.errors().byField['note']"
                  id="note"
                  name="note"
                  rows="3"
                  [formControl]="note"
                  [attr.aria-describedby]="'note-hint' + (stepSubmission.errors().byField['note'] ? ' note-error' : '')"
                ></textarea>
              </div>
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button govuk-button--warning"
                  [disabled]="busy()"
                  (click)="cancel(step.registration)"
                >
                  Yes, cancel the registration
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" (click)="stopActing()">
                  No, keep it
                </button>
              </div>
            }
            @case ('raise') {
              <h1 class="govuk-heading-l" id="action-heading" tabindex="-1">
                Give {{ step.registration.name }} a place
              </h1>
              <div class="govuk-warning-text">
                <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                <strong class="govuk-warning-text__text">
                  <span class="govuk-visually-hidden">Warning</span>
                  {{ step.message }}
                </strong>
              </div>
              <p class="govuk-body">
                You can add one place to the event for them. Check the room or the webinar licence has space first.
              </p>
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button"
                  [disabled]="busy()"
                  (click)="promote(step.registration, true)"
                >
                  Raise the capacity by one and give them a place
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" (click)="stopActing()">
                  No, go back
                </button>
              </div>
            }
          }
        </div>
      </div>
    } @else {
      <div id="registrations-top" tabindex="-1">
        @if (notice(); as message) {
          <epm-success-banner [message]="message" testId="notice" />
        }
        <span class="govuk-caption-l">{{ eventTitle() }}</span>
        <h1 class="govuk-heading-l" id="registrations-heading" tabindex="-1">Registrations</h1>
      </div>
      @if (countTexts(); as counts) {
        <dl class="govuk-summary-list" data-testid="registration-counts">
          @for (status of statuses; track status) {
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{{ statusLabels[status].plural }}</dt>
              <dd class="govuk-summary-list__value" [attr.data-testid]="'count-' + status">{{ counts[status] }}</dd>
              <dd class="govuk-summary-list__actions">
                <a class="govuk-link" routerLink="." [queryParams]="{ status: status }"
                  >Show<span class="govuk-visually-hidden">
                    people {{ statusLabels[status].plural.toLowerCase() }}</span
                  ></a
                >
              </dd>
            </div>
          }
        </dl>
      }
      <div class="govuk-button-group">
        <a class="govuk-button" [routerLink]="['/organiser/events', eventId(), 'registrations', 'new']">Add someone</a>
        <a
          class="govuk-button govuk-button--secondary"
          [routerLink]="['/organiser/events', eventId(), 'messages', 'new']"
          >Message registrants</a
        >
        <a class="govuk-link" [href]="csvUrl()" download data-testid="csv-link">Download as CSV</a>
      </div>

      <form [formGroup]="filters" (ngSubmit)="applyFilters()" novalidate data-testid="registration-filters">
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
          <div class="govuk-grid-column-two-thirds">
            <div class="govuk-form-group">
              <label class="govuk-label" for="q">Name, email address or organisation</label>
              <input class="govuk-input" id="q" name="q" type="search" formControlName="q" spellcheck="false" />
            </div>
          </div>
        </div>
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button govuk-button--secondary">Apply filters</button>
          @if (statusFilter() || q()) {
            <a class="govuk-link" routerLink="." [queryParams]="{}">Show everyone</a>
          }
        </div>
      </form>

      @if (listValue(); as list) {
        @if (list.items.length === 0) {
          <div class="govuk-inset-text" data-testid="registrations-empty">
            {{ statusFilter() || q() ? 'Nobody matches these filters.' : 'Nobody has registered yet.' }}
          </div>
        } @else {
          <table class="govuk-table govuk-table--small-text-until-tablet" data-testid="registrations-table">
            <caption class="govuk-table__caption govuk-table__caption--m">
              {{
                caption()
              }}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Name</th>
                <th scope="col" class="govuk-table__header">Organisation</th>
                <th scope="col" class="govuk-table__header">Job title</th>
                <th scope="col" class="govuk-table__header">Status</th>
                <th scope="col" class="govuk-table__header">Registered (UK time)</th>
                <th scope="col" class="govuk-table__header">Needs</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (registration of list.items; track registration.id) {
                <tr class="govuk-table__row" [attr.data-testid]="'registration-' + registration.id">
                  <th scope="row" class="govuk-table__header">
                    {{ registration.name }}<br /><span class="govuk-body-s">{{ registration.email }}</span>
                    @if (registration.source === 'organiser') {
                      <br /><span class="govuk-body-s">Added by an organiser</span>
                    }
                  </th>
                  <td class="govuk-table__cell">
                    @let organisation = organisationOf(registration);
                    {{ organisation.name }}<br /><span class="govuk-body-s">{{ organisation.kind }}</span>
                  </td>
                  <td class="govuk-table__cell">{{ registration.jobTitle }}</td>
                  <td class="govuk-table__cell">
                    <strong class="govuk-tag" [class]="statusLabels[registration.status].tag" data-testid="status">{{
                      statusLabels[registration.status].label
                    }}</strong>
                    @if (registration.status === 'waitlisted' && registration.waitlistPosition !== null) {
                      <br /><span class="govuk-body-s" data-testid="waitlist-position"
                        >Number {{ registration.waitlistPosition }} in line</span
                      >
                    }
                  </td>
                  <td class="govuk-table__cell">
                    {{ registration.createdAt | uk: 'short-date' }}, {{ registration.createdAt | uk: 'time' }}
                  </td>
                  <td class="govuk-table__cell">
                    @let needs = needsOf(registration);
                    {{ needs.length > 0 ? needs.join(', ') : 'None' }}
                  </td>
                  <td class="govuk-table__cell">
                    <ul class="govuk-list govuk-!-margin-bottom-0">
                      @for (action of actionsFor(registration.status); track action) {
                        <li>
                          <button
                            type="button"
                            class="epm-link-button govuk-!-text-align-left"
                            [disabled]="busy()"
                            (click)="start(action, registration)"
                          >
                            {{ actionLabels[action]
                            }}<span class="govuk-visually-hidden"> {{ registration.name }}</span>
                          </button>
                        </li>
                      }
                    </ul>
                  </td>
                </tr>
              }
            </tbody>
          </table>
          <epm-pagination [page]="pageNumber()" [pages]="pages()" label="Pages of registrations" />
        }
      }
    }
  `,
})
export class OrganiserRegistrationsPage implements OnInit {
  readonly eventId = input.required<string>();
  /** Query string: the status shown, a search, the page. */
  readonly status = input<string>();
  readonly q = input<string>();
  readonly page = input<string>();

  private readonly api = inject(OrganiserRegistrationsApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly statuses = REGISTRATION_STATUSES;
  protected readonly statusLabels = ORGANISER_STATUS_LABELS;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly actionsFor = actionsFor;
  protected readonly organisationOf = organisationOf;
  protected readonly needsOf = needsOf;

  protected readonly statusFilter = computed(() => {
    const status = this.status();
    return isStatus(status) ? status : undefined;
  });
  protected readonly search = computed(() => this.q()?.trim() ?? '');
  protected readonly pageNumber = computed(() => Math.max(1, Math.floor(Number(this.page() ?? 1)) || 1));
  protected readonly event = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventTitle = computed(() => loaded(this.event)?.title ?? '');
  protected readonly registrations = resource({
    params: () => ({
      eventId: Number(this.eventId()),
      status: this.statusFilter(),
      q: this.search() || undefined,
      page: this.pageNumber(),
    }),
    loader: ({ params: { eventId, ...query } }) => this.api.list(eventId, query),
  });
  protected readonly listValue = computed(() => loaded(this.registrations));
  /** What each count says: confirmed against capacity, the others as numbers. */
  protected readonly countTexts = computed<Record<RegistrationStatus, string> | undefined>(() => {
    const counts = this.listValue()?.counts;
    if (!counts) return undefined;
    return {
      confirmed: confirmedOfCapacity(counts),
      waitlisted: String(counts.waitlisted),
      pending: String(counts.pending),
      declined: String(counts.declined),
      cancelled: String(counts.cancelled),
    };
  });
  protected readonly pages = computed(() => {
    const list = this.listValue();
    return list ? Math.ceil(list.total / list.pageSize) : 0;
  });
  protected readonly caption = computed(() => {
    const list = this.listValue();
    if (!list) return '';
    const status = this.statusFilter();
    const what = status ? ` ${this.statusLabels[status].plural.toLowerCase()}` : '';
    const count = list.total === 1 ? `1 person${what}` : `${list.total} people${what}`;
    const search = this.search() ? ` matching ‘${this.search()}’` : '';
    const pageText = this.pages() > 1 ? ` (page ${this.pageNumber()} of ${this.pages()})` : '';
    return `${count}${search}${pageText}`;
  });
  protected readonly csvUrl = computed(() => this.api.csvUrl(Number(this.eventId())));

  protected readonly acting = signal<Acting | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly note = new FormControl('', { nonNullable: true });
  /** Failures of the decline, cancel and raise steps: a message or reason too long lands on its box. */
  protected readonly stepSubmission = new FormSubmission(['note'], 'action-heading', (path) =>
    path === 'message' || path === 'reason' ? 'note' : path,
  );
  /** Failures of the one-click actions in the table (approve, give a place). */
  protected readonly rowSubmission = new FormSubmission([], 'registrations-heading');
  protected readonly busy = computed(() => this.stepSubmission.busy() || this.rowSubmission.busy());
  protected readonly errors = computed(() =>
    this.acting() ? this.stepSubmission.errors().summary : this.rowSubmission.errors().summary,
  );
  protected readonly filters = new FormGroup({
    status: new FormControl('', { nonNullable: true }),
    q: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    // The add-someone page comes back here saying what happened.
    const notice: unknown = this.router.currentNavigation()?.extras.state?.['notice'];
    if (typeof notice === 'string') this.notice.set(notice);
    // News of a change belongs to the list it was made on: a new filter or page clears it.
    let first = true;
    effect(() => {
      this.statusFilter();
      this.search();
      this.pageNumber();
      if (first) first = false;
      else untracked(() => this.notice.set(null));
    });
  }

  ngOnInit(): void {
    this.filters.setValue({ status: this.statusFilter() ?? '', q: this.q() ?? '' });
  }

  protected applyFilters(): void {
    const { status, q } = this.filters.getRawValue();
    void this.router.navigate([], { queryParams: { status: status || null, q: q.trim() || null, page: null } });
  }

  protected start(action: RegistrationAction, registration: RegistrationResponse): void {
    this.notice.set(null);
    this.rowSubmission.errors.set(NO_ERRORS);
    this.stepSubmission.errors.set(NO_ERRORS);
    switch (action) {
      case 'approve':
        void this.approve(registration);
        return;
      case 'promote':
        void this.promote(registration, false);
        return;
      case 'decline':
      case 'cancel':
        this.note.setValue('');
        this.acting.set({ kind: action, registration });
        this.focusAfterRender('action-heading');
        return;
    }
  }

  protected stopActing(): void {
    this.acting.set(null);
    this.stepSubmission.errors.set(NO_ERRORS);
    this.focusAfterRender('registrations-heading');
  }

  protected async approve(registration: RegistrationResponse): Promise<void> {
    const result: { value?: RegistrationResponse } = {};
    const failed = await this.rowSubmission.run(async () => (result.value = await this.api.approve(registration.id)));
    if (failed || !result.value) return;
    this.done(
      result.value.status === 'waitlisted'
        ? `${registration.name} is approved, but the event is full: they are number ${result.value.waitlistPosition ?? ''} on the waitlist.`
        : `${registration.name} is approved and has a place.`,
    );
  }

  protected async promote(registration: RegistrationResponse, raiseCapacity: boolean): Promise<void> {
    const submission = raiseCapacity ? this.stepSubmission : this.rowSubmission;
    const outcome: { full?: string } = {};
    const failed = await submission.run(async () => {
      try {
        await this.api.promote(registration.id, raiseCapacity);
      } catch (error) {
        // Full is not a failure to show but a question to ask: raise the capacity?
        if (!raiseCapacity && error instanceof HttpErrorResponse && error.status === 409) {
          outcome.full = apiErrorOf(error)?.message || 'The event is full.';
          return;
        }
        throw error;
      }
    });
    if (failed) return;
    if (outcome.full !== undefined) {
      this.acting.set({ kind: 'raise', registration, message: outcome.full });
      this.focusAfterRender('action-heading');
      return;
    }
    this.done(
      raiseCapacity
        ? `The event has one more place, and ${registration.name} has it.`
        : `${registration.name} has a place now.`,
    );
  }

  protected async decline(registration: RegistrationResponse): Promise<void> {
    const failed = await this.stepSubmission.run(() => this.api.decline(registration.id, this.note.value));
    if (!failed) this.done(`${registration.name}'s request is declined.`);
  }

  protected async cancel(registration: RegistrationResponse): Promise<void> {
    const waiting = this.listValue()?.counts.waitlisted ?? 0;
    const failed = await this.stepSubmission.run(() => this.api.cancel(registration.id, this.note.value));
    if (failed) return;
    const passedOn =
      registration.status === 'confirmed' && waiting > 0
        ? ' Their place went to the first person on the waitlist.'
        : '';
    this.done(`${registration.name}'s registration is cancelled.${passedOn}`);
  }

  /** After a change: say what happened, show the list again with fresh counts, and put focus on the news. */
  private done(message: string): void {
    this.acting.set(null);
    this.notice.set(message);
    this.registrations.reload();
    this.focusAfterRender('registrations-top');
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}

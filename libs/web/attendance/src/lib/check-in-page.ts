import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  input,
  type OnInit,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AttendanceCounts, AttendanceEntry, CheckInResponse, RegistrationStatus } from '@epm/shared/contracts';
import {
  apiErrorOf,
  ErrorSummary,
  type FieldError,
  FormSubmission,
  formatUk,
  loaded,
  NO_ERRORS,
  SuccessBanner,
} from '@epm/web/ui';
import { AttendanceApi } from './attendance-api.service';
import {
  checkedInText,
  CODE_FORMAT_MESSAGE,
  filterPeople,
  isCheckInCode,
  matchesText,
  normaliseCode,
  withEntry,
} from './check-in-model';
import { QrScanner } from './qr-scanner';

const NOT_CONFIRMED_LABELS: Record<RegistrationStatus, string> = {
  confirmed: 'confirmed',
  waitlisted: 'on the waitlist',
  pending: 'awaiting approval',
  declined: 'declined',
  cancelled: 'cancelled',
};

/** How often the list is fetched again, so several people checking in at one door see each other's taps. */
export const REFRESH_MS = 30_000;

/**
 * Check-in at the door, on a phone or tablet: live counts, the QR code from
 * the confirmation email (scanned or typed), a search that filters the list
 * as you type, one tap to check someone in and one to undo, and walk-ins.
 */
@Component({
  selector: 'epm-check-in-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner, QrScanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/organiser/events', eventId()]">Back to the event</a>
    <epm-error-summary [errors]="errorSummary()" />
    @if (event.error() || loadFailed()) {
      <h1 class="govuk-heading-l">Check-in not found</h1>
      <p class="govuk-body">The event does not exist, or it is not one of your organisation's events.</p>
    } @else {
      <div id="check-in-top" tabindex="-1">
        @if (notice(); as message) {
          <epm-success-banner [message]="message" testId="notice" />
        }
      </div>
      <span class="govuk-caption-l">{{ eventValue()?.title }}</span>
      <h1 class="govuk-heading-l govuk-!-margin-bottom-2" id="check-in-heading" tabindex="-1">Check in</h1>
      <p class="govuk-body-l epm-check-in-counts" aria-live="polite" aria-atomic="true" data-testid="check-in-counts">
        {{ countsText() }}
      </p>

      @if (closed(); as reason) {
        <div class="govuk-inset-text" data-testid="check-in-closed">{{ reason }}</div>
      } @else {
        <epm-qr-scanner (scanned)="checkInByCode($event)" />

        <form [formGroup]="codeForm" (ngSubmit)="checkInByCode(code.value)" novalidate data-testid="code-form">
          <div class="govuk-form-group govuk-!-margin-bottom-4" [class.govuk-form-group--error]="!!codeError()">
            <h2 class="govuk-label-wrapper">
              <label class="govuk-label govuk-label--m" for="code">Check in by code</label>
            </h2>
            <div class="govuk-hint" id="code-hint">8 letters and numbers from the email, like K7MX 3QPA</div>
            @if (codeError(); as message) {
              <p class="govuk-error-message" id="code-error">
                <span class="govuk-visually-hidden">Error:</span> {{ message }}
              </p>
            }
            <input
              class="govuk-input govuk-input--width-10 epm-code-input"
              [class.govuk-input--error]="!!codeError()"
              id="code"
              name="code"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              [attr.aria-describedby]="'code-hint' + (codeError() ? ' code-error' : '')"
              formControlName="code"
            />
          </div>
          <button type="submit" class="govuk-button epm-big-button" [disabled]="busy()">
            Check in<span class="govuk-visually-hidden"> by code</span>
          </button>
        </form>

        <p class="govuk-body">
          <a
            class="govuk-link govuk-link--no-visited-state"
            [routerLink]="['/organiser/events', eventId(), 'check-in', 'walk-in']"
            data-testid="walk-in-link"
            >Add someone who did not register (a walk-in)</a
          >
        </p>
      }

      <h2 class="govuk-heading-m" id="people-heading">People expected</h2>
      <div class="govuk-form-group">
        <label class="govuk-label" for="search">Search by name or organisation</label>
        <input
          class="govuk-input epm-search-input"
          id="search"
          name="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          [formControl]="search"
        />
      </div>
      <p class="govuk-visually-hidden" aria-live="polite" aria-atomic="true">{{ searchAnnouncement() }}</p>

      @if (people(); as everyone) {
        @if (shown().length === 0) {
          <p class="govuk-body" data-testid="nobody">
            {{ everyone.length === 0 ? 'Nobody has a confirmed place yet.' : 'Nobody matches that search.' }}
          </p>
        } @else {
          <ul class="epm-check-in-list" aria-labelledby="people-heading" data-testid="check-in-list">
            @for (person of shown(); track person.registrationId) {
              <li class="epm-check-in-card" [attr.data-testid]="'person-' + person.registrationId">
                <div class="epm-check-in-card__who">
                  <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{{ person.name }}</p>
                  <p class="govuk-body-s govuk-!-margin-bottom-0">{{ person.organisation }}</p>
                  @if (rowError()?.id === person.registrationId) {
                    <p class="govuk-error-message govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-testid="row-error">
                      <span class="govuk-visually-hidden">Error:</span> {{ rowError()?.message }}
                    </p>
                  }
                </div>
                <div class="epm-check-in-card__action">
                  @if (person.attendance === 'attended') {
                    <p class="govuk-body-s govuk-!-margin-bottom-2" data-testid="checked-in">
                      <strong class="govuk-tag govuk-tag--green">{{ attendedText(person) }}</strong>
                    </p>
                    @if (!closed()) {
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary epm-big-button"
                        [id]="'undo-' + person.registrationId"
                        [disabled]="busy()"
                        (click)="undo(person)"
                      >
                        Undo<span class="govuk-visually-hidden"> check-in for {{ person.name }}</span>
                      </button>
                    }
                  } @else if (person.registrationStatus !== 'confirmed') {
                    <p class="govuk-body-s govuk-!-margin-bottom-0">
                      Not confirmed ({{ statusLabels[person.registrationStatus] }}): give them a place on the
                      registrations page first
                    </p>
                  } @else if (!closed()) {
                    @if (person.attendance === 'no-show') {
                      <p class="govuk-body-s govuk-!-margin-bottom-2">Recorded as a no-show</p>
                    }
                    <button
                      type="button"
                      class="govuk-button epm-big-button"
                      [id]="'check-in-' + person.registrationId"
                      [disabled]="busy()"
                      (click)="checkIn(person)"
                    >
                      Check in<span class="govuk-visually-hidden"> {{ person.name }}</span>
                    </button>
                  }
                </div>
              </li>
            }
          </ul>
        }
      } @else {
        <p class="govuk-body">Loading the list…</p>
      }
      <p class="govuk-body">
        <a
          class="govuk-link"
          [routerLink]="['/organiser/events', eventId(), 'attendance']"
          data-testid="attendance-link"
          >See and change the attendance record, or import a report</a
        >
      </p>
    }
  `,
})
export class CheckInPage implements OnInit {
  readonly eventId = input.required<string>();

  private readonly api = inject(AttendanceApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly event = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventValue = computed(() => loaded(this.event));
  /** Only a published (or completed) event has anyone to check in: the API refuses drafts and cancelled events. */
  protected readonly closed = computed(() => {
    const status = this.eventValue()?.status;
    if (status === 'draft') return 'Nobody can be checked in until the event is published.';
    if (status === 'cancelled') return 'The event is cancelled, so nobody can be checked in.';
    return null;
  });

  protected readonly statusLabels = NOT_CONFIRMED_LABELS;
  protected readonly people = signal<AttendanceEntry[] | null>(null);
  protected readonly counts = signal<AttendanceCounts | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly countsText = computed(() => {
    const counts = this.counts();
    return counts ? checkedInText(counts) : '';
  });

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly query = toSignal(this.search.valueChanges, { initialValue: '' });
  protected readonly shown = computed(() => filterPeople(this.people() ?? [], this.query()));
  protected readonly searchAnnouncement = computed(() =>
    matchesText(this.shown().length, this.people()?.length ?? 0, this.query()),
  );

  protected readonly code = new FormControl('', { nonNullable: true });
  protected readonly codeForm = new FormGroup({ code: this.code });
  protected readonly codeSubmission = new FormSubmission(['code'], 'code');
  protected readonly codeError = computed(() => this.codeSubmission.errors().byField['code']);
  /** A tap in the list that failed: shown in the summary and in that person's row. */
  protected readonly rowError = signal<{ id: number; field: string; message: string } | null>(null);
  private readonly rowBusy = signal(false);
  protected readonly busy = computed(() => this.rowBusy() || this.codeSubmission.busy());
  protected readonly errorSummary = computed<FieldError[]>(() => {
    const row = this.rowError();
    if (row) return [{ field: row.field, message: row.message }];
    return this.codeSubmission.errors().summary;
  });
  protected readonly notice = signal<string | null>(null);
  /** Bumped by every change made here, so a refresh that started earlier cannot put back what it replaced. */
  private generation = 0;

  constructor() {
    // The walk-in page comes back here saying who was added.
    const notice: unknown = this.router.currentNavigation()?.extras.state?.['notice'];
    if (typeof notice === 'string') this.notice.set(notice);
    const timer = setInterval(() => {
      if (this.document.visibilityState === 'visible') void this.refresh();
    }, REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  ngOnInit(): void {
    void this.refresh();
  }

  protected attendedText(person: AttendanceEntry): string {
    return person.checkedInAt ? `Checked in ${formatUk(person.checkedInAt, 'time')}` : 'Attended';
  }

  protected async checkIn(person: AttendanceEntry): Promise<void> {
    const response = await this.act(person, () =>
      this.api.checkIn(Number(this.eventId()), { registrationId: person.registrationId }),
    );
    if (response) this.focusAfterRender(`undo-${person.registrationId}`);
  }

  protected async undo(person: AttendanceEntry): Promise<void> {
    const response = await this.act(person, () => this.api.undo(Number(this.eventId()), person.registrationId));
    if (response) this.focusAfterRender(`check-in-${person.registrationId}`);
  }

  protected async checkInByCode(value: string): Promise<void> {
    this.clearMessages();
    const code = normaliseCode(value);
    if (!isCheckInCode(code)) {
      this.codeSubmission.errors.set({
        summary: [{ field: 'code', message: CODE_FORMAT_MESSAGE }],
        byField: { code: CODE_FORMAT_MESSAGE },
      });
      return;
    }
    const result: { response?: CheckInResponse } = {};
    const failed = await this.codeSubmission.run(async () => {
      result.response = await this.api.checkIn(Number(this.eventId()), { code });
    });
    const response = result.response;
    if (failed || !response) return;
    const before = this.people()?.find((person) => person.registrationId === response.entry.registrationId);
    this.apply(response);
    this.code.setValue('');
    const who = response.entry.organisation
      ? `${response.entry.name} (${response.entry.organisation})`
      : response.entry.name;
    this.notice.set(
      before?.attendance === 'attended' && before.checkedInAt
        ? `${who} was already checked in, at ${formatUk(before.checkedInAt, 'time')}.`
        : `${who} is checked in.`,
    );
  }

  private async act(person: AttendanceEntry, request: () => Promise<CheckInResponse>): Promise<CheckInResponse | null> {
    this.clearMessages();
    this.rowBusy.set(true);
    try {
      const response = await request();
      this.apply(response);
      return response;
    } catch (error) {
      this.rowError.set({
        id: person.registrationId,
        // The button that failed is still there: the summary's link goes back to it.
        field: `${person.attendance === 'attended' ? 'undo' : 'check-in'}-${person.registrationId}`,
        message: apiErrorOf(error)?.message ?? 'Something went wrong. Try again.',
      });
      return null;
    } finally {
      this.rowBusy.set(false);
    }
  }

  private apply(response: CheckInResponse): void {
    this.generation++;
    this.people.update((people) => withEntry(people ?? [], response.entry));
    this.counts.set(response.counts);
  }

  private clearMessages(): void {
    this.notice.set(null);
    this.rowError.set(null);
    this.codeSubmission.errors.set(NO_ERRORS);
  }

  private async refresh(): Promise<void> {
    const started = this.generation;
    try {
      const list = await this.api.list(Number(this.eventId()));
      if (started !== this.generation) return;
      this.people.set(list.items);
      this.counts.set(list.counts);
      this.loadFailed.set(false);
    } catch {
      // A refresh that fails at a door with poor signal keeps what is on screen; only the first load says so.
      if (this.people() === null) this.loadFailed.set(true);
    }
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}

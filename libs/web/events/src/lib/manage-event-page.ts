import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  OUTCOME_EVENT_STATUSES,
  OUTCOME_KIND_LABELS,
  OUTCOME_STATUS_LABELS,
  type OutcomeListResponse,
  outcomePromptDue,
  type RegistrationListResponse,
} from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, loaded, SuccessBanner, UkTimePipe } from '@epm/web/ui';
import { EventsApi } from './events-api.service';
import { firstValueFrom } from 'rxjs';
import { STATUS_LABELS, TYPE_LABELS } from './labels';

type Confirming = 'publish' | 'cancel' | null;

/** An organiser's view of one event: its state, and what can be done with it next. */
@Component({
  selector: 'epm-manage-event-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/organiser">Back to your events</a>
    <epm-error-summary [errors]="submission.errors().summary" />
    @if (event.error()) {
      <h1 class="govuk-heading-l">Event not found</h1>
    } @else if (eventValue(); as item) {
      @if (notice(); as message) {
        <epm-success-banner [message]="message" testId="notice" />
      }
      @if (outcomePrompt()) {
        <div
          class="govuk-notification-banner"
          role="region"
          aria-labelledby="outcome-prompt-title"
          data-testid="outcome-prompt"
        >
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="outcome-prompt-title">Important</h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">
              This {{ typeLabels[item.type].toLowerCase() }} is complete. Record what it led to, so the review sees it.
              <a
                class="govuk-notification-banner__link"
                routerLink="/organiser/outcomes/new"
                [queryParams]="{ eventId: item.id }"
                >Record an outcome</a
              >
            </p>
          </div>
        </div>
      }
      <span class="govuk-caption-l">{{ typeLabels[item.type] }}</span>
      <h1 class="govuk-heading-l">{{ item.title }}</h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Status</dt>
          <dd class="govuk-summary-list__value">
            <strong class="govuk-tag" [class]="statusLabels[item.status].tag" data-testid="event-status">{{
              statusLabels[item.status].label
            }}</strong>
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">When (UK time)</dt>
          <dd class="govuk-summary-list__value" data-testid="manage-when">
            {{ item.startsAt | uk: 'range' : item.endsAt }}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Calendar version</dt>
          <dd class="govuk-summary-list__value">
            {{ item.sequence }} (grows when registrants need to update their calendars)
          </dd>
        </div>
      </dl>

      @if (confirming() === 'publish') {
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            Publishing shows the event in the public programme and calendar feed.
          </strong>
        </div>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" (click)="run('publish', 'The event is published.')">
            Yes, publish the event
          </button>
          <button type="button" class="govuk-button govuk-button--secondary" (click)="confirming.set(null)">
            No, go back
          </button>
        </div>
      } @else if (confirming() === 'cancel') {
        <div class="govuk-form-group" [class.govuk-form-group--error]="!!submission.errors().byField['reason']">
          <label class="govuk-label govuk-label--s" for="reason">Why is the event cancelled?</label>
          <div class="govuk-hint" id="reason-hint">Registrants and the public page will show this</div>
          @if (submission.errors().byField['reason']; as message) {
            <p class="govuk-error-message" id="reason-error">
              <span class="govuk-visually-hidden">Error:</span> {{ message }}
            </p>
          }
          <textarea
            class="govuk-textarea"
            id="reason"
            name="reason"
            rows="3"
            [formControl]="reason"
            [attr.aria-describedby]="'reason-hint' + (submission.errors().byField['reason'] ? ' reason-error' : '')"
          ></textarea>
        </div>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button govuk-button--warning" (click)="cancelEvent()">
            Cancel the event
          </button>
          <button type="button" class="govuk-button govuk-button--secondary" (click)="confirming.set(null)">
            No, keep it
          </button>
        </div>
      } @else {
        <div class="govuk-button-group">
          @if (item.status !== 'cancelled' && item.status !== 'completed') {
            <a class="govuk-button" [routerLink]="['/organiser/events', item.id, 'edit']">Change</a>
          }
          @if (item.status === 'draft') {
            <button type="button" class="govuk-button" (click)="confirming.set('publish')">Publish</button>
          }
          <button type="button" class="govuk-button govuk-button--secondary" (click)="duplicate()">Duplicate</button>
          @if (item.status !== 'cancelled' && item.status !== 'completed') {
            <button type="button" class="govuk-button govuk-button--warning" (click)="confirming.set('cancel')">
              Cancel event
            </button>
          }
        </div>
        <p class="govuk-body">
          <a
            class="govuk-link"
            [routerLink]="['/organiser/events', item.id, 'registrations']"
            data-testid="registrations-link"
            >Registrations{{ registrationsSummary() }}</a
          >
        </p>
        @if (item.status !== 'draft') {
          <p class="govuk-body">
            <a class="govuk-link" [routerLink]="['/organiser/events', item.id, 'check-in']" data-testid="check-in-link"
              >Check-in at the door</a
            >
          </p>
          <p class="govuk-body">
            <a
              class="govuk-link"
              [routerLink]="['/organiser/events', item.id, 'attendance']"
              data-testid="attendance-link"
              >Attendance</a
            >
          </p>
        }
        @if (item.status !== 'cancelled') {
          <p class="govuk-body">
            <a class="govuk-link" [routerLink]="['/organiser/events', item.id, 'feedback']" data-testid="feedback-link"
              >Feedback: the form, and the answers after the event</a
            >
          </p>
        }
        @if (item.status !== 'draft') {
          <p class="govuk-body"><a class="govuk-link" [routerLink]="['/events', item.id]">See the public page</a></p>
        }
        @if (outcomeStatuses.includes(item.status)) {
          <h2 class="govuk-heading-m">Outcomes</h2>
          @if (outcomesValue(); as list) {
            @if (list.items.length > 0) {
              <ul class="govuk-list govuk-list--bullet" data-testid="event-outcomes">
                @for (outcome of list.items; track outcome.id) {
                  <li>
                    <a class="govuk-link" [routerLink]="['/organiser/outcomes', outcome.id, 'edit']">{{
                      outcome.title
                    }}</a>
                    ({{ outcomeKindLabels[outcome.kind] }}, {{ outcomeStatusLabels[outcome.status].toLowerCase() }})
                  </li>
                }
              </ul>
            } @else {
              <p class="govuk-body">No outcomes recorded yet.</p>
            }
          }
          <p class="govuk-body">
            <a class="govuk-link" routerLink="/organiser/outcomes/new" [queryParams]="{ eventId: item.id }"
              >Record an outcome of this event</a
            >
          </p>
        }
      }
    }
  `,
})
export class ManageEventPage {
  readonly id = input.required<string>();
  private readonly api = inject(EventsApi);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly event = resource({
    params: () => Number(this.id()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventValue = computed(() => loaded(this.event));
  /** Only the counts, for the link to the registrations page (which belongs to the registrations library). */
  private readonly registrations = resource({
    params: () => Number(this.id()),
    loader: ({ params }) =>
      firstValueFrom(
        this.http.get<RegistrationListResponse>(`/api/events/${params}/registrations`, { params: { pageSize: 1 } }),
      ),
  });
  protected readonly registrationsSummary = computed(() => {
    const counts = loaded(this.registrations)?.counts;
    if (!counts) return '';
    const places = counts.capacity === null ? 'unlimited places' : `${counts.capacity} places`;
    const waiting = counts.pending > 0 ? `, ${counts.pending} awaiting approval` : '';
    return ` (${counts.confirmed} confirmed of ${places}${waiting})`;
  });
  /** What the event led to, from the outcomes library's API (the outcome log and its form live there). */
  private readonly outcomes = resource({
    params: () => Number(this.id()),
    loader: ({ params }) =>
      firstValueFrom(
        this.http.get<OutcomeListResponse>('/api/outcomes', { params: { eventId: params, pageSize: 50 } }),
      ),
  });
  protected readonly outcomesValue = computed(() => loaded(this.outcomes));
  protected readonly outcomeStatuses = OUTCOME_EVENT_STATUSES;
  protected readonly outcomeKindLabels = OUTCOME_KIND_LABELS;
  protected readonly outcomeStatusLabels = OUTCOME_STATUS_LABELS;
  /** A completed roundtable or consultation with nothing recorded yet prompts for its outcomes. */
  protected readonly outcomePrompt = computed(() => {
    const event = this.eventValue();
    const outcomes = this.outcomesValue();
    return !!event && !!outcomes && outcomePromptDue(event, outcomes.total);
  });
  protected readonly confirming = signal<Confirming>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly submission = new FormSubmission(['reason'], 'reason');

  protected async run(action: 'publish', message: string): Promise<void> {
    const failed = await this.submission.run(async () => this.event.set(await this.api.act(Number(this.id()), action)));
    this.confirming.set(null);
    if (!failed) this.notice.set(message);
  }

  protected async cancelEvent(): Promise<void> {
    const failed = await this.submission.run(async () =>
      this.event.set(await this.api.cancel(Number(this.id()), this.reason.value)),
    );
    if (!failed) {
      this.confirming.set(null);
      this.notice.set('The event is cancelled.');
    }
  }

  protected async duplicate(): Promise<void> {
    await this.submission.run(async () => {
      const copy = await this.api.act(Number(this.id()), 'duplicate');
      await this.router.navigate(['/organiser/events', copy.id, 'edit']);
    });
  }
}

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
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '@epm/shared/contracts';
import { ErrorSummary, formErrorsFrom, FormSubmission, loaded, SuccessBanner } from '@epm/web/ui';
import { BODY_MAX, charactersLeft, MESSAGE_FIELDS, messageProblems, SUBJECT_MAX } from './organiser-message-form';
import { ORGANISER_STATUS_LABELS, people, recipientCount } from './organiser-registration-labels';
import { OrganiserRegistrationsApi } from './organiser-registrations-api.service';

/** Screen readers hear the characters left once typing pauses, as GOV.UK's character count does, not every key. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * A message from the organisers to everyone registered with the chosen
 * statuses (a room change, joining instructions): written, confirmed with the
 * number of people it goes to, then queued in the outbox.
 */
@Component({
  selector: 'epm-organiser-message-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="listLink()">Back to registrations</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        @if (event.error() || registrations.error()) {
          <h1 class="govuk-heading-l">Event not found</h1>
        } @else if (queued() !== null) {
          <div id="message-top" tabindex="-1">
            <epm-success-banner [message]="queuedText()" testId="notice" />
          </div>
          <span class="govuk-caption-l">{{ eventTitle() }}</span>
          <h1 class="govuk-heading-l">Message registrants</h1>
          <p class="govuk-body">They are in the outbox, which sends them one by one.</p>
          <ul class="govuk-list">
            <li><a class="govuk-link" [routerLink]="listLink()">Back to registrations</a></li>
            <li><a class="govuk-link" routerLink="/admin/outbox">See the messages in the outbox</a></li>
            <li>
              <button type="button" class="epm-link-button" (click)="writeAnother()">Write another message</button>
            </li>
          </ul>
        } @else if (confirming()) {
          <span class="govuk-caption-l">{{ eventTitle() }}</span>
          <h1 class="govuk-heading-l" id="message-top" tabindex="-1">
            Send this message to {{ people(recipients()) }}?
          </h1>
          <dl class="govuk-summary-list" data-testid="message-check">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">To</dt>
              <dd class="govuk-summary-list__value">
                <ul class="govuk-list govuk-!-margin-bottom-0">
                  @for (status of chosen(); track status) {
                    <li>{{ statusLabels[status].plural }}: {{ people(counts()?.[status] ?? 0) }}</li>
                  }
                </ul>
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Subject</dt>
              <dd class="govuk-summary-list__value">{{ form.controls.subject.value }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Message</dt>
              <dd class="govuk-summary-list__value">
                @for (paragraph of paragraphs(); track $index) {
                  <p class="govuk-body">{{ paragraph }}</p>
                }
              </dd>
            </div>
          </dl>
          <p class="govuk-body">Each person gets their own email: nobody sees who else it went to.</p>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button" [disabled]="submission.busy()" (click)="send()">
              Send to {{ people(recipients()) }}
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" (click)="change()">
              Change the message
            </button>
          </div>
        } @else {
          <span class="govuk-caption-l">{{ eventTitle() }}</span>
          <h1 class="govuk-heading-l" id="message-top" tabindex="-1">Message registrants</h1>
          <form [formGroup]="form" (ngSubmit)="check()" novalidate data-testid="message-form">
            <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors().byField['statuses']">
              <fieldset
                class="govuk-fieldset"
                [attr.aria-describedby]="'statuses-hint' + (errors().byField['statuses'] ? ' statuses-error' : '')"
              >
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who should get it?</legend>
                <div class="govuk-hint" id="statuses-hint">Select all that apply</div>
                @if (errors().byField['statuses']; as message) {
                  <p class="govuk-error-message" id="statuses-error">
                    <span class="govuk-visually-hidden">Error:</span> {{ message }}
                  </p>
                }
                <div class="govuk-checkboxes govuk-checkboxes--small" formGroupName="statuses">
                  @for (status of statuses; track status; let first = $first) {
                    <div class="govuk-checkboxes__item">
                      <input
                        class="govuk-checkboxes__input"
                        [id]="first ? 'statuses' : 'statuses-' + status"
                        type="checkbox"
                        [formControlName]="status"
                      />
                      <label
                        class="govuk-label govuk-checkboxes__label"
                        [for]="first ? 'statuses' : 'statuses-' + status"
                        >{{ statusLabels[status].plural }} ({{ counts()?.[status] ?? 0 }})</label
                      >
                    </div>
                  }
                </div>
              </fieldset>
            </div>

            <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors().byField['subject']">
              <label class="govuk-label govuk-label--s" for="subject">Subject</label>
              <div class="govuk-hint" id="subject-hint">Up to {{ subjectMax }} characters</div>
              @if (errors().byField['subject']; as message) {
                <p class="govuk-error-message" id="subject-error">
                  <span class="govuk-visually-hidden">Error:</span> {{ message }}
                </p>
              }
              <input
                class="govuk-input"
                [class.govuk-input--error]="!!errors().byField['subject']"
                id="subject"
                name="subject"
                type="text"
                formControlName="subject"
                [attr.aria-describedby]="'subject-hint' + (errors().byField['subject'] ? ' subject-error' : '')"
              />
            </div>

            <div
              class="govuk-form-group govuk-character-count"
              [class.govuk-form-group--error]="!!errors().byField['body']"
            >
              <label class="govuk-label govuk-label--s" for="body">Message</label>
              @if (errors().byField['body']; as message) {
                <p class="govuk-error-message" id="body-error">
                  <span class="govuk-visually-hidden">Error:</span> {{ message }}
                </p>
              }
              <textarea
                class="govuk-textarea"
                [class.govuk-textarea--error]="!!errors().byField['body'] || bodyOver()"
                id="body"
                name="body"
                rows="10"
                formControlName="body"
                [attr.aria-describedby]="'body-info' + (errors().byField['body'] ? ' body-error' : '')"
              ></textarea>
              <div id="body-info" class="govuk-hint govuk-character-count__message govuk-visually-hidden">
                You can enter up to {{ bodyMaxText }} characters
              </div>
              <div
                class="govuk-character-count__status"
                [class.govuk-hint]="!bodyOver()"
                [class.govuk-error-message]="bodyOver()"
                aria-hidden="true"
                data-testid="body-count"
              >
                {{ bodyLeft() }}
              </div>
              <div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
                {{ announced() }}
              </div>
            </div>

            <button type="submit" class="govuk-button">Continue</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class OrganiserMessagePage {
  readonly eventId = input.required<string>();

  private readonly api = inject(OrganiserRegistrationsApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly statuses = REGISTRATION_STATUSES;
  protected readonly statusLabels = ORGANISER_STATUS_LABELS;
  protected readonly people = people;
  protected readonly subjectMax = SUBJECT_MAX;
  protected readonly bodyMaxText = BODY_MAX.toLocaleString('en-GB');
  protected readonly listLink = computed(() => ['/organiser/events', this.eventId(), 'registrations']);
  protected readonly event = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventTitle = computed(() => loaded(this.event)?.title ?? '');
  /** Only the counts are needed, so one row is plenty. */
  protected readonly registrations = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.list(params, { pageSize: 1 }),
  });
  protected readonly counts = computed(() => loaded(this.registrations)?.counts);

  protected readonly form = new FormGroup({
    statuses: new FormGroup(
      Object.fromEntries(
        REGISTRATION_STATUSES.map((status) => [status, new FormControl(status === 'confirmed', { nonNullable: true })]),
      ) as Record<RegistrationStatus, FormControl<boolean>>,
    ),
    subject: new FormControl('', { nonNullable: true }),
    body: new FormControl('', { nonNullable: true }),
  });
  private readonly formValue = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly chosen = computed(() => {
    const statuses = this.formValue().statuses ?? {};
    return REGISTRATION_STATUSES.filter((status) => statuses[status]);
  });
  protected readonly recipients = computed(() => {
    const counts = this.counts();
    return counts ? recipientCount(counts, this.chosen()) : 0;
  });
  protected readonly bodyLength = computed(() => (this.formValue().body ?? '').length);
  protected readonly bodyOver = computed(() => this.bodyLength() > BODY_MAX);
  protected readonly bodyLeft = computed(() => charactersLeft(this.bodyLength(), BODY_MAX));
  protected readonly announced = signal('');
  protected readonly paragraphs = computed(() =>
    (this.formValue().body ?? '')
      .trim()
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  );

  protected readonly confirming = signal(false);
  protected readonly queued = signal<number | null>(null);
  protected readonly queuedText = computed(() =>
    this.queued() === 1 ? '1 message queued' : `${this.queued() ?? 0} messages queued`,
  );
  protected readonly submission = new FormSubmission(MESSAGE_FIELDS, 'message-top', (path) =>
    path.startsWith('statuses') ? 'statuses' : path,
  );
  protected readonly errors = this.submission.errors;

  constructor() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = this.form.controls.body.valueChanges.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => this.announced.set(this.bodyLeft()), ANNOUNCE_AFTER_MS);
    });
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(timer);
      subscription.unsubscribe();
    });
  }

  /** To the confirmation step, once the message is one the API will take. */
  protected check(): void {
    const problems = messageProblems(this.value(), this.counts());
    if (problems.length > 0) {
      this.errors.set(
        formErrorsFrom(
          {
            error: {
              statusCode: 422,
              error: '',
              message: '',
              errors: Object.fromEntries(problems.map((problem) => [problem.field, [problem.message]])),
            },
          },
          MESSAGE_FIELDS,
          'message-top',
        ),
      );
      return;
    }
    this.errors.set({ summary: [], byField: {} });
    this.confirming.set(true);
    this.focusTop();
  }

  protected change(): void {
    this.confirming.set(false);
    this.focusTop();
  }

  protected async send(): Promise<void> {
    const result: { queued?: number } = {};
    const failed = await this.submission.run(async () => {
      result.queued = (await this.api.message(Number(this.eventId()), this.value())).queued;
    });
    // A refusal sends the organiser back to the form, where the errors sit beside the fields.
    this.confirming.set(false);
    if (failed) return;
    this.queued.set(result.queued ?? 0);
    this.focusTop();
  }

  protected writeAnother(): void {
    this.form.reset();
    this.queued.set(null);
    this.focusTop();
  }

  private value() {
    const raw = this.form.getRawValue();
    return {
      statuses: REGISTRATION_STATUSES.filter((status) => raw.statuses[status]),
      subject: raw.subject.trim(),
      body: raw.body.trim(),
    };
  }

  private focusTop(): void {
    afterNextRender(() => this.document.getElementById('message-top')?.focus(), { injector: this.injector });
  }
}

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
  resource,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type ManagedRegistration, ORGANISATION_TYPE_LABELS, type RegistrationStatus } from '@epm/shared/contracts';
import {
  ErrorSummary,
  formErrorsFrom,
  FormSubmission,
  loaded,
  PageTitle,
  SuccessBanner,
  UkTimePipe,
} from '@epm/web/ui';
import { RegisterDetailsFields, type RegisterForm, registerForm } from './register-details-fields';
import {
  asApiError,
  asksDietaryNeeds,
  fromManaged,
  REGISTER_FIELDS,
  SUPPLIER_SIZE_LABELS,
  toRegistrationChange,
} from './register-form-model';
import { manageUrl, RegistrationsApi } from './registrations-api.service';

const CHANGE_FIELDS = REGISTER_FIELDS.filter((field) => field !== 'email');

type Step = 'view' | 'change' | 'cancel' | 'erase' | 'erased';

const STEP_TITLES: Record<Step, string> = {
  view: 'Your registration',
  change: 'Change your details',
  cancel: 'Cancel your registration',
  erase: 'Delete your data',
  erased: 'Your data has been deleted',
};

export const STATUS_LABELS: Record<RegistrationStatus, { label: string; tag: string }> = {
  confirmed: { label: 'Confirmed', tag: 'govuk-tag--green' },
  waitlisted: { label: 'On the waiting list', tag: 'govuk-tag--yellow' },
  pending: { label: 'Waiting for approval', tag: 'govuk-tag--blue' },
  declined: { label: 'Not approved', tag: 'govuk-tag--red' },
  cancelled: { label: 'Cancelled', tag: 'govuk-tag--grey' },
};

/**
 * An attendee's own registration, reached through the unguessable link in
 * their emails: see it, change it, cancel it, or delete the personal data.
 * The token is the whole credential, so it appears only in the address and
 * API calls: never in the page title, and the referrer policy keeps it off
 * other sites.
 */
@Component({
  selector: 'epm-manage-registration-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner, UkTimePipe, RegisterDetailsFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (step() === 'erased') {
          <div class="govuk-panel govuk-panel--confirmation" tabindex="-1" id="step-focus" data-testid="erased-panel">
            <h1 class="govuk-panel__title">Your data has been deleted</h1>
          </div>
          <p class="govuk-body">
            We’ve deleted your name, email address, job title and anything else you told us about yourself. The link you
            used no longer works.
          </p>
          <p class="govuk-body">
            We keep your organisation and whether you came, for counts that cannot identify you. To go to an event, you
            would need to register again.
          </p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/">See the events programme</a></p>
        } @else if (registration.error()) {
          @if (invalidLink()) {
            <h1 class="govuk-heading-l">This link is not valid</h1>
            <p class="govuk-body">
              The link may be incomplete, or the registration’s data may have been deleted. Check that you copied the
              whole link from your email, or use the link in the most recent email we sent you.
            </p>
            <p class="govuk-body">
              To register again, choose the event from the <a class="govuk-link" routerLink="/">events programme</a>.
            </p>
          } @else {
            <h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p class="govuk-body">Try again later.</p>
          }
        } @else if (registrationValue(); as item) {
          <epm-error-summary [errors]="errors().summary" />
          @if (notice(); as message) {
            <div tabindex="-1" id="notice-focus">
              <epm-success-banner [message]="message" testId="notice" />
            </div>
          }
          <span class="govuk-caption-l">{{ item.event.title }}</span>
          @switch (step()) {
            @case ('change') {
              <h1 class="govuk-heading-l" tabindex="-1" id="step-focus">Change your details</h1>
              @if (changeForm(); as form) {
                <form [formGroup]="form" (ngSubmit)="saveChanges(item)" novalidate data-testid="change-form">
                  <p class="govuk-body">
                    Your email address, <strong>{{ item.email }}</strong
                    >, stays the same. To use a different one, cancel this registration and register again.
                  </p>
                  <epm-register-details-fields
                    [form]="form"
                    [errors]="errors().byField"
                    [askEmail]="false"
                    [askDietaryNeeds]="askDietaryNeeds()"
                  />
                  <div class="govuk-button-group">
                    <button type="submit" class="govuk-button" [disabled]="busy()">Save changes</button>
                    <button type="button" class="govuk-button govuk-button--secondary" (click)="show('view')">
                      Go back without saving
                    </button>
                  </div>
                </form>
              }
            }
            @case ('cancel') {
              <h1 class="govuk-heading-l" tabindex="-1" id="step-focus">
                Are you sure you want to cancel your registration?
              </h1>
              <p class="govuk-body">
                @switch (item.status) {
                  @case ('confirmed') {
                    Your place will go to the next person on the waiting list, if there is one.
                  }
                  @case ('waitlisted') {
                    You will leave the waiting list.
                  }
                  @default {
                    The organisers will no longer consider your request.
                  }
                }
                To come after all, you would need to register again.
              </p>
              <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors().byField['reason']">
                <label class="govuk-label govuk-label--s" for="reason">Why are you cancelling? (optional)</label>
                <div class="govuk-hint" id="reason-hint">This helps the organisers plan future events</div>
                @if (errors().byField['reason']; as message) {
                  <p class="govuk-error-message" id="reason-error">
                    <span class="govuk-visually-hidden">Error:</span> {{ message }}
                  </p>
                }
                <textarea
                  class="govuk-textarea"
                  [class.govuk-textarea--error]="!!errors().byField['reason']"
                  id="reason"
                  name="reason"
                  rows="3"
                  [formControl]="reason"
                  [attr.aria-describedby]="'reason-hint' + (errors().byField['reason'] ? ' reason-error' : '')"
                ></textarea>
              </div>
              <div class="govuk-button-group">
                <button type="button" class="govuk-button govuk-button--warning" [disabled]="busy()" (click)="cancel()">
                  Yes, cancel my registration
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" (click)="show('view')">
                  No, keep my registration
                </button>
              </div>
            }
            @case ('erase') {
              <h1 class="govuk-heading-l" tabindex="-1" id="step-focus">Are you sure you want to delete your data?</h1>
              <p class="govuk-body">We will delete, for this registration:</p>
              <ul class="govuk-list govuk-list--bullet">
                <li>your name and email address</li>
                <li>your job title</li>
                <li>any accessibility or dietary needs you told us about</li>
                <li>your answers about keeping in touch</li>
              </ul>
              @if (active()) {
                <p class="govuk-body">
                  Your registration will be cancelled too{{
                    item.status === 'confirmed'
                      ? ', and your place offered to the next person on the waiting list'
                      : ''
                  }}.
                </p>
              }
              <p class="govuk-body">
                We keep your organisation (or council), whether you came, and a scrambled code made from your email
                address, so that counts for the review of the partnership, such as how many councils from each region
                took part or how many people came more than once, stay right. They never show anyone's details.
              </p>
              <div class="govuk-warning-text">
                <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                <strong class="govuk-warning-text__text">
                  <span class="govuk-visually-hidden">Warning</span>
                  You cannot undo this, and the link in your emails will stop working.
                </strong>
              </div>
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button govuk-button--warning"
                  id="erase"
                  [disabled]="busy()"
                  (click)="erase()"
                >
                  Yes, delete my data
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" (click)="show('view')">
                  No, go back
                </button>
              </div>
            }
            @default {
              <h1 class="govuk-heading-l" tabindex="-1" id="step-focus">Your registration</h1>
              @if (item.event.status === 'cancelled') {
                <div class="govuk-inset-text" data-testid="event-cancelled">This event has been cancelled.</div>
              }
              <dl class="govuk-summary-list" data-testid="registration-event">
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">Status</dt>
                  <dd class="govuk-summary-list__value">
                    <strong
                      class="govuk-tag"
                      [class]="statusLabels[item.status].tag"
                      data-testid="registration-status"
                      >{{ statusLabels[item.status].label }}</strong
                    >
                    @if (item.status === 'waitlisted' && item.waitlistPosition) {
                      <span class="govuk-body govuk-!-margin-left-2"
                        >number {{ item.waitlistPosition }} in the queue</span
                      >
                    }
                  </dd>
                </div>
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">Event</dt>
                  <dd class="govuk-summary-list__value">
                    <a class="govuk-link" [routerLink]="['/events', item.event.id]">{{ item.event.title }}</a>
                  </dd>
                </div>
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">When (UK time)</dt>
                  <dd class="govuk-summary-list__value" data-testid="registration-when">
                    {{ item.event.startsAt | uk: 'range' : item.event.endsAt }}
                  </dd>
                </div>
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">Where</dt>
                  <dd class="govuk-summary-list__value">
                    @if (item.event.venue; as venue) {
                      {{ venue.name }}<br />{{ venue.address }}<br />{{ venue.postcode }}
                      @if (item.event.format === 'hybrid') {
                        <br />or online
                      }
                    } @else {
                      Online
                    }
                  </dd>
                </div>
                @if (item.event.joiningUrl; as joiningUrl) {
                  <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">Joining link</dt>
                    <dd class="govuk-summary-list__value">
                      <a class="govuk-link" [href]="joiningUrl" rel="noreferrer noopener" data-testid="joining-link"
                        >Join the event online</a
                      >
                    </dd>
                  </div>
                }
              </dl>
              @if (item.status === 'confirmed' && item.event.status !== 'cancelled') {
                <p class="govuk-body">
                  <a class="govuk-link" [href]="inviteUrl()" download data-testid="add-to-calendar">Add to calendar</a>
                  (a calendar invite for Outlook, Google and Apple calendars)
                </p>
              }
              <p class="govuk-body" data-testid="status-explanation">{{ explanation() }}</p>

              <h2 class="govuk-heading-m">Your details</h2>
              <dl class="govuk-summary-list" data-testid="your-details">
                @for (row of details(); track row.label) {
                  <div class="govuk-summary-list__row" [class.govuk-summary-list__row--no-actions]="!row.field">
                    <dt class="govuk-summary-list__key">{{ row.label }}</dt>
                    <dd class="govuk-summary-list__value">{{ row.value }}</dd>
                    @if (row.field) {
                      <dd class="govuk-summary-list__actions">
                        <a class="govuk-link" [href]="'#' + row.field" (click)="change($event, item, row.field)"
                          >Change<span class="govuk-visually-hidden"> {{ row.label.toLowerCase() }}</span></a
                        >
                      </dd>
                    }
                  </div>
                }
              </dl>

              @if (active()) {
                <h2 class="govuk-heading-m">Cancel your registration</h2>
                <p class="govuk-body">If you can no longer come, cancel so that someone else can have the place.</p>
                <button type="button" class="govuk-button govuk-button--secondary" (click)="show('cancel')">
                  Cancel registration
                </button>
              }
              <h2 class="govuk-heading-m">Delete your data</h2>
              <p class="govuk-body">
                You can have us delete your personal details for this registration now, instead of 12 months after the
                programme year.
              </p>
              <button type="button" class="govuk-button govuk-button--warning" (click)="show('erase')">
                Delete my data
              </button>
            }
          }
        }
      </div>
    </div>
  `,
})
export class ManageRegistrationPage {
  readonly token = input.required<string>();

  private readonly api = inject(RegistrationsApi);
  private readonly title = inject(PageTitle);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly registration = resource({
    params: () => this.token(),
    loader: ({ params }) => this.api.managed(params),
  });
  protected readonly registrationValue = computed(() => loaded(this.registration));
  /** Unknown or erased (404), or not even the shape of a token (422): a link cut short by an email program, say. */
  protected readonly invalidLink = computed(() => {
    const error = this.registration.error() as { status?: number; cause?: { status?: number } } | undefined;
    const status = error?.status ?? error?.cause?.status;
    return status === 404 || status === 422;
  });
  protected readonly step = signal<Step>('view');

  constructor() {
    effect(() => {
      if (this.invalidLink()) this.title.set('This link is not valid');
    });
  }

  protected readonly notice = signal<string | null>(null);
  protected readonly changeForm = signal<RegisterForm | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true });
  private readonly changeSubmission = new FormSubmission(CHANGE_FIELDS, 'name');
  private readonly cancelSubmission = new FormSubmission(['reason'], 'reason');
  private readonly eraseSubmission = new FormSubmission([], 'erase');
  protected readonly errors = computed(() => this.submissionFor(this.step()).errors());
  protected readonly busy = computed(() => this.submissionFor(this.step()).busy());
  protected readonly inviteUrl = computed(() => `${manageUrl(this.token())}/invite.ics`);

  /** Still in the running for a place (so it can be changed or cancelled) at an event still to come. */
  protected readonly active = computed(() => {
    const item = this.registrationValue();
    return (
      !!item &&
      ['confirmed', 'waitlisted', 'pending'].includes(item.status) &&
      item.event.status !== 'cancelled' &&
      item.event.status !== 'completed' &&
      Date.parse(item.event.startsAt) > Date.now()
    );
  });
  protected readonly askDietaryNeeds = computed(() => {
    const format = this.registrationValue()?.event.format;
    return !!format && asksDietaryNeeds(format);
  });
  protected readonly explanation = computed(() => {
    const item = this.registrationValue();
    switch (item?.status) {
      case 'confirmed':
        return item.event.format === 'in-person'
          ? 'You have a place. We’ll send you a reminder before the event.'
          : 'You have a place. We’ll send you a reminder with the joining link before the event.';
      case 'waitlisted':
        return 'The event is full. When a place comes up, it goes to the next person on the waiting list and we email them.';
      case 'pending':
        return 'The organisers confirm each place at this event. We’ll email you when they have decided.';
      case 'declined':
        return 'The organisers could not offer you a place at this event.';
      case 'cancelled':
        return 'This registration is cancelled. To come after all, register again from the event page.';
      case undefined:
        return '';
    }
  });
  protected readonly details = computed(() => {
    const item = this.registrationValue();
    if (!item) return [];
    const editable = this.active();
    const field = (name: string) => (editable ? name : null);
    const rows: { label: string; value: string; field: string | null }[] = [
      { label: 'Name', value: item.name, field: field('name') },
      { label: 'Email address', value: item.email, field: null },
      {
        label: 'Type of organisation',
        value: ORGANISATION_TYPE_LABELS[item.organisationType],
        field: field('organisationType'),
      },
    ];
    if (item.council) rows.push({ label: 'Council', value: item.council.name, field: field('councilCode') });
    if (item.organisationName)
      rows.push({ label: 'Organisation', value: item.organisationName, field: field('organisationName') });
    if (item.supplierSize)
      rows.push({
        label: 'Size of company',
        value: SUPPLIER_SIZE_LABELS[item.supplierSize],
        field: field('supplierSize'),
      });
    rows.push(
      { label: 'Job title', value: item.jobTitle, field: field('jobTitle') },
      { label: 'Accessibility needs', value: item.accessibilityNeeds || 'None', field: field('accessibilityNeeds') },
    );
    if (asksDietaryNeeds(item.event.format))
      rows.push({ label: 'Dietary needs', value: item.dietaryNeeds || 'None', field: field('dietaryNeeds') });
    rows.push(
      { label: 'Contact after the event', value: item.consentFollowUp ? 'Yes' : 'No', field: field('consentFollowUp') },
      {
        label: 'News of future events',
        value: item.consentFutureEvents ? 'Yes' : 'No',
        field: field('consentFutureEvents'),
      },
    );
    return rows;
  });

  protected show(step: Step, focusId = 'step-focus'): void {
    for (const submission of [this.changeSubmission, this.cancelSubmission, this.eraseSubmission])
      submission.errors.set({ summary: [], byField: {} });
    if (step !== 'view') this.notice.set(null);
    this.step.set(step);
    this.title.set(STEP_TITLES[step]);
    // The button pressed has gone: put focus where the new content starts, so nobody is left at the top of the page.
    this.focusAfterRender(step === 'view' ? 'notice-focus' : focusId);
  }

  protected change(event: Event, item: ManagedRegistration, field: string): void {
    event.preventDefault();
    this.changeForm.set(registerForm(fromManaged(item)));
    this.show('change', field);
  }

  protected async saveChanges(item: ManagedRegistration): Promise<void> {
    const form = this.changeForm();
    if (!form) return;
    const { change, errors } = toRegistrationChange(form.getRawValue(), {
      dietary: asksDietaryNeeds(item.event.format),
    });
    if (!change) {
      this.changeSubmission.errors.set(formErrorsFrom(asApiError(errors), CHANGE_FIELDS, 'name'));
      return;
    }
    const failed = await this.changeSubmission.run(async () =>
      this.registration.set(await this.api.change(this.token(), change)),
    );
    if (!failed) this.done('Your details have been updated.');
  }

  protected async cancel(): Promise<void> {
    const failed = await this.cancelSubmission.run(async () =>
      this.registration.set(await this.api.cancel(this.token(), this.reason.value)),
    );
    if (!failed) this.done('Your registration is cancelled.');
  }

  protected async erase(): Promise<void> {
    const failed = await this.eraseSubmission.run(() => this.api.erase(this.token()));
    if (!failed) this.show('erased');
  }

  private done(message: string): void {
    this.show('view');
    this.notice.set(message);
  }

  private submissionFor(step: Step): FormSubmission {
    return step === 'change' ? this.changeSubmission : step === 'cancel' ? this.cancelSubmission : this.eraseSubmission;
  }

  private focusAfterRender(id: string): void {
    afterNextRender(
      {
        read: () => {
          const target = this.document.getElementById(id) ?? this.document.getElementById('step-focus');
          target?.focus();
          target?.scrollIntoView?.({ block: 'start' });
        },
      },
      { injector: this.injector },
    );
  }
}

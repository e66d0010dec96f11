import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  input,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { RegistrationInput } from '@epm/shared/contracts';
import {
  apiErrorOf,
  ErrorSummary,
  formErrorsFrom,
  FormSubmission,
  loaded,
  NO_ERRORS,
  PageTitle,
  UkTimePipe,
} from '@epm/web/ui';
import { closedReason, isOpen, REGISTER_ACTION } from './register-availability';
import { RegisterDetailsFields, registerForm } from './register-details-fields';
import { asApiError, asksDietaryNeeds, REGISTER_FIELDS, toRegistrationInput } from './register-form-model';
import { randomUuid, RegistrationsApi } from './registrations-api.service';

/** The public registration form for one event: no account needed. */
@Component({
  selector: 'epm-register-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, UkTimePipe, RegisterDetailsFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/events', id()]">Back to the event</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        @if (page.error()) {
          <h1 class="govuk-heading-l">Event not found</h1>
          <p class="govuk-body">The event may have been removed, or the address may be wrong.</p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/">See the events programme</a></p>
        } @else if (pageValue(); as loadedPage) {
          @if (refusal(); as message) {
            <div
              class="govuk-notification-banner"
              role="alert"
              aria-labelledby="refusal-title"
              tabindex="-1"
              #refusalBanner
              data-testid="refusal"
            >
              <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="refusal-title">Important</h2>
              </div>
              <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{{ message }}</p>
              </div>
            </div>
          }
          <h1 class="govuk-heading-l">Register for {{ loadedPage.event.title }}</h1>
          <p class="govuk-body" data-testid="register-when">
            {{ loadedPage.event.startsAt | uk: 'range' : loadedPage.event.endsAt }} (UK time),
            {{ loadedPage.event.venue ? loadedPage.event.venue.name : 'online'
            }}{{ loadedPage.event.format === 'hybrid' ? ', or online' : '' }}
          </p>
          @switch (loadedPage.availability.state) {
            @case ('waitlist') {
              <div class="govuk-inset-text" data-testid="register-state">
                This event is full. Register to join the waiting list: when a place comes up, it goes to the next person
                on the list and we email them.
              </div>
            }
            @case ('approval') {
              <div class="govuk-inset-text" data-testid="register-state">
                The organisers confirm each place at this event. Send your details to request a place, and we’ll email
                you when they have decided.
              </div>
            }
          }
          @if (action(); as label) {
            <form [formGroup]="form" (ngSubmit)="register()" novalidate data-testid="register-form">
              <epm-register-details-fields
                [form]="form"
                [errors]="errors().byField"
                [askDietaryNeeds]="askDietaryNeeds()"
              />
              <button type="submit" class="govuk-button" [disabled]="submission.busy()">{{ label }}</button>
            </form>
          } @else {
            <div class="govuk-inset-text" data-testid="register-state">
              {{ reason() }}
            </div>
            <p class="govuk-body">
              <a class="govuk-link" [routerLink]="['/events', id()]">Back to the event</a> or
              <a class="govuk-link" routerLink="/">see other events in the programme</a>.
            </p>
          }
        }
      </div>
    </div>
  `,
})
export class RegisterPage {
  readonly id = input.required<string>();

  private readonly api = inject(RegistrationsApi);
  private readonly router = inject(Router);
  private readonly title = inject(PageTitle);
  private readonly injector = inject(Injector);
  protected readonly page = resource({
    params: () => Number(this.id()),
    loader: async ({ params }) => {
      const [event, availability] = await Promise.all([this.api.event(params), this.api.availability(params)]);
      this.title.set(`Register for ${event.title}`);
      return { event, availability };
    },
  });
  protected readonly pageValue = computed(() => loaded(this.page));
  protected readonly action = computed(() => {
    const state = this.pageValue()?.availability.state;
    return state && isOpen(state) ? REGISTER_ACTION[state] : null;
  });
  protected readonly reason = computed(() => {
    const value = this.pageValue();
    return value ? closedReason(value.availability, value.event.status) : '';
  });
  protected readonly askDietaryNeeds = computed(() => {
    const format = this.pageValue()?.event.format;
    return !!format && asksDietaryNeeds(format);
  });
  protected readonly form = registerForm();
  protected readonly submission = new FormSubmission(REGISTER_FIELDS, 'name');
  protected readonly errors = this.submission.errors;
  /** The API's reason for refusing (409): registration closed, say, while the form was open. */
  protected readonly refusal = signal<string | null>(null);
  private readonly refusalBanner = viewChild<ElementRef<HTMLElement>>('refusalBanner');
  /** One key per distinct answer: resending the same answers (a retry, a double click) reuses it. */
  private attempt: { payload: string; key: string } | null = null;

  protected async register(): Promise<void> {
    const current = this.pageValue();
    if (!current) return;
    const { input, errors } = toRegistrationInput(this.form.getRawValue(), {
      dietary: asksDietaryNeeds(current.event.format),
    });
    if (!input) {
      this.errors.set(formErrorsFrom(asApiError(errors), REGISTER_FIELDS, 'name'));
      return;
    }
    const key = this.idempotencyKey(input);
    this.refusal.set(null);
    const failure = await this.submission.run(async () => {
      const receipt = await this.api.register(current.event.id, input, key);
      await this.router.navigate(['/events', current.event.id, 'registered'], {
        queryParams: { status: receipt.status, position: receipt.waitlistPosition ?? undefined },
      });
    });
    if (failure && (failure as { status?: number }).status === 409) {
      this.errors.set(NO_ERRORS);
      this.refusal.set(apiErrorOf(failure)?.message ?? 'Registration for this event is not open.');
      this.page.reload();
      afterNextRender({ read: () => this.refusalBanner()?.nativeElement.focus() }, { injector: this.injector });
    }
  }

  private idempotencyKey(input: RegistrationInput): string {
    const payload = JSON.stringify(input);
    if (this.attempt?.payload !== payload) this.attempt = { payload, key: randomUuid() };
    return this.attempt.key;
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { type OrganisationType, type RegistrationReceipt, type SupplierSize } from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, loaded, TextField } from '@epm/web/ui';
import { OrganisationQuestion } from './organisation-question';
import { REGISTRATION_FIELDS, toRegistrationInput } from './organiser-registration-form';
import { OrganiserRegistrationsApi } from './organiser-registrations-api.service';

const text = () => new FormControl('', { nonNullable: true });

/** What the list page says once someone is added. */
export function addedNotice(name: string, receipt: RegistrationReceipt): string {
  switch (receipt.status) {
    case 'confirmed':
      return `${name} is registered and has a place.`;
    case 'waitlisted':
      return `The event is full: ${name} is on the waitlist, number ${receipt.waitlistPosition ?? ''} in line.`;
    case 'pending':
      return `${name} is registered and waiting for approval.`;
    case 'already-registered':
      return `${name}'s email address was already registered for this event, so nothing changed.`;
    case 'declined':
    case 'cancelled':
      return `${name} is registered.`;
  }
}

/**
 * An organiser registers someone by hand (a speaker, a guest, someone who
 * phoned): the public form's questions, no approval step. They get a place if
 * there is one, otherwise join the waitlist.
 */
@Component({
  selector: 'epm-organiser-add-registration-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField, OrganisationQuestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="listLink()">Back to registrations</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="summary()" />
        @if (event.error()) {
          <h1 class="govuk-heading-l">Event not found</h1>
        } @else {
          <span class="govuk-caption-l">{{ eventValue()?.title }}</span>
          <h1 class="govuk-heading-l" id="add-heading" tabindex="-1">Add someone</h1>
          <p class="govuk-body">
            They get a place if there is one, or join the waitlist, and an email either way. There is no approval step.
          </p>
          @if (closed(); as reason) {
            <div class="govuk-inset-text" data-testid="add-closed">{{ reason }}</div>
          } @else {
            <form [formGroup]="form" (ngSubmit)="add()" novalidate data-testid="add-registration-form">
              <epm-text-field
                [control]="form.controls.name"
                fieldId="name"
                label="Full name"
                autocomplete="off"
                [error]="errors().byField['name']"
              />
              <epm-text-field
                [control]="form.controls.email"
                fieldId="email"
                label="Email address"
                type="email"
                autocomplete="off"
                hint="Their confirmation and the link to manage their registration go here"
                [error]="errors().byField['email']"
              />

              <epm-organisation-question [controls]="form.controls" [errors]="errors().byField" />

              <epm-text-field
                [control]="form.controls.jobTitle"
                fieldId="jobTitle"
                label="Job title"
                autocomplete="off"
                [error]="errors().byField['jobTitle']"
              />

              @for (field of needsFields(); track field.id) {
                <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors().byField[field.id]">
                  <label class="govuk-label" [for]="field.id">{{ field.label }}</label>
                  <div class="govuk-hint" [id]="field.id + '-hint'">{{ field.hint }}</div>
                  @if (errors().byField[field.id]; as message) {
                    <p class="govuk-error-message" [id]="field.id + '-error'">
                      <span class="govuk-visually-hidden">Error:</span> {{ message }}
                    </p>
                  }
                  <textarea
                    class="govuk-textarea"
                    [class.govuk-textarea--error]="!!errors().byField[field.id]"
                    [id]="field.id"
                    [name]="field.id"
                    rows="3"
                    [formControl]="field.control"
                    [attr.aria-describedby]="
                      field.id + '-hint' + (errors().byField[field.id] ? ' ' + field.id + '-error' : '')
                    "
                  ></textarea>
                </div>
              }

              <div class="govuk-form-group">
                <fieldset class="govuk-fieldset" aria-describedby="consents-hint">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                    What they agreed to (optional)
                  </legend>
                  <div class="govuk-hint" id="consents-hint">Tick only what they have told you they agree to</div>
                  <div class="govuk-checkboxes govuk-checkboxes--small">
                    <div class="govuk-checkboxes__item">
                      <input
                        class="govuk-checkboxes__input"
                        id="consentFollowUp"
                        name="consentFollowUp"
                        type="checkbox"
                        formControlName="consentFollowUp"
                      />
                      <label class="govuk-label govuk-checkboxes__label" for="consentFollowUp"
                        >Being contacted after the event to evaluate it</label
                      >
                    </div>
                    <div class="govuk-checkboxes__item">
                      <input
                        class="govuk-checkboxes__input"
                        id="consentFutureEvents"
                        name="consentFutureEvents"
                        type="checkbox"
                        formControlName="consentFutureEvents"
                      />
                      <label class="govuk-label govuk-checkboxes__label" for="consentFutureEvents"
                        >Being told about future events</label
                      >
                    </div>
                  </div>
                </fieldset>
              </div>

              <div class="govuk-button-group">
                <button type="submit" class="govuk-button" [disabled]="submission.busy()">Add to the event</button>
                <a class="govuk-link" [routerLink]="listLink()">Cancel</a>
              </div>
            </form>
          }
        }
      </div>
    </div>
  `,
})
export class OrganiserAddRegistrationPage {
  readonly eventId = input.required<string>();

  private readonly api = inject(OrganiserRegistrationsApi);
  private readonly router = inject(Router);
  protected readonly event = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventValue = computed(() => loaded(this.event));
  /** Dietary needs are asked only where food is served: in-person and hybrid events. */
  protected readonly inPerson = computed(() => {
    const format = this.eventValue()?.format;
    return format === 'in-person' || format === 'hybrid';
  });
  /** The API adds nobody to a draft or cancelled event; say so rather than offer a form that cannot work. */
  protected readonly closed = computed(() => {
    const status = this.eventValue()?.status;
    if (status === 'draft') return 'You can add people once the event is published.';
    if (status === 'cancelled') return 'The event is cancelled, so nobody can be added.';
    return null;
  });
  protected readonly listLink = computed(() => ['/organiser/events', this.eventId(), 'registrations']);

  protected readonly form = new FormGroup({
    name: text(),
    email: text(),
    organisationType: new FormControl<OrganisationType | ''>('', { nonNullable: true }),
    councilName: text(),
    councilCode: text(),
    organisationName: text(),
    supplierSize: new FormControl<SupplierSize | ''>('', { nonNullable: true }),
    jobTitle: text(),
    accessibilityNeeds: text(),
    dietaryNeeds: text(),
    consentFollowUp: new FormControl(false, { nonNullable: true }),
    consentFutureEvents: new FormControl(false, { nonNullable: true }),
  });
  protected readonly organisationType = toSignal(this.form.controls.organisationType.valueChanges, {
    initialValue: '' as const,
  });
  protected readonly needsFields = computed(() => [
    {
      id: 'accessibilityNeeds',
      label: 'Accessibility needs (optional)',
      hint: 'For example, a sign language interpreter, step-free access or captions',
      control: this.form.controls.accessibilityNeeds,
    },
    ...(this.inPerson()
      ? [
          {
            id: 'dietaryNeeds',
            label: 'Dietary needs (optional)',
            hint: 'For example, vegetarian, halal or a nut allergy',
            control: this.form.controls.dietaryNeeds,
          },
        ]
      : []),
  ]);

  protected readonly submission = new FormSubmission(REGISTRATION_FIELDS, 'add-heading');
  protected readonly errors = this.submission.errors;
  /**
   * Only problems with fields on screen: with no organisation type chosen, the
   * API also asks for an organisation name, which the page does not show yet.
   */
  protected readonly summary = computed(() => {
    const type = this.organisationType();
    const hidden = new Set<string>();
    if (type !== 'council') hidden.add('councilCode');
    if (type === 'council' || type === '') hidden.add('organisationName');
    if (type !== 'supplier') hidden.add('supplierSize');
    if (!this.inPerson()) hidden.add('dietaryNeeds');
    return this.errors().summary.filter((error) => !hidden.has(error.field));
  });

  protected async add(): Promise<void> {
    const value = this.form.getRawValue();
    await this.submission.run(async () => {
      const receipt = await this.api.add(Number(this.eventId()), toRegistrationInput(value, this.inPerson()));
      await this.router.navigate(this.listLink(), { state: { notice: addedNotice(value.name.trim(), receipt) } });
    });
  }
}

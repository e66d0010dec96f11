import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { OrganisationType, SupplierSize } from '@epm/shared/contracts';
import { TextField } from '@epm/web/ui';
import { OrganisationQuestion } from './organisation-question';
import { EMPTY_REGISTER_FORM, type RegisterFormValue } from './register-form-model';

const text = (value = '') => new FormControl(value, { nonNullable: true });
const tick = (value = false) => new FormControl(value, { nonNullable: true });

export function registerForm(value: RegisterFormValue = EMPTY_REGISTER_FORM) {
  return new FormGroup({
    name: text(value.name),
    email: text(value.email),
    organisationType: new FormControl<OrganisationType | ''>(value.organisationType, { nonNullable: true }),
    councilName: text(value.councilName),
    councilCode: text(value.councilCode),
    organisationName: text(value.organisationName),
    supplierSize: new FormControl<SupplierSize | ''>(value.supplierSize, { nonNullable: true }),
    jobTitle: text(value.jobTitle),
    accessibilityNeeds: text(value.accessibilityNeeds),
    dietaryNeeds: text(value.dietaryNeeds),
    consentFollowUp: tick(value.consentFollowUp),
    consentFutureEvents: tick(value.consentFutureEvents),
  });
}
export type RegisterForm = ReturnType<typeof registerForm>;

/**
 * An attendee's details, shared by the registration form and the change form:
 * who they are, where they work (with the follow-up question each type of
 * organisation needs, revealed under its radio), their needs, the privacy
 * notice at the point of collection and the optional consents.
 */
@Component({
  selector: 'epm-register-details-fields',
  imports: [ReactiveFormsModule, TextField, OrganisationQuestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <epm-text-field
      [control]="form().controls.name"
      fieldId="name"
      label="Full name"
      autocomplete="name"
      [error]="errors()['name']"
    />
    @if (askEmail()) {
      <epm-text-field
        [control]="form().controls.email"
        fieldId="email"
        label="Email address"
        type="email"
        autocomplete="email"
        hint="We’ll send your confirmation here, with a link to change or cancel your registration"
        [error]="errors()['email']"
      />
    }

    <epm-organisation-question [controls]="form().controls" [errors]="errors()" voice="you" />

    <epm-text-field
      [control]="form().controls.jobTitle"
      fieldId="jobTitle"
      label="Job title"
      autocomplete="organization-title"
      [error]="errors()['jobTitle']"
    />

    @for (field of needs(); track field.id) {
      <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors()[field.id]">
        <label class="govuk-label" [for]="field.id">{{ field.label }}</label>
        <div class="govuk-hint" [id]="field.id + '-hint'">{{ field.hint }}</div>
        @if (errors()[field.id]; as message) {
          <p class="govuk-error-message" [id]="field.id + '-error'">
            <span class="govuk-visually-hidden">Error:</span> {{ message }}
          </p>
        }
        <textarea
          class="govuk-textarea"
          [class.govuk-textarea--error]="!!errors()[field.id]"
          [id]="field.id"
          [name]="field.id"
          rows="3"
          [formControl]="field.control"
          [attr.aria-describedby]="field.id + '-hint' + (errors()[field.id] ? ' ' + field.id + '-error' : '')"
        ></textarea>
      </div>
    }

    <h2 class="govuk-heading-m">How we use your information</h2>
    <div data-testid="privacy-notice">
      <p class="govuk-body">
        The LGA and techUK use your name and email address to manage your place and to send you joining details, changes
        and reminders. Your organisation and job title help us pitch the event and report, as anonymous totals, which
        councils and suppliers the partnership reaches. Any needs you tell us about are used only to make the event work
        for you.
      </p>
      <p class="govuk-body">
        We delete your personal details 12 months after the end of the programme year. You can change or delete them
        sooner with the link in your confirmation email. Read the
        <a class="govuk-link" href="/privacy" target="_blank" rel="noopener">privacy notice (opens in new tab)</a>.
      </p>
    </div>

    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby="consents-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Keeping in touch (optional)</legend>
        <div class="govuk-hint" id="consents-hint">
          Tick any you agree to. You can change your mind at any time with the link in your confirmation email.
        </div>
        <div class="govuk-checkboxes govuk-checkboxes--small">
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id="consentFollowUp"
              name="consentFollowUp"
              type="checkbox"
              [formControl]="form().controls.consentFollowUp"
            />
            <label class="govuk-label govuk-checkboxes__label" for="consentFollowUp">
              Contact me after the event to ask how it went
            </label>
          </div>
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id="consentFutureEvents"
              name="consentFutureEvents"
              type="checkbox"
              [formControl]="form().controls.consentFutureEvents"
            />
            <label class="govuk-label govuk-checkboxes__label" for="consentFutureEvents">
              Tell me about future events of the LGA and techUK partnership
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  `,
})
export class RegisterDetailsFields {
  readonly form = input.required<RegisterForm>();
  /** Errors by field id. */
  readonly errors = input<Record<string, string>>({});
  /** The change form keeps the email address. */
  readonly askEmail = input(true);
  /** In-person and hybrid events ask about dietary needs. */
  readonly askDietaryNeeds = input(false);

  protected readonly needs = computed(() => {
    const controls = this.form().controls;
    const fields = [
      {
        id: 'accessibilityNeeds',
        label: 'Accessibility needs (optional)',
        hint: 'Anything that would help you take part, for example a British Sign Language interpreter, live captions, step-free access or a hearing loop',
        control: controls.accessibilityNeeds,
      },
    ];
    if (this.askDietaryNeeds()) {
      fields.push({
        id: 'dietaryNeeds',
        label: 'Dietary needs (optional)',
        hint: 'For example, vegetarian, halal, or any food allergies',
        control: controls.dietaryNeeds,
      });
    }
    return fields;
  });
}

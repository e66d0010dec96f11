import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { type OrganisationType, type RegistrationInput, type SupplierSize } from '@epm/shared/contracts';
import { OrganisationQuestion } from '@epm/web/registrations/council-combobox';
import { ErrorSummary, FormSubmission, loaded, TextField } from '@epm/web/ui';
import { AttendanceApi } from './attendance-api.service';

/** The form's fields top to bottom, named as the API names them: the error summary follows this order. */
export const WALK_IN_FIELDS = [
  'name',
  'email',
  'organisationType',
  'councilCode',
  'organisationName',
  'supplierSize',
  'jobTitle',
];

export interface WalkInFormValue {
  name: string;
  email: string;
  organisationType: OrganisationType | '';
  /** The council type-ahead's text; only the chosen code is sent. */
  councilName: string;
  councilCode: string;
  organisationName: string;
  supplierSize: SupplierSize | '';
  jobTitle: string;
}

/**
 * What the API gets: only the organisation fields the chosen type asks for,
 * so answers to a type the organiser switched away from are not sent. The
 * API checks everything and says which field is wrong.
 */
export function toWalkInInput(value: WalkInFormValue): RegistrationInput {
  const type = value.organisationType;
  return {
    name: value.name.trim(),
    email: value.email.trim(),
    organisationType: type as OrganisationType,
    councilCode: type === 'council' ? value.councilCode || null : null,
    organisationName: type !== 'council' && type !== '' ? value.organisationName.trim() : null,
    supplierSize: type === 'supplier' ? value.supplierSize || null : null,
    jobTitle: value.jobTitle.trim(),
  };
}

/** The problems on fields that the form shows for the chosen organisation type (the API reports them all). */
export function hiddenFields(type: OrganisationType | ''): Set<string> {
  const hidden = new Set<string>();
  if (type !== 'council') hidden.add('councilCode');
  if (type === 'council' || type === '') hidden.add('organisationName');
  if (type !== 'supplier') hidden.add('supplierSize');
  return hidden;
}

const text = () => new FormControl('', { nonNullable: true });

/**
 * Someone at the door who did not register: the registration questions,
 * answered with the organiser, and a check-in in the same step. Walk-ins get
 * no email, and count in the attendance like everyone else.
 */
@Component({
  selector: 'epm-walk-in-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField, OrganisationQuestion],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="checkInLink()">Back to check-in</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        <epm-error-summary [errors]="summary()" />
        @if (event.error()) {
          <h1 class="govuk-heading-l">Event not found</h1>
          <p class="govuk-body">The event does not exist, or it is not one of your organisation's events.</p>
        } @else {
          <span class="govuk-caption-l">{{ eventValue()?.title }}</span>
          <h1 class="govuk-heading-l" id="walk-in-heading" tabindex="-1">Add a walk-in</h1>
          <p class="govuk-body">
            For someone who came without registering. They are registered and checked in in one step, and get no email.
          </p>
          @if (closed(); as reason) {
            <div class="govuk-inset-text" data-testid="walk-in-closed">{{ reason }}</div>
          } @else {
            <div class="govuk-inset-text" data-testid="walk-in-privacy">
              Tell them why you ask: their name and email address record that they came, and their organisation and job
              title count, as anonymous totals, towards which councils and suppliers the partnership reaches. The
              <a class="govuk-link" href="/privacy" target="_blank" rel="noopener">privacy notice (opens in new tab)</a>
              says more.
            </div>
            <form [formGroup]="form" (ngSubmit)="add()" novalidate data-testid="walk-in-form">
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
                hint="The request for feedback after the event goes here"
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

              <div class="govuk-button-group">
                <button type="submit" class="govuk-button epm-big-button" [disabled]="submission.busy()">
                  Add and check in
                </button>
                <a class="govuk-link" [routerLink]="checkInLink()">Cancel</a>
              </div>
            </form>
          }
        }
      </div>
    </div>
  `,
})
export class WalkInPage {
  readonly eventId = input.required<string>();

  private readonly api = inject(AttendanceApi);
  private readonly router = inject(Router);
  protected readonly event = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventValue = computed(() => loaded(this.event));
  protected readonly closed = computed(() => {
    const status = this.eventValue()?.status;
    if (status === 'draft') return 'Nobody can be checked in until the event is published.';
    if (status === 'cancelled') return 'The event is cancelled, so nobody can be checked in.';
    return null;
  });
  protected readonly checkInLink = computed(() => ['/organiser/events', this.eventId(), 'check-in']);

  protected readonly form = new FormGroup({
    name: text(),
    email: text(),
    organisationType: new FormControl<OrganisationType | ''>('', { nonNullable: true }),
    councilName: text(),
    councilCode: text(),
    organisationName: text(),
    supplierSize: new FormControl<SupplierSize | ''>('', { nonNullable: true }),
    jobTitle: text(),
  });
  protected readonly organisationType = toSignal(this.form.controls.organisationType.valueChanges, {
    initialValue: '' as const,
  });

  protected readonly submission = new FormSubmission(WALK_IN_FIELDS, 'walk-in-heading');
  protected readonly errors = this.submission.errors;
  /**
   * Only problems with fields on screen: with no organisation type chosen, the
   * API also asks for an organisation name, which the page does not show yet.
   */
  protected readonly summary = computed(() => {
    const hidden = hiddenFields(this.organisationType());
    return this.errors().summary.filter((error) => !hidden.has(error.field));
  });

  protected async add(): Promise<void> {
    const value = this.form.getRawValue();
    await this.submission.run(async () => {
      const response = await this.api.walkIn(Number(this.eventId()), toWalkInInput(value));
      const who = response.entry.name || value.name.trim();
      await this.router.navigate(this.checkInLink(), {
        state: { notice: `${who} is checked in as a walk-in.` },
      });
    });
  }
}

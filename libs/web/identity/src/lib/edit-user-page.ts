import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { Role } from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, TextField, loaded } from '@epm/web/ui';
import { AdminApi } from './admin-api.service';
import { RoleFields } from './user-form';

const FIELDS = ['displayName', 'role', 'organisationCode', 'disabled'];

@Component({
  selector: 'epm-edit-user-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField, RoleFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/users">Back to user accounts</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        @if (user.error()) {
          <h1 class="govuk-heading-l">Account not found</h1>
        } @else if (userValue(); as account) {
          @if (organisationsValue(); as partners) {
            <span class="govuk-caption-l">{{ account.email }}</span>
            <h1 class="govuk-heading-l">Change {{ account.displayName }}</h1>
            <form [formGroup]="form" (ngSubmit)="save()" novalidate>
              <epm-text-field
                [control]="form.controls.displayName"
                fieldId="displayName"
                label="Full name"
                autocomplete="off"
                [error]="errors().byField['displayName']"
              />
              <epm-role-fields
                [role]="form.controls.role"
                [organisation]="form.controls.organisationCode"
                [organisations]="partners"
                [roleError]="errors().byField['role']"
                [organisationError]="errors().byField['organisationCode']"
              />
              <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors().byField['disabled']">
                @if (errors().byField['disabled']) {
                  <p class="govuk-error-message" id="disabled-error">
                    <span class="govuk-visually-hidden">Error:</span>
                    {{ errors().byField['disabled'] }}
                  </p>
                }
                <div class="govuk-checkboxes govuk-checkboxes--small">
                  <div class="govuk-checkboxes__item">
                    <input
                      class="govuk-checkboxes__input"
                      id="disabled"
                      name="disabled"
                      type="checkbox"
                      [formControl]="form.controls.disabled"
                      aria-describedby="disabled-hint"
                    />
                    <label class="govuk-label govuk-checkboxes__label" for="disabled">Disable this account</label>
                    <div id="disabled-hint" class="govuk-hint govuk-checkboxes__hint">
                      The person is signed out at once and cannot sign in until it is enabled again.
                    </div>
                  </div>
                </div>
              </div>
              <button type="submit" class="govuk-button" [disabled]="busy()">Save changes</button>
            </form>
          }
        }
      </div>
    </div>
  `,
})
export class EditUserPage {
  readonly id = input.required<string>();
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  protected readonly user = resource({
    params: () => Number(this.id()),
    loader: ({ params }) => this.api.user(params),
  });
  protected readonly userValue = computed(() => loaded(this.user));
  protected readonly organisations = resource({
    loader: () => this.api.partnerOrganisations(),
  });
  protected readonly organisationsValue = computed(() => loaded(this.organisations));
  protected readonly submission = new FormSubmission(FIELDS, 'displayName');
  protected readonly errors = this.submission.errors;
  protected readonly busy = this.submission.busy;
  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true }),
    role: new FormControl<Role>('organiser', { nonNullable: true }),
    organisationCode: new FormControl('', { nonNullable: true }),
    disabled: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const account = this.user.hasValue() ? this.userValue() : undefined;
      if (account) {
        this.form.setValue({
          displayName: account.displayName,
          role: account.role,
          organisationCode: account.organisation?.code ?? '',
          disabled: account.disabled,
        });
      }
    });
  }

  protected async save(): Promise<void> {
    await this.submission.run(async () => {
      const value = this.form.getRawValue();
      await this.api.updateUser(Number(this.id()), {
        ...value,
        organisationCode: value.organisationCode || null,
      });
      await this.router.navigateByUrl('/admin/users');
    });
  }
}

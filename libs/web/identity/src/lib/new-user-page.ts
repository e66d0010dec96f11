import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { Role } from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, TextField, loaded } from '@epm/web/ui';
import { AdminApi } from './admin-api.service';
import { RoleFields } from './user-form';

const FIELDS = ['displayName', 'email', 'role', 'organisationCode', 'password'];

@Component({
  selector: 'epm-new-user-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField, RoleFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/users">Back to user accounts</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        <h1 class="govuk-heading-l">Create an account</h1>
        @if (organisationsValue(); as partners) {
          <form [formGroup]="form" (ngSubmit)="create()" novalidate>
            <epm-text-field
              [control]="form.controls.displayName"
              fieldId="displayName"
              label="Full name"
              autocomplete="off"
              [error]="errors().byField['displayName']"
            />
            <epm-text-field
              [control]="form.controls.email"
              fieldId="email"
              label="Email address"
              type="email"
              autocomplete="off"
              [error]="errors().byField['email']"
            />
            <epm-role-fields
              [role]="form.controls.role"
              [organisation]="form.controls.organisationCode"
              [organisations]="partners"
              [roleError]="errors().byField['role']"
              [organisationError]="errors().byField['organisationCode']"
            />
            <epm-text-field
              [control]="form.controls.password"
              fieldId="password"
              label="Initial password"
              type="password"
              autocomplete="new-password"
              [error]="errors().byField['password']"
              hint="At least 12 characters. Give it to the person in a safe way; they can change it after signing in."
            />
            <button type="submit" class="govuk-button" [disabled]="busy()">Create account</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class NewUserPage {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  protected readonly organisations = resource({
    loader: () => this.api.partnerOrganisations(),
  });
  protected readonly organisationsValue = computed(() => loaded(this.organisations));
  protected readonly submission = new FormSubmission(FIELDS, 'email');
  protected readonly errors = this.submission.errors;
  protected readonly busy = this.submission.busy;
  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
    role: new FormControl<Role>('organiser', { nonNullable: true }),
    organisationCode: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });

  protected async create(): Promise<void> {
    await this.submission.run(async () => {
      const value = this.form.getRawValue();
      await this.api.createUser({
        ...value,
        organisationCode: value.organisationCode || undefined,
      });
      await this.router.navigateByUrl('/admin/users');
    });
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, SuccessBanner, TextField } from '@epm/web/ui';
import { AuthService } from './auth.service';

@Component({
  selector: 'epm-account-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        @if (changed()) {
          <epm-success-banner
            message="Your password has been changed. Other devices have been signed out."
            testId="password-changed"
          />
        }
        <h1 class="govuk-heading-l">Your account</h1>
        @if (auth.user(); as user) {
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Name</dt>
              <dd class="govuk-summary-list__value">{{ user.displayName }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Email address</dt>
              <dd class="govuk-summary-list__value">{{ user.email }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Role</dt>
              <dd class="govuk-summary-list__value">
                {{ roleLabels[user.role] }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Organisation</dt>
              <dd class="govuk-summary-list__value">
                {{ user.organisation?.name ?? 'None' }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Two-step verification</dt>
              <dd class="govuk-summary-list__value">
                {{ user.mfaEnabled ? 'On' : 'Off' }}
              </dd>
              <dd class="govuk-summary-list__actions">
                <a class="govuk-link" routerLink="/account/two-step"
                  >Change<span class="govuk-visually-hidden"> two-step verification</span></a
                >
              </dd>
            </div>
          </dl>
        }

        <h2 class="govuk-heading-m">Change your password</h2>
        <form [formGroup]="form" (ngSubmit)="changePassword()" novalidate>
          <epm-text-field
            [control]="form.controls.currentPassword"
            fieldId="currentPassword"
            label="Current password"
            type="password"
            autocomplete="current-password"
            [error]="errors().byField['currentPassword']"
          />
          <epm-text-field
            [control]="form.controls.newPassword"
            fieldId="newPassword"
            label="New password"
            type="password"
            autocomplete="new-password"
            [error]="errors().byField['newPassword']"
            hint="At least 12 characters. A few unrelated words together make a strong password that is easy to remember."
          />
          <button type="submit" class="govuk-button" [disabled]="busy()">Change password</button>
        </form>
      </div>
    </div>
  `,
})
export class AccountPage {
  protected readonly auth = inject(AuthService);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly submission = new FormSubmission(['currentPassword', 'newPassword'], 'currentPassword');
  protected readonly errors = this.submission.errors;
  protected readonly busy = this.submission.busy;
  protected readonly changed = signal(false);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    newPassword: new FormControl('', { nonNullable: true }),
  });

  protected async changePassword(): Promise<void> {
    this.changed.set(false);
    await this.submission.run(async () => {
      await this.auth.changePassword(this.form.getRawValue());
      this.form.reset();
      this.changed.set(true);
    });
  }
}

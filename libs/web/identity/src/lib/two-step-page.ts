import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { MfaEnrolmentResponse } from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, TextField } from '@epm/web/ui';
import { AuthService } from './auth.service';

@Component({
  selector: 'epm-two-step-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        <h1 class="govuk-heading-l">Two-step verification</h1>
        @if (recoveryCodes(); as codes) {
          <div class="govuk-panel govuk-panel--confirmation">
            <h2 class="govuk-panel__title">Two-step verification is on</h2>
          </div>
          <h2 class="govuk-heading-m">Save your recovery codes</h2>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning</span>
              These codes are shown once. Each one signs you in once if you lose your phone. Keep them somewhere safe.
            </strong>
          </div>
          <ul class="govuk-list" data-testid="recovery-codes">
            @for (code of codes; track code) {
              <li>
                <code>{{ code }}</code>
              </li>
            }
          </ul>
          <p class="govuk-body">
            <a class="govuk-link" routerLink="/account">Back to your account</a>
          </p>
        } @else if (auth.user()?.mfaEnabled) {
          <p class="govuk-body">
            Two-step verification is on. You enter a code from your authenticator app when you sign in.
          </p>
          <h2 class="govuk-heading-m">Turn off two-step verification</h2>
          <form [formGroup]="disableForm" (ngSubmit)="disable()" novalidate>
            <epm-text-field
              [control]="disableForm.controls.password"
              fieldId="password"
              label="Your password"
              type="password"
              autocomplete="current-password"
              [error]="errors().byField['password']"
            />
            <button type="submit" class="govuk-button govuk-button--warning" [disabled]="busy()">Turn off</button>
          </form>
        } @else {
          @if (auth.user()?.mfaEnrolmentRequired) {
            <div class="govuk-inset-text">Administrators must use two-step verification. Set it up to continue.</div>
          }
          <p class="govuk-body">
            Protect your account with a code from an authenticator app (such as Microsoft Authenticator or Google
            Authenticator) as well as your password.
          </p>
          @if (enrolment(); as setup) {
            <ol class="govuk-list govuk-list--number">
              <li>
                Scan this QR code with your authenticator app.
                <img
                  class="epm-qr-code"
                  [src]="setup.qrCodeDataUrl"
                  width="200"
                  height="200"
                  alt="QR code to add this account to an authenticator app. You can type the key below instead."
                />
              </li>
              <li>
                Or type this key into the app:
                <code data-testid="mfa-secret">{{ setup.secret }}</code>
              </li>
            </ol>
            <form [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate>
              <epm-text-field
                [control]="confirmForm.controls.code"
                fieldId="code"
                label="Enter the 6-digit code from the app"
                width="10"
                autocomplete="one-time-code"
                inputmode="numeric"
                [error]="errors().byField['code']"
              />
              <button type="submit" class="govuk-button" [disabled]="busy()">Turn on two-step verification</button>
            </form>
          } @else {
            <button type="button" class="govuk-button" (click)="start()" [disabled]="busy()">
              Set up two-step verification
            </button>
          }
        }
      </div>
    </div>
  `,
})
export class TwoStepPage {
  protected readonly auth = inject(AuthService);
  protected readonly enrolment = signal<MfaEnrolmentResponse | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  private readonly codeSubmission = new FormSubmission(['code'], 'code');
  private readonly passwordSubmission = new FormSubmission(['password'], 'password');
  private readonly active = signal(this.codeSubmission);
  protected readonly errors = () => this.active().errors();
  protected readonly busy = () => this.active().busy();
  protected readonly confirmForm = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
  });
  protected readonly disableForm = new FormGroup({
    password: new FormControl('', { nonNullable: true }),
  });

  protected async start(): Promise<void> {
    this.active.set(this.codeSubmission);
    await this.codeSubmission.run(async () => this.enrolment.set(await this.auth.startMfa()));
  }

  protected async confirm(): Promise<void> {
    this.active.set(this.codeSubmission);
    await this.codeSubmission.run(async () => {
      const { recoveryCodes } = await this.auth.confirmMfa(this.confirmForm.getRawValue().code);
      this.recoveryCodes.set(recoveryCodes);
      this.enrolment.set(null);
    });
  }

  protected async disable(): Promise<void> {
    this.active.set(this.passwordSubmission);
    await this.passwordSubmission.run(async () => {
      await this.auth.disableMfa(this.disableForm.getRawValue().password);
      this.disableForm.reset();
    });
  }
}

import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { ErrorSummary, FormSubmission, TextField } from '@epm/web/ui';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './safe-return-url';

@Component({
  selector: 'epm-sign-in-page',
  imports: [ReactiveFormsModule, ErrorSummary, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        @if (step() === 'password') {
          <h1 class="govuk-heading-l">Sign in</h1>
          <p class="govuk-body">
            For organisers at techUK and the LGA, and the review panel. Attendees do not need an account.
          </p>
          <form [formGroup]="credentials" (ngSubmit)="signIn()" novalidate>
            <epm-text-field
              [control]="credentials.controls.email"
              fieldId="email"
              label="Email address"
              type="email"
              autocomplete="username"
              [error]="errors().byField['email']"
            />
            <epm-text-field
              [control]="credentials.controls.password"
              fieldId="password"
              label="Password"
              type="password"
              autocomplete="current-password"
              [error]="errors().byField['password']"
            />
            <button type="submit" class="govuk-button" data-module="govuk-button" [disabled]="busy()">Sign in</button>
          </form>
        } @else {
          <h1 class="govuk-heading-l">Enter your security code</h1>
          <form [formGroup]="second" (ngSubmit)="verify()" novalidate>
            <epm-text-field
              [control]="second.controls.code"
              fieldId="code"
              label="Security code"
              width="10"
              hint="The 6-digit code your authenticator app shows now, or one of your recovery codes"
              autocomplete="one-time-code"
              [error]="errors().byField['code']"
            />
            <button type="submit" class="govuk-button" [disabled]="busy()">Continue</button>
          </form>
        }
      </div>
    </div>
  `,
})
export class SignInPage {
  /** Where to go afterwards (from the query string); only paths inside this app are followed. */
  readonly returnUrl = input<string>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly step = signal<'password' | 'code'>('password');
  private readonly passwordSubmission = new FormSubmission(['email', 'password'], 'email');
  private readonly codeSubmission = new FormSubmission(['code'], 'code');
  protected readonly errors = () =>
    (this.step() === 'password' ? this.passwordSubmission : this.codeSubmission).errors();
  protected readonly busy = () => this.passwordSubmission.busy() || this.codeSubmission.busy();

  protected readonly credentials = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
  protected readonly second = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
  });

  protected async signIn(): Promise<void> {
    await this.submit(this.passwordSubmission, async () => {
      const { email, password } = this.credentials.getRawValue();
      const response = await this.auth.login(email, password);
      if (response.status === 'mfa-required') {
        this.step.set('code');
        this.credentials.reset();
      } else {
        await this.continue();
      }
    });
  }

  protected async verify(): Promise<void> {
    await this.submit(this.codeSubmission, async () => {
      await this.auth.verifyCode(this.second.getRawValue().code);
      await this.continue();
    });
  }

  private async submit(submission: FormSubmission, action: () => Promise<void>): Promise<void> {
    const error = await submission.run(action);
    if (!error) return;
    // A pending sign-in that ended (too many wrong codes) starts again from the password.
    if ((error as { status?: number }).status === 401 && this.step() === 'code') {
      this.step.set('password');
      this.passwordSubmission.errors.set(submission.errors());
    }
  }

  private async continue(): Promise<void> {
    const user = this.auth.user();
    const home = user?.mfaEnrolmentRequired
      ? '/account/two-step'
      : user?.role === 'reviewer'
        ? '/account'
        : '/organiser';
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl(), home));
  }
}

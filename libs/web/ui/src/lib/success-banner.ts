import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** GOV.UK success notification banner; role=alert so the confirmation is announced. */
@Component({
  selector: 'epm-success-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      [attr.aria-labelledby]="titleId()"
      [attr.data-testid]="testId()"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" [id]="titleId()">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{ message() }}</p>
      </div>
    </div>
  `,
})
export class SuccessBanner {
  readonly message = input.required<string>();
  readonly titleId = input('success-title');
  readonly testId = input<string>();
}

import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'epm-forbidden-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">You do not have access to this page</h1>
        <p class="govuk-body">Your account cannot see or change this. If you think it should, ask an administrator.</p>
        <p class="govuk-body">
          <a class="govuk-link" routerLink="/account">Go to your account</a>
        </p>
      </div>
    </div>
  `,
})
export class ForbiddenPage {}

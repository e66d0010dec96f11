import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from './auth.service';

/** Where organisers land after signing in: their organisation's programme work starts here. */
@Component({
  selector: 'epm-organiser-home-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <span class="govuk-caption-l">{{ organisation() }}</span>
        <h1 class="govuk-heading-l">Organiser area</h1>
        <p class="govuk-body">
          You can plan and run events led by {{ organisation() }}, and joint events it is a partner on.
        </p>
        <h2 class="govuk-heading-m">Your events</h2>
        <div class="govuk-inset-text" data-testid="organiser-events-empty">
          There are no events yet. Events you schedule will be listed here.
        </div>
        <h2 class="govuk-heading-m">Your account</h2>
        <ul class="govuk-list">
          <li><a class="govuk-link" routerLink="/account">Change your password or two-step verification</a></li>
          @if (isAdmin()) {
            <li><a class="govuk-link" routerLink="/admin/users">Manage user accounts</a></li>
            <li><a class="govuk-link" routerLink="/admin/audit">Read the audit log</a></li>
          }
        </ul>
      </div>
    </div>
  `,
})
export class OrganiserHomePage {
  private readonly auth = inject(AuthService);
  protected readonly organisation = computed(() => this.auth.user()?.organisation?.name ?? 'All organisations');
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
}

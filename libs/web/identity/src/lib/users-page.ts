import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { loaded } from '@epm/web/ui';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@epm/shared/contracts';
import { AdminApi } from './admin-api.service';

@Component({
  selector: 'epm-users-page',
  imports: [RouterLink, DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l">User accounts</h1>
    <a class="govuk-button" routerLink="/admin/users/new">Create an account</a>
    @if (users.error()) {
      <p class="govuk-body">The accounts could not be loaded. Try again.</p>
    } @else if (usersValue(); as list) {
      <table class="govuk-table" data-testid="users-table">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {{
            list.length
          }}
          accounts
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Name</th>
            <th scope="col" class="govuk-table__header">Role</th>
            <th scope="col" class="govuk-table__header">Organisation</th>
            <th scope="col" class="govuk-table__header">Status</th>
            <th scope="col" class="govuk-table__header">Last signed in</th>
            <th scope="col" class="govuk-table__header">
              <span class="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (user of list; track user.id) {
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {{ user.displayName }}<br /><span class="govuk-body-s">{{ user.email }}</span>
              </th>
              <td class="govuk-table__cell">{{ roleLabels[user.role] }}</td>
              <td class="govuk-table__cell">
                {{ user.organisation?.name ?? '–' }}
              </td>
              <td class="govuk-table__cell">
                @if (user.disabled) {
                  <strong class="govuk-tag govuk-tag--grey">Disabled</strong>
                } @else {
                  <strong class="govuk-tag govuk-tag--green">Active</strong>
                }
                @if (user.mfaEnabled) {
                  <strong class="govuk-tag govuk-tag--blue">Two-step</strong>
                }
              </td>
              <td class="govuk-table__cell">
                {{ user.lastSignedInAt ? (user.lastSignedInAt | date: 'd MMM y, HH:mm' : 'Europe/London') : 'Never' }}
              </td>
              <td class="govuk-table__cell">
                <a class="govuk-link" [routerLink]="['/admin/users', user.id]"
                  >Change<span class="govuk-visually-hidden"> {{ user.displayName }}</span></a
                >
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly users = resource({ loader: () => this.api.users() });
  protected readonly usersValue = computed(() => loaded(this.users));
}

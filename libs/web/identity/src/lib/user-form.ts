import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { ROLE_LABELS, ROLES, type OrganisationResponse, type Role } from '@epm/shared/contracts';

/** The role radios and organisation select shared by the create and change pages. */
@Component({
  selector: 'epm-role-fields',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!roleError()">
      <fieldset class="govuk-fieldset" [attr.aria-describedby]="roleError() ? 'role-error' : null">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Role</legend>
        @if (roleError()) {
          <p class="govuk-error-message" id="role-error">
            <span class="govuk-visually-hidden">Error:</span> {{ roleError() }}
          </p>
        }
        <div class="govuk-radios" data-module="govuk-radios">
          @for (value of roles; track value; let first = $first) {
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                [id]="first ? 'role' : 'role-' + value"
                name="role"
                type="radio"
                [value]="value"
                [formControl]="role()"
              />
              <label class="govuk-label govuk-radios__label" [for]="first ? 'role' : 'role-' + value">{{
                labels[value]
              }}</label>
            </div>
          }
        </div>
      </fieldset>
    </div>
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!organisationError()">
      <label class="govuk-label" for="organisationCode">Organisation</label>
      <div class="govuk-hint" id="organisationCode-hint">Organisers run events for one partner organisation</div>
      @if (organisationError()) {
        <p class="govuk-error-message" id="organisationCode-error">
          <span class="govuk-visually-hidden">Error:</span>
          {{ organisationError() }}
        </p>
      }
      <select
        class="govuk-select"
        id="organisationCode"
        name="organisationCode"
        [formControl]="organisation()"
        [class.govuk-select--error]="!!organisationError()"
        [attr.aria-describedby]="'organisationCode-hint' + (organisationError() ? ' organisationCode-error' : '')"
      >
        <option value="">None</option>
        @for (option of organisations(); track option.code) {
          <option [value]="option.code">{{ option.name }}</option>
        }
      </select>
    </div>
  `,
})
export class RoleFields {
  readonly role = input.required<FormControl<Role>>();
  readonly organisation = input.required<FormControl<string>>();
  readonly organisations = input<OrganisationResponse[]>([]);
  readonly roleError = input<string | undefined>();
  readonly organisationError = input<string | undefined>();
  protected readonly roles = ROLES;
  protected readonly labels = ROLE_LABELS;
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';

/**
 * GOV.UK date input (day, month, year), with a UK clock time beside it when a
 * `time` control is given. The day input carries `fieldId`, so an error summary
 * link lands on the first box.
 */
@Component({
  selector: 'epm-date-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!error()">
      <fieldset
        class="govuk-fieldset"
        role="group"
        [attr.aria-describedby]="fieldId() + '-hint' + (error() ? ' ' + fieldId() + '-error' : '')"
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{ legend() }}</legend>
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
        @if (error(); as message) {
          <p class="govuk-error-message" [id]="fieldId() + '-error'">
            <span class="govuk-visually-hidden">Error:</span> {{ message }}
          </p>
        }
        <div class="govuk-date-input">
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" [for]="fieldId()">Day</label>
              <input
                class="govuk-input govuk-date-input__input govuk-input--width-2"
                [class.govuk-input--error]="!!error()"
                [id]="fieldId()"
                type="text"
                inputmode="numeric"
                [formControl]="day()"
              />
            </div>
          </div>
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" [for]="fieldId() + '-month'">Month</label>
              <input
                class="govuk-input govuk-date-input__input govuk-input--width-2"
                [class.govuk-input--error]="!!error()"
                [id]="fieldId() + '-month'"
                type="text"
                inputmode="numeric"
                [formControl]="month()"
              />
            </div>
          </div>
          <div class="govuk-date-input__item">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-date-input__label" [for]="fieldId() + '-year'">Year</label>
              <input
                class="govuk-input govuk-date-input__input govuk-input--width-4"
                [class.govuk-input--error]="!!error()"
                [id]="fieldId() + '-year'"
                type="text"
                inputmode="numeric"
                [formControl]="year()"
              />
            </div>
          </div>
          @if (time(); as timeControl) {
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" [for]="fieldId() + '-time'">Time</label>
                <input
                  class="govuk-input govuk-date-input__input govuk-input--width-5"
                  [class.govuk-input--error]="!!error()"
                  [id]="fieldId() + '-time'"
                  type="text"
                  [formControl]="timeControl"
                />
              </div>
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class DateField {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input.required<string>();
  readonly error = input<string | undefined>();
  readonly day = input.required<FormControl<string>>();
  readonly month = input.required<FormControl<string>>();
  readonly year = input.required<FormControl<string>>();
  readonly time = input<FormControl<string>>();
}

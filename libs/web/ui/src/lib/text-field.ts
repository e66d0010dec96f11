import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';

/** GOV.UK text input with label, optional hint and inline error, wired for assistive technology. */
@Component({
  selector: 'epm-text-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!error()">
      <label class="govuk-label" [class.govuk-label--m]="large()" [for]="fieldId()">{{ label() }}</label>
      @if (hint()) {
        <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
      }
      @if (error()) {
        <p class="govuk-error-message" [id]="fieldId() + '-error'">
          <span class="govuk-visually-hidden">Error:</span> {{ error() }}
        </p>
      }
      <input
        class="govuk-input"
        [class.govuk-input--error]="!!error()"
        [class]="widthClass()"
        [id]="fieldId()"
        [attr.name]="fieldId()"
        [type]="type()"
        [attr.autocomplete]="autocomplete()"
        [attr.inputmode]="inputmode()"
        [attr.spellcheck]="type() === 'email' || type() === 'password' ? 'false' : null"
        [attr.aria-describedby]="describedBy()"
        [formControl]="control()"
      />
    </div>
  `,
})
export class TextField {
  readonly control = input.required<FormControl<string>>();
  /** The input's id (not `id`, which would also land on the host element and duplicate it). */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly error = input<string | undefined>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input<string>();
  readonly inputmode = input<string>();
  readonly width = input<'full' | '20' | '10' | '5'>('full');
  readonly large = input(false);

  protected readonly widthClass = computed(() => (this.width() === 'full' ? '' : `govuk-input--width-${this.width()}`));
  protected readonly describedBy = computed(
    () =>
      [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-error` : '']
        .filter(Boolean)
        .join(' ') || null,
  );
}

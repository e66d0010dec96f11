import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type OrganisationType,
  SUPPLIER_SIZES,
  type SupplierSize,
} from '@epm/shared/contracts';
import { TextField } from '@epm/web/ui';
import { startWith, switchMap } from 'rxjs';
import { CouncilCombobox } from './register-council-combobox';
import { SUPPLIER_SIZE_LABELS } from './register-form-model';

/** The controls the question fills in. */
export interface OrganisationControls {
  organisationType: FormControl<OrganisationType | ''>;
  councilName: FormControl<string>;
  councilCode: FormControl<string>;
  organisationName: FormControl<string>;
  supplierSize: FormControl<SupplierSize | ''>;
}

/** Who is answering: the attendee about themselves, or an organiser about someone else. */
export type OrganisationQuestionVoice = 'you' | 'they';

const WORDING: Record<
  OrganisationQuestionVoice,
  {
    legend: string;
    council: string;
    name: (type: OrganisationType) => string;
    nameAutocomplete: string;
    size: string;
    sizeLegendClass: string;
  }
> = {
  you: {
    legend: 'What type of organisation do you work for?',
    council: 'Your council',
    name: (type) => (type === 'supplier' ? 'Name of your company' : 'Name of your organisation'),
    nameAutocomplete: 'organization',
    size: 'Size of your company',
    sizeLegendClass: 'govuk-fieldset__legend govuk-fieldset__legend--s',
  },
  they: {
    legend: 'What kind of organisation do they work for?',
    council: 'Council',
    name: () => 'Organisation name',
    nameAutocomplete: 'off',
    size: 'Size of the company',
    sizeLegendClass: 'govuk-fieldset__legend',
  },
};

/**
 * "What type of organisation do you work for?" (the registration and change forms) or "What kind of
 * organisation do they work for?" (an organiser's add-registration and walk-in forms): the type as radios, with
 * the follow-up each type needs revealed under its radio (the council picker, the organisation's name, a
 * supplier's size).
 */
@Component({
  selector: 'epm-organisation-question',
  imports: [ReactiveFormsModule, TextField, CouncilCombobox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors()['organisationType']">
      <fieldset
        class="govuk-fieldset"
        [attr.aria-describedby]="errors()['organisationType'] ? 'organisationType-error' : null"
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{{ wording().legend }}</legend>
        @if (errors()['organisationType']; as message) {
          <p class="govuk-error-message" id="organisationType-error">
            <span class="govuk-visually-hidden">Error:</span> {{ message }}
          </p>
        }
        <div class="govuk-radios" data-testid="organisation-types">
          @for (type of organisationTypes; track type; let first = $first) {
            <div class="govuk-radios__item">
              <input
                class="govuk-radios__input"
                [id]="first ? 'organisationType' : 'organisationType-' + type"
                name="organisationType"
                type="radio"
                [value]="type"
                [formControl]="controls().organisationType"
              />
              <label
                class="govuk-label govuk-radios__label"
                [for]="first ? 'organisationType' : 'organisationType-' + type"
                >{{ typeLabels[type] }}</label
              >
            </div>
            @if (type === chosen()) {
              <div
                class="govuk-radios__conditional"
                [id]="'conditional-' + type"
                [attr.data-testid]="'conditional-' + type"
              >
                @if (type === 'council') {
                  <epm-council-combobox
                    [text]="controls().councilName"
                    [code]="controls().councilCode"
                    [label]="wording().council"
                    [error]="errors()['councilCode']"
                  />
                } @else {
                  <epm-text-field
                    [control]="controls().organisationName"
                    fieldId="organisationName"
                    [label]="wording().name(type)"
                    [autocomplete]="wording().nameAutocomplete"
                    [error]="errors()['organisationName']"
                  />
                }
                @if (type === 'supplier') {
                  <!-- Nested form groups lose their bottom margin (GOV.UK's :last-of-type rule): space this one. -->
                  <div
                    class="govuk-form-group govuk-!-margin-top-4"
                    [class.govuk-form-group--error]="!!errors()['supplierSize']"
                  >
                    <fieldset
                      class="govuk-fieldset"
                      [attr.aria-describedby]="errors()['supplierSize'] ? 'supplierSize-error' : null"
                    >
                      <legend [class]="wording().sizeLegendClass">{{ wording().size }}</legend>
                      @if (errors()['supplierSize']; as message) {
                        <p class="govuk-error-message" id="supplierSize-error">
                          <span class="govuk-visually-hidden">Error:</span> {{ message }}
                        </p>
                      }
                      <div class="govuk-radios govuk-radios--small">
                        @for (size of sizes; track size; let firstSize = $first) {
                          <div class="govuk-radios__item">
                            <input
                              class="govuk-radios__input"
                              [id]="firstSize ? 'supplierSize' : 'supplierSize-' + size"
                              name="supplierSize"
                              type="radio"
                              [value]="size"
                              [formControl]="controls().supplierSize"
                            />
                            <label
                              class="govuk-label govuk-radios__label"
                              [for]="firstSize ? 'supplierSize' : 'supplierSize-' + size"
                              >{{ sizeLabels[size] }}</label
                            >
                          </div>
                        }
                      </div>
                    </fieldset>
                  </div>
                }
              </div>
            }
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class OrganisationQuestion {
  readonly controls = input.required<OrganisationControls>();
  /** Messages by field name, as the API keys them. */
  readonly errors = input<Record<string, string | undefined>>({});
  readonly voice = input<OrganisationQuestionVoice>('they');

  protected readonly wording = computed(() => WORDING[this.voice()]);

  protected readonly organisationTypes = ORGANISATION_TYPES;
  protected readonly typeLabels = ORGANISATION_TYPE_LABELS;
  protected readonly sizes = SUPPLIER_SIZES;
  protected readonly sizeLabels = SUPPLIER_SIZE_LABELS;
  protected readonly chosen = toSignal(
    toObservable(computed(() => this.controls().organisationType)).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: '' as const },
  );
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ErrorSummary, formErrorsFrom, FormSubmission, loaded, TextField } from '@epm/web/ui';
import { EventsApi } from './events-api.service';
import { findObjective, OBJECTIVE_FIELDS, objectiveFormValue, toObjectiveInput } from './programme-form-model';

const text = () => new FormControl('', { nonNullable: true });

/** Change an objective's title, description and target. Organisers and administrators. */
@Component({
  selector: 'epm-edit-objective-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/organiser/programme">Back to programme years and objectives</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        @if (programmes.error()) {
          <h1 class="govuk-heading-l">The objective could not be loaded</h1>
          <p class="govuk-body">Try again.</p>
        } @else if (programmesValue()) {
          @if (found(); as match) {
            <span class="govuk-caption-l">{{ match.programme.name }}</span>
            <h1 class="govuk-heading-l">Change the objective</h1>
            <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="edit-objective-form">
              <epm-text-field
                [control]="form.controls.title"
                fieldId="title"
                label="Objective"
                hint="For example, Reach 150 councils"
                [error]="errors().byField['title']"
              />
              <div class="govuk-form-group" [class.govuk-form-group--error]="!!errors().byField['description']">
                <label class="govuk-label" for="description">Description (optional)</label>
                <div class="govuk-hint" id="description-hint">What the objective is for, and how it is measured</div>
                @if (errors().byField['description']; as message) {
                  <p class="govuk-error-message" id="description-error">
                    <span class="govuk-visually-hidden">Error:</span> {{ message }}
                  </p>
                }
                <textarea
                  class="govuk-textarea"
                  [class.govuk-textarea--error]="!!errors().byField['description']"
                  id="description"
                  name="description"
                  rows="4"
                  [formControl]="form.controls.description"
                  [attr.aria-describedby]="
                    'description-hint' + (errors().byField['description'] ? ' description-error' : '')
                  "
                ></textarea>
              </div>
              <epm-text-field
                [control]="form.controls.targetValue"
                fieldId="targetValue"
                label="Target (optional)"
                width="5"
                inputmode="decimal"
                hint="A number, such as 150 or 4.2. Leave it empty for no target"
                [error]="errors().byField['targetValue']"
              />
              <epm-text-field
                [control]="form.controls.targetUnit"
                fieldId="targetUnit"
                label="What the target counts (optional)"
                width="20"
                hint="For example, councils reached"
                [error]="errors().byField['targetUnit']"
              />
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button" [disabled]="submission.busy()">Save changes</button>
                <a class="govuk-link" routerLink="/organiser/programme">Cancel</a>
              </div>
            </form>
          } @else {
            <h1 class="govuk-heading-l">Objective not found</h1>
            <p class="govuk-body">
              <a class="govuk-link" routerLink="/organiser/programme">See the programme years and objectives</a>
            </p>
          }
        }
      </div>
    </div>
  `,
})
export class EditObjectivePage {
  readonly programmeId = input.required<string>();
  readonly objectiveId = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  protected readonly programmes = resource({ loader: () => this.api.programmes() });
  protected readonly programmesValue = computed(() => loaded(this.programmes));
  protected readonly found = computed(() => {
    const list = this.programmesValue();
    return list ? findObjective(list, Number(this.programmeId()), Number(this.objectiveId())) : null;
  });
  protected readonly submission = new FormSubmission(OBJECTIVE_FIELDS, 'title');
  protected readonly errors = this.submission.errors;
  protected readonly form = new FormGroup({
    title: text(),
    description: text(),
    targetValue: text(),
    targetUnit: text(),
  });

  constructor() {
    effect(() => {
      const match = this.found();
      if (match) this.form.setValue(objectiveFormValue(match.objective));
    });
  }

  protected async save(): Promise<void> {
    const match = this.found();
    if (!match) return;
    const { input, errors } = toObjectiveInput(this.form.getRawValue());
    if (!input) {
      this.errors.set(
        formErrorsFrom({ error: { statusCode: 422, error: '', message: '', errors } }, OBJECTIVE_FIELDS, 'title'),
      );
      return;
    }
    const failed = await this.submission.run(() =>
      this.api.updateObjective(match.programme.id, match.objective.id, input),
    );
    if (!failed) {
      await this.router.navigate(['/organiser/programme'], {
        state: { notice: `The objective ‘${input.title.trim()}’ is saved.` },
      });
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ErrorSummary, FormSubmission, loaded, TextField } from '@epm/web/ui';
import { EventsApi } from './events-api.service';
import { PROGRAMME_FIELDS, programmeFormValue } from './programme-form-model';

const text = () => new FormControl('', { nonNullable: true });

/** Rename or re-date a programme year. Administrators only (the route and the API both say so). */
@Component({
  selector: 'epm-edit-programme-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/organiser/programme">Back to programme years and objectives</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="errors().summary" />
        @if (programmes.error()) {
          <h1 class="govuk-heading-l">The programme year could not be loaded</h1>
          <p class="govuk-body">Try again.</p>
        } @else if (programmesValue()) {
          @if (programme(); as year) {
            <span class="govuk-caption-l">{{ year.name }}</span>
            <h1 class="govuk-heading-l">Change the programme year</h1>
            <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="edit-programme-form">
              <epm-text-field
                [control]="form.controls.name"
                fieldId="name"
                label="Name"
                hint="For example, MoU year 3"
                [error]="errors().byField['name']"
              />
              <epm-text-field
                [control]="form.controls.startsOn"
                fieldId="startsOn"
                label="First day"
                width="10"
                hint="As YYYY-MM-DD, for example 2027-04-01"
                [error]="errors().byField['startsOn']"
              />
              <epm-text-field
                [control]="form.controls.endsOn"
                fieldId="endsOn"
                label="Last day"
                width="10"
                hint="As YYYY-MM-DD, for example 2028-03-31"
                [error]="errors().byField['endsOn']"
              />
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button" [disabled]="submission.busy()">Save changes</button>
                <a class="govuk-link" routerLink="/organiser/programme">Cancel</a>
              </div>
            </form>
          } @else {
            <h1 class="govuk-heading-l">Programme year not found</h1>
            <p class="govuk-body">
              <a class="govuk-link" routerLink="/organiser/programme">See the programme years and objectives</a>
            </p>
          }
        }
      </div>
    </div>
  `,
})
export class EditProgrammePage {
  readonly programmeId = input.required<string>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  protected readonly programmes = resource({ loader: () => this.api.programmes() });
  protected readonly programmesValue = computed(() => loaded(this.programmes));
  protected readonly programme = computed(
    () => this.programmesValue()?.find((candidate) => candidate.id === Number(this.programmeId())) ?? null,
  );
  protected readonly submission = new FormSubmission(PROGRAMME_FIELDS, 'name');
  protected readonly errors = this.submission.errors;
  protected readonly form = new FormGroup({ name: text(), startsOn: text(), endsOn: text() });

  constructor() {
    effect(() => {
      const year = this.programme();
      if (year) this.form.setValue(programmeFormValue(year));
    });
  }

  protected async save(): Promise<void> {
    const year = this.programme();
    if (!year) return;
    const value = this.form.getRawValue();
    const failed = await this.submission.run(() => this.api.updateProgramme(year.id, value));
    if (!failed) {
      await this.router.navigate(['/organiser/programme'], {
        state: { notice: `The programme year ‘${value.name.trim()}’ is saved.` },
      });
    }
  }
}

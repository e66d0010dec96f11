import { ChangeDetectionStrategy, Component, computed, effect, inject, resource, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '@epm/web/identity';
import {
  ErrorSummary,
  formErrorsFrom,
  FormSubmission,
  loaded,
  SuccessBanner,
  TextField,
  UkTimePipe,
} from '@epm/web/ui';
import { EventsApi } from './events-api.service';
import { OBJECTIVE_FIELDS, PROGRAMME_FIELDS, toObjectiveInput } from './programme-form-model';

/**
 * Programme years and their objectives: organisers add and change objectives,
 * administrators also add and change years. The change pages come back here
 * with a notice in the navigation state, shown as a success banner.
 */
@Component({
  selector: 'epm-programme-admin-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner, TextField, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/organiser">Back to your events</a>
    <epm-error-summary [errors]="submission.errors().summary" />
    @if (notice(); as message) {
      <epm-success-banner [message]="message" testId="notice" />
    }
    <h1 class="govuk-heading-l">Programme years and objectives</h1>
    @if (programmes.error()) {
      <p class="govuk-body">The programme could not be loaded. Try again.</p>
    } @else {
      @for (programme of programmesValue() ?? []; track programme.id) {
        <h2 class="govuk-heading-m">{{ programme.name }}</h2>
        <p class="govuk-body" [attr.data-testid]="'programme-dates-' + programme.id">
          {{ programme.startsOn | uk: 'short-date' }} to {{ programme.endsOn | uk: 'short-date' }}
        </p>
        @if (isAdmin()) {
          <p class="govuk-body">
            <a class="govuk-link" [routerLink]="['/organiser/programme', programme.id, 'edit']"
              >Change<span class="govuk-visually-hidden"> the name and dates of {{ programme.name }}</span></a
            >
          </p>
        }
        @if (programme.objectives.length === 0) {
          <p class="govuk-body">No objectives yet.</p>
        } @else {
          <table class="govuk-table" [attr.data-testid]="'objectives-' + programme.id">
            <caption class="govuk-table__caption govuk-table__caption--s">
              Objectives of
              {{
                programme.name
              }}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Objective</th>
                <th scope="col" class="govuk-table__header">Target</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (objective of programme.objectives; track objective.id) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">
                    {{ objective.title }}
                    @if (objective.description) {
                      <p class="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                        {{ objective.description }}
                      </p>
                    }
                  </th>
                  <td class="govuk-table__cell">
                    {{
                      objective.targetValue === null
                        ? 'No target'
                        : objective.targetValue + ' ' + (objective.targetUnit ?? '')
                    }}
                  </td>
                  <td class="govuk-table__cell">
                    <a
                      class="govuk-link"
                      [routerLink]="['/organiser/programme', programme.id, 'objectives', objective.id, 'edit']"
                      >Change<span class="govuk-visually-hidden"> {{ objective.title }}</span></a
                    >
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
      @if (programmesValue(); as list) {
        <h2 class="govuk-heading-m">Add an objective</h2>
        <form [formGroup]="objective" (ngSubmit)="addObjective()" novalidate data-testid="objective-form">
          <div class="govuk-form-group">
            <label class="govuk-label" for="programmeId">Programme year</label>
            <select class="govuk-select" id="programmeId" name="programmeId" formControlName="programmeId">
              @for (programme of list; track programme.id) {
                <option [value]="programme.id">{{ programme.name }}</option>
              }
            </select>
          </div>
          <epm-text-field
            [control]="objective.controls.title"
            fieldId="title"
            label="Objective"
            hint="For example, Reach 150 councils"
            [error]="submission.errors().byField['title']"
          />
          <epm-text-field
            [control]="objective.controls.targetValue"
            fieldId="targetValue"
            label="Target (optional)"
            width="5"
            inputmode="decimal"
            hint="A number, such as 150 or 4.2"
            [error]="submission.errors().byField['targetValue']"
          />
          <epm-text-field
            [control]="objective.controls.targetUnit"
            fieldId="targetUnit"
            label="What the target counts (optional)"
            width="20"
            hint="For example, councils reached"
            [error]="submission.errors().byField['targetUnit']"
          />
          <button type="submit" class="govuk-button" [disabled]="submission.busy()">Add objective</button>
        </form>
      }
      @if (isAdmin()) {
        <h2 class="govuk-heading-m">Add a programme year</h2>
        <form [formGroup]="year" (ngSubmit)="addYear()" novalidate>
          <epm-text-field
            [control]="year.controls.name"
            fieldId="name"
            label="Name"
            hint="For example, MoU year 3"
            [error]="submission.errors().byField['name']"
          />
          <epm-text-field
            [control]="year.controls.startsOn"
            fieldId="startsOn"
            label="First day"
            width="10"
            hint="As YYYY-MM-DD, for example 2027-04-01"
            [error]="submission.errors().byField['startsOn']"
          />
          <epm-text-field
            [control]="year.controls.endsOn"
            fieldId="endsOn"
            label="Last day"
            width="10"
            hint="As YYYY-MM-DD, for example 2028-03-31"
            [error]="submission.errors().byField['endsOn']"
          />
          <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="submission.busy()">
            Add programme year
          </button>
        </form>
      }
    }
  `,
})
export class ProgrammeAdminPage {
  private readonly api = inject(EventsApi);
  private readonly auth = inject(AuthService);
  /** Set when a change page has just saved (navigation state, so a reload does not repeat it). */
  protected readonly notice = signal<string | null>(noticeOf(inject(Router).currentNavigation()?.extras.state));
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
  protected readonly programmes = resource({ loader: () => this.api.programmes() });
  protected readonly programmesValue = computed(() => loaded(this.programmes));
  protected readonly submission = new FormSubmission([...OBJECTIVE_FIELDS, ...PROGRAMME_FIELDS], 'title');
  protected readonly objective = new FormGroup({
    programmeId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    targetValue: new FormControl('', { nonNullable: true }),
    targetUnit: new FormControl('', { nonNullable: true }),
  });
  protected readonly year = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    startsOn: new FormControl('', { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    // The year being planned by default: the one covering today, else the newest.
    effect(() => {
      const programmes = this.programmesValue() ?? [];
      const control = this.objective.controls.programmeId;
      if (!programmes.length || control.value) return;
      const today = new Date().toISOString().slice(0, 10);
      const current = programmes.find((programme) => programme.startsOn <= today && today <= programme.endsOn);
      control.setValue(String((current ?? programmes[programmes.length - 1])?.id ?? ''));
    });
  }

  protected async addObjective(): Promise<void> {
    const { programmeId, ...value } = this.objective.getRawValue();
    const { input, errors } = toObjectiveInput({ ...value, description: '' });
    if (!input) {
      this.submission.errors.set(
        formErrorsFrom({ error: { statusCode: 422, error: '', message: '', errors } }, OBJECTIVE_FIELDS, 'title'),
      );
      return;
    }
    this.notice.set(null);
    const failed = await this.submission.run(() => this.api.addObjective(Number(programmeId), input));
    if (!failed) {
      this.objective.patchValue({ title: '', targetValue: '', targetUnit: '' });
      this.programmes.reload();
    }
  }

  protected async addYear(): Promise<void> {
    this.notice.set(null);
    const failed = await this.submission.run(() => this.api.addProgramme(this.year.getRawValue()));
    if (!failed) {
      this.year.reset();
      this.programmes.reload();
    }
  }
}

function noticeOf(state: Record<string, unknown> | undefined): string | null {
  const notice = state?.['notice'];
  return typeof notice === 'string' ? notice : null;
}

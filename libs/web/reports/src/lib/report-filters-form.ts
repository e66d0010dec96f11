import { ChangeDetectionStrategy, Component, computed, effect, inject, input, model } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EVENT_FORMATS, EVENT_TYPES, PARTNER_ORGANISATIONS } from '@epm/shared/contracts';
import { DateField, type FieldError } from '@epm/web/ui';
import {
  FORMAT_LABELS,
  filtersFromForm,
  formFromFilters,
  queryFromFilters,
  type ReportFilters,
  THEME_GROUPS,
  TYPE_LABELS,
} from './report-filters';

type DateFieldId = 'from' | 'to';

/**
 * The period and the filters, as a GOV.UK form whose answer is the page's address: applying it navigates to
 * `?from=…&to=…&type=…`, so any view can be bookmarked or shared. The page shows the error summary (at its
 * top, as GOV.UK asks) from the `errors` this form sets; each field shows its own message too.
 */
@Component({
  selector: 'epm-report-filters',
  imports: [ReactiveFormsModule, RouterLink, DateField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="apply()" novalidate class="epm-report-filters" data-testid="report-filters">
      <h2 class="govuk-heading-m">Period and filters</h2>
      <div class="govuk-grid-row">
        @for (field of dateFields; track field.id) {
          <div class="govuk-grid-column-one-half">
            <epm-date-field
              [fieldId]="field.id"
              [legend]="field.legend"
              [hint]="field.hint"
              [error]="errorFor()[field.id]"
              [day]="field.day"
              [month]="field.month"
              [year]="field.year"
            />
          </div>
        }
      </div>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-quarter-from-desktop">
          <div class="govuk-form-group">
            <label class="govuk-label" for="filter-type">Type of event</label>
            <select class="govuk-select govuk-!-width-full" id="filter-type" name="type" formControlName="type">
              <option value="">All types</option>
              @for (type of types; track type) {
                <option [value]="type">{{ typeLabels[type] }}</option>
              }
            </select>
          </div>
        </div>
        <div class="govuk-grid-column-one-quarter-from-desktop">
          <div class="govuk-form-group">
            <label class="govuk-label" for="filter-theme">Theme</label>
            <select class="govuk-select govuk-!-width-full" id="filter-theme" name="theme" formControlName="theme">
              <option value="">All themes</option>
              @for (group of themeGroups; track group.label) {
                <optgroup [label]="group.label">
                  @for (term of group.terms; track term.code) {
                    <option [value]="term.code">{{ term.label }}</option>
                  }
                </optgroup>
              }
            </select>
          </div>
        </div>
        <div class="govuk-grid-column-one-quarter-from-desktop">
          <div class="govuk-form-group">
            <label class="govuk-label" for="filter-organisation">Organiser</label>
            <select
              class="govuk-select govuk-!-width-full"
              id="filter-organisation"
              name="organisation"
              formControlName="organisation"
              aria-describedby="filter-organisation-hint"
            >
              <option value="">Both partners</option>
              @for (partner of partners; track partner.code) {
                <option [value]="partner.code">{{ partner.name }}</option>
              }
            </select>
            <div class="govuk-hint govuk-!-font-size-16 govuk-!-margin-top-1" id="filter-organisation-hint">
              Events it led or partnered
            </div>
          </div>
        </div>
        <div class="govuk-grid-column-one-quarter-from-desktop">
          <div class="govuk-form-group">
            <label class="govuk-label" for="filter-format">Format</label>
            <select class="govuk-select govuk-!-width-full" id="filter-format" name="format" formControlName="format">
              <option value="">All formats</option>
              @for (format of formats; track format) {
                <option [value]="format">{{ formatLabels[format] }}</option>
              }
            </select>
          </div>
        </div>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button">Show figures</button>
        <a class="govuk-link" [routerLink]="[]" [queryParams]="{}" (click)="clear()">Clear filters</a>
      </div>
    </form>
  `,
})
export class ReportFiltersForm {
  /** The filters in the address. */
  readonly filters = input.required<ReportFilters>();
  /** The period the report covers, to fill the dates when the address leaves them to the API's default. */
  readonly period = input<{ from: string; to: string }>();
  /** The form's errors, for the page's error summary; empty once the form is applied without any. */
  readonly errors = model<FieldError[]>([]);

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly types = EVENT_TYPES;
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly formats = EVENT_FORMATS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly partners = PARTNER_ORGANISATIONS;
  protected readonly themeGroups = THEME_GROUPS;
  protected readonly errorFor = computed(() => {
    const byField: Partial<Record<DateFieldId, string>> = {};
    for (const error of this.errors()) byField[error.field as DateFieldId] ??= error.message;
    return byField;
  });

  protected readonly form = new FormGroup({
    fromDay: new FormControl('', { nonNullable: true }),
    fromMonth: new FormControl('', { nonNullable: true }),
    fromYear: new FormControl('', { nonNullable: true }),
    toDay: new FormControl('', { nonNullable: true }),
    toMonth: new FormControl('', { nonNullable: true }),
    toYear: new FormControl('', { nonNullable: true }),
    type: new FormControl('', { nonNullable: true }),
    theme: new FormControl('', { nonNullable: true }),
    organisation: new FormControl('', { nonNullable: true }),
    format: new FormControl('', { nonNullable: true }),
  });
  protected readonly dateFields = (['from', 'to'] as const).map((id) => ({
    id,
    legend: id === 'from' ? 'Start date' : 'End date',
    hint: id === 'from' ? 'For example, 1 4 2025' : 'For example, 31 3 2026',
    day: this.form.controls[`${id}Day`],
    month: this.form.controls[`${id}Month`],
    year: this.form.controls[`${id}Year`],
  }));

  constructor() {
    // The form follows the address (and the period the API chose), unless someone is part-way through changing it.
    effect(() => {
      const value = formFromFilters(this.filters(), this.period());
      if (!this.form.dirty) this.form.setValue(value);
    });
  }

  protected apply(): void {
    const result = filtersFromForm(this.form.getRawValue());
    this.errors.set(result.errors);
    if (!result.filters) return;
    this.form.markAsPristine();
    void this.router.navigate([], { relativeTo: this.route, queryParams: queryFromFilters(result.filters) });
  }

  protected clear(): void {
    this.errors.set([]);
    this.form.markAsPristine();
  }
}

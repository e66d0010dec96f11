import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { percent } from './feedback-form-model';

export interface BarRow {
  label: string;
  count: number;
}

/**
 * A bar chart that is a table first: every value is in the text (how many
 * people, and what share), so screen readers and printouts lose nothing;
 * the bar beside each is decoration, hidden from assistive technology. Its
 * width is set through the style property, which the Content-Security-Policy
 * allows (no inline style attribute).
 */
@Component({
  selector: 'epm-feedback-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="govuk-table" [attr.data-testid]="testId()">
      <caption class="govuk-table__caption govuk-table__caption--s">
        {{
          caption()
        }}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">{{ labelHeading() }}</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">People</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Share</th>
          <th scope="col" class="govuk-table__header govuk-!-width-one-third">
            <span class="govuk-visually-hidden">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        @for (row of bars(); track row.label) {
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header govuk-!-font-weight-regular">{{ row.label }}</th>
            <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.count }}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">{{ row.share }}</td>
            <td class="govuk-table__cell" aria-hidden="true">
              <span
                [style.display]="'block'"
                [style.height.px]="16"
                [style.min-width.px]="row.count ? 2 : 0"
                [style.width.%]="row.width"
                [style.background-color]="'#1d70b8'"
              ></span>
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class FeedbackBars {
  readonly caption = input.required<string>();
  readonly rows = input.required<BarRow[]>();
  readonly labelHeading = input('Answer');
  /** What shares are of: by default the rows' sum; for choose-many questions, the people who answered. */
  readonly total = input<number | null>(null);
  readonly testId = input<string>();

  protected readonly bars = computed(() => {
    const rows = this.rows();
    const total = this.total() ?? rows.reduce((sum, row) => sum + row.count, 0);
    const most = Math.max(1, ...rows.map((row) => row.count));
    return rows.map((row) => ({
      ...row,
      share: percent(total ? row.count / total : null),
      width: (row.count / most) * 100,
    }));
  });
}

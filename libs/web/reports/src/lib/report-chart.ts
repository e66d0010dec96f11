import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HowCalculated } from './how-calculated';
import type { ReportChart } from './report-charts';

/**
 * A chart as a table: its one-sentence summary, a captioned table with every figure as text, and bars
 * that draw those figures. The bars and their key are hidden from assistive technology, which reads the
 * table, which scrolls sideways inside its own labelled region on a narrow screen; each bar's width is set through the style property (CSSOM), which the Content-Security-Policy
 * allows, unlike a style attribute. Below it, how the figure is calculated.
 */
@Component({
  selector: 'epm-report-chart',
  imports: [RouterLink, HowCalculated],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let data = chart();
    <div class="epm-chart" [attr.data-testid]="data.id">
      <p class="govuk-body" [attr.data-testid]="data.id + '-summary'">{{ data.summary }}</p>
      @if (data.key.length > 0) {
        <ul class="epm-chart__key" aria-hidden="true">
          @for (item of data.key; track item.kind) {
            <li class="epm-chart__key-item">
              <span class="epm-bar__segment epm-chart__swatch" [class]="'epm-bar__segment--' + item.kind"></span>
              {{ item.label }}
            </li>
          }
        </ul>
      }
      <div class="epm-table-scroll" tabindex="0" role="region" [attr.aria-label]="data.caption">
        <table class="govuk-table epm-chart__table" [class.epm-chart__table--many-columns]="data.columns.length > 3">
          <caption class="govuk-table__caption govuk-table__caption--s">
            {{
              data.caption
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">{{ data.labelHeading }}</th>
              @for (column of data.columns; track column) {
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">{{ column }}</th>
              }
              <td class="govuk-table__header epm-chart__bar-cell" aria-hidden="true"></td>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (row of data.rows; track row.label) {
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header govuk-!-font-weight-regular">
                  @if (row.link) {
                    <a class="govuk-link" [routerLink]="row.link">{{ row.label }}</a>
                  } @else {
                    {{ row.label }}
                  }
                </th>
                @for (cell of row.cells; track $index) {
                  <td class="govuk-table__cell govuk-table__cell--numeric">{{ cell }}</td>
                }
                <td class="govuk-table__cell epm-chart__bar-cell" aria-hidden="true">
                  <span class="epm-bar">
                    @for (segment of row.segments; track $index) {
                      <span
                        class="epm-bar__segment"
                        [class]="'epm-bar__segment--' + segment.kind"
                        [style.width.%]="segment.width"
                      ></span>
                    }
                  </span>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <epm-how-calculated [metric]="data.definition" />
    </div>
  `,
})
export class ReportChartView {
  readonly chart = input.required<ReportChart>();
}

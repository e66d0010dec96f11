import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ApiError, ImpactReport } from '@epm/shared/contracts';
import { loaded } from '@epm/web/ui';
import type { ResourceRef } from '@angular/core';
import { filtersDescription, filtersFromQuery } from './report-filters';
import { periodLabel } from './report-format';

/** Why a report did not load, in words the panel can act on. */
export function reportErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    const api = error.error as Partial<ApiError> | null;
    const first = api?.errors ? Object.values(api.errors).flat()[0] : undefined;
    if (error.status === 422 && first) return `${first}.`;
    if (error.status === 0) return 'The service could not be reached. Check your connection and try again.';
    if (error.status === 401 || error.status === 403)
      return 'Your session has ended. Sign in again to see the figures.';
  }
  return 'Something went wrong on our side. Try again in a few minutes.';
}

/**
 * What the page is showing, in a live region so a change of filters is announced: the figures' period and
 * filters, "Loading the figures", or that they could not be loaded, with a way to try again.
 */
@Component({
  selector: 'epm-report-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" class="epm-report-status">
      @if (report().isLoading()) {
        <p class="govuk-body govuk-!-font-weight-bold" data-testid="report-loading">Loading the figures…</p>
      } @else if (report().error()) {
        <p class="govuk-body govuk-!-font-weight-bold">The figures could not be loaded.</p>
      } @else if (showing(); as text) {
        <p class="govuk-body govuk-!-font-weight-bold" data-testid="report-showing">{{ text }}</p>
      }
    </div>
    @if (!report().isLoading() && report().error(); as error) {
      <div class="govuk-inset-text" data-testid="report-error">
        <p class="govuk-body">{{ message(error) }}</p>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" (click)="retry()">
          Try again
        </button>
      </div>
    }
  `,
})
export class ReportStatus {
  readonly report = input.required<ResourceRef<ImpactReport | undefined>>();
  /** What the figures are of, on an evidence page ("this event’s figures"), instead of the filters. */
  readonly scope = input<string>();
  protected readonly message = reportErrorMessage;
  protected readonly showing = computed(() => {
    const report = loaded(this.report());
    if (!report) return null;
    const { from, to } = report.filters;
    const scope = this.scope();
    if (scope) return `Showing ${scope}, ${periodLabel(from, to)}.`;
    return `Showing ${periodLabel(from, to)}: ${filtersDescription(filtersFromQuery(report.filters))}.`;
  });

  protected retry(): void {
    this.report().reload();
  }
}

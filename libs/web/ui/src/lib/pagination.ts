import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * GOV.UK pagination (previous and next) for a list whose page is in the
 * address: `?page=N`, keeping the list's other query parameters.
 */
@Component({
  selector: 'epm-pagination',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="govuk-pagination" [attr.aria-label]="label()">
        @if (page() > 1) {
          <div class="govuk-pagination__prev">
            <a
              class="govuk-link govuk-pagination__link"
              routerLink="."
              [queryParams]="{ page: page() - 1 === 1 ? null : page() - 1 }"
              queryParamsHandling="merge"
              rel="prev"
            >
              <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span>
            </a>
          </div>
        }
        @if (page() < pages()) {
          <div class="govuk-pagination__next">
            <a
              class="govuk-link govuk-pagination__link"
              routerLink="."
              [queryParams]="{ page: page() + 1 }"
              queryParamsHandling="merge"
              rel="next"
            >
              <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span>
            </a>
          </div>
        }
      </nav>
    }
  `,
})
export class Pagination {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  /** What the pages are of, for screen readers: "Pages of the outbox". */
  readonly label = input.required<string>();
}

import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map, startWith } from 'rxjs';

export interface NavigationItem {
  label: string;
  /** A router path inside the app, or an absolute path served by the API (external). */
  link: string;
  external?: boolean;
}

/** GOV.UK generic header and service navigation, for a service that is not on gov.uk. */
@Component({
  selector: 'epm-site-header',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="govuk-generic-header" data-testid="site-header">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">
          <a routerLink="/" class="govuk-generic-header__homepage-link">{{ organisationName() }}</a>
        </div>
      </div>
    </header>
    <section class="govuk-service-navigation" aria-label="Service information">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name">
            <a routerLink="/" class="govuk-service-navigation__link">{{ serviceName() }}</a>
          </span>
          <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
            <ul class="govuk-service-navigation__list" id="navigation">
              @for (item of navigation(); track item.link) {
                <li
                  class="govuk-service-navigation__item"
                  [class.govuk-service-navigation__item--active]="item.link === currentLink()"
                >
                  @if (item.external) {
                    <a class="govuk-service-navigation__link" [href]="item.link">{{ item.label }}</a>
                  } @else {
                    <a
                      class="govuk-service-navigation__link"
                      [routerLink]="item.link"
                      [attr.aria-current]="item.link === currentLink() ? 'page' : null"
                    >
                      @if (item.link === currentLink()) {
                        <strong class="govuk-service-navigation__active-fallback">{{ item.label }}</strong>
                      } @else {
                        {{ item.label }}
                      }
                    </a>
                  }
                </li>
              }
              @if (actionLabel(); as label) {
                <li class="govuk-service-navigation__item">
                  <button type="button" class="govuk-service-navigation__link epm-link-button" (click)="action.emit()">
                    {{ label }}
                  </button>
                </li>
              }
            </ul>
          </nav>
        </div>
      </div>
    </section>
  `,
})
export class SiteHeader {
  readonly organisationName = input.required<string>();
  readonly serviceName = input.required<string>();
  readonly navigation = input<NavigationItem[]>([]);
  /** A last item that is an action rather than a page, such as "Sign out". */
  readonly actionLabel = input<string>();
  readonly action = output();

  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
      startWith(this.router.url),
    ),
    { initialValue: this.router.url },
  );

  /**
   * The one item for the current page: the longest link the address starts with, so
   * /organiser/outcomes marks "Outcomes", not also "Organiser area"; "/" only on the home page.
   */
  protected readonly currentLink = computed(() => {
    const path = (this.url() ?? '/').split(/[?#]/)[0] ?? '/';
    const matches = this.navigation()
      .filter((item) => !item.external)
      .filter((item) => (item.link === '/' ? path === '/' : path === item.link || path.startsWith(`${item.link}/`)));
    return matches.sort((a, b) => b.link.length - a.link.length)[0]?.link ?? null;
  });
}

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

export interface NavigationItem {
  label: string;
  /** A router path inside the app, or an absolute path served by the API (external). */
  link: string;
  external?: boolean;
}

/** GOV.UK generic header and service navigation, for a service that is not on gov.uk. */
@Component({
  selector: 'epm-site-header',
  imports: [RouterLink, RouterLinkActive],
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
                  routerLinkActive="govuk-service-navigation__item--active"
                  [routerLinkActiveOptions]="{ exact: item.link === '/' }"
                  #active="routerLinkActive"
                >
                  @if (item.external) {
                    <a class="govuk-service-navigation__link" [href]="item.link">{{ item.label }}</a>
                  } @else {
                    <a
                      class="govuk-service-navigation__link"
                      [routerLink]="item.link"
                      [attr.aria-current]="active.isActive ? 'page' : null"
                    >
                      @if (active.isActive) {
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
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NavigationItem } from './site-header';

/** GOV.UK footer with support links and the attributions the reference data's licences ask for. */
@Component({
  selector: 'epm-site-footer',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="govuk-footer" data-testid="site-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">Support links</h2>
            <ul class="govuk-footer__inline-list">
              @for (item of links(); track item.link) {
                <li class="govuk-footer__inline-list-item">
                  @if (item.external) {
                    <a class="govuk-footer__link" [href]="item.link">{{ item.label }}</a>
                  } @else {
                    <a class="govuk-footer__link" [routerLink]="item.link">{{ item.label }}</a>
                  }
                </li>
              }
            </ul>
            <p class="govuk-body-s epm-footer-attribution">
              Council list derived from mySociety's
              <a class="govuk-footer__link" href="https://github.com/mysociety/uk_local_authority_names_and_codes"
                >UK Local Authority Names and Codes</a
              >, © mySociety,
              <a class="govuk-footer__link" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. Contains
              public sector information licensed under the
              <a
                class="govuk-footer__link"
                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                >Open Government Licence v3.0</a
              >.
            </p>
          </div>
        </div>
      </div>
    </footer>
  `,
})
export class SiteFooter {
  readonly links = input<NavigationItem[]>([]);
}

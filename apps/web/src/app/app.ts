import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { type NavigationItem, SiteFooter, SiteHeader } from '@epm/web/ui';
import { filter, skip } from 'rxjs';

@Component({
  selector: 'epm-root',
  imports: [RouterOutlet, SiteHeader, SiteFooter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a href="#main-content" class="govuk-skip-link" (click)="skipToMain($event)">Skip to main content</a>
    <epm-site-header organisationName="LGA and techUK" serviceName="Partnership events" [navigation]="navigation" />
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
        <router-outlet />
      </main>
    </div>
    <epm-site-footer [links]="footerLinks" />
  `,
})
export class App {
  private readonly document = inject(DOCUMENT);

  protected readonly navigation: NavigationItem[] = [{ label: 'Programme', link: '/' }];

  protected readonly footerLinks: NavigationItem[] = [
    { label: 'Privacy', link: '/privacy' },
    { label: 'Accessibility statement', link: '/accessibility' },
    { label: 'Open API', link: '/api/docs', external: true },
  ];

  constructor() {
    // After each in-app navigation (not the first load), move focus to the
    // main content so screen readers start reading the new page, as a full
    // page load would.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.focusMain());
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.document.getElementById('main-content')?.focus();
  }
}

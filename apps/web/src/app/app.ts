import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { AuthService } from '@epm/web/identity';
import { type NavigationItem, SiteFooter, SiteHeader } from '@epm/web/ui/layout';
import { filter, skip } from 'rxjs';

@Component({
  selector: 'epm-root',
  imports: [RouterOutlet, SiteHeader, SiteFooter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a href="#main-content" class="govuk-skip-link" (click)="skipToMain($event)">Skip to main content</a>
    <epm-site-header
      organisationName="LGA and techUK"
      serviceName="Partnership events"
      [navigation]="navigation()"
      [actionLabel]="auth.signedIn() ? 'Sign out' : undefined"
      (action)="signOut()"
    />
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
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);

  protected readonly navigation = computed<NavigationItem[]>(() => {
    const user = this.auth.user();
    const items: NavigationItem[] = [{ label: 'Programme', link: '/' }];
    if (!user) return [...items, { label: 'Sign in', link: '/sign-in' }];
    if (user.role === 'organiser' || user.role === 'admin') {
      items.push(
        { label: 'Organiser area', link: '/organiser' },
        { label: 'Outcomes', link: '/organiser/outcomes' },
        { label: 'Outbox', link: '/admin/outbox' },
      );
    }
    if (user.role === 'reviewer' || user.role === 'organiser' || user.role === 'admin') {
      items.push({ label: 'Impact report', link: '/reports' });
    }
    if (user.role === 'admin') {
      items.push({ label: 'Users', link: '/admin/users' }, { label: 'Audit log', link: '/admin/audit' });
    }
    return [...items, { label: 'Your account', link: '/account' }];
  });

  protected readonly footerLinks: NavigationItem[] = [
    { label: 'Privacy', link: '/privacy' },
    { label: 'Accessibility statement', link: '/accessibility' },
    { label: 'Open API', link: '/api/docs', external: true },
  ];

  constructor() {
    void this.auth.ensureLoaded();
    // After each in-app navigation (not the first load), move focus to the
    // main content so screen readers start reading the new page, as a full
    // page load would.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.focusMain());
  }

  protected async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/');
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.document.getElementById('main-content')?.focus();
  }
}

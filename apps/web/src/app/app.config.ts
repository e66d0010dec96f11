import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { type ApplicationConfig, inject, Injectable, provideBrowserGlobalErrorListeners } from '@angular/core';
import {
  provideRouter,
  RouterStateSnapshot,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { authInterceptor } from '@epm/web/identity';
import { PageTitle } from '@epm/web/ui/display';
import { appRoutes } from './app.routes';

/** Each route's title as "Page – Service" (PageTitle). */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(PageTitle);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.set(this.buildTitle(snapshot));
  }
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      withFetch(),
      withInterceptors([authInterceptor]),
      // The API's CSRF cookie and header (the names Angular uses by default, stated so they cannot drift).
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
  ],
};

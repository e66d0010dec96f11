import type { Routes } from '@angular/router';

/** The service's own pages (privacy, accessibility, 404). Each loads on demand. */
export const siteRoutes: Routes = [
  {
    path: 'privacy',
    title: 'Privacy notice',
    loadComponent: () => import('./privacy-page').then((m) => m.PrivacyPage),
  },
  {
    path: 'accessibility',
    title: 'Accessibility statement',
    loadComponent: () => import('./accessibility-page').then((m) => m.AccessibilityPage),
  },
];

export const notFoundRoute: Routes[number] = {
  path: '**',
  title: 'Page not found',
  loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage),
};

import { inject, Injector } from '@angular/core';
import type { ResolveFn, Routes } from '@angular/router';
import { requireSignIn } from '@epm/web/identity';

/** "Feedback: Cyber resilience workshop", so tabs and history say which event. */
function eventPageTitle(page: string): ResolveFn<string> {
  return async (route) => {
    const injector = inject(Injector);
    try {
      // The API client loads with the page that needs it: this route table is in every page's first download.
      const { FeedbackApi } = await import('./feedback-api.service');
      const event = await injector.get(FeedbackApi).event(Number(route.paramMap.get('eventId')));
      return `${page}: ${event.title}`;
    } catch {
      return page;
    }
  };
}

/** The attendee's feedback form, reached through the link in their email. */
export const feedbackRoutes: Routes = [
  {
    // The token is the credential: the title never includes it.
    path: 'feedback/:token',
    title: 'Give feedback',
    loadComponent: () => import('./feedback-form-page').then((m) => m.FeedbackFormPage),
  },
];

/** Organisers' feedback screens: results, the form's settings, and imports from other tools. */
export const organiserFeedbackRoutes: Routes = [
  {
    path: 'organiser/events/:eventId/feedback',
    title: eventPageTitle('Feedback'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./feedback-results-page').then((m) => m.FeedbackResultsPage),
  },
  {
    path: 'organiser/events/:eventId/feedback/form',
    title: eventPageTitle('Feedback form'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./feedback-settings-page').then((m) => m.FeedbackSettingsPage),
  },
  {
    path: 'organiser/events/:eventId/feedback/import',
    title: eventPageTitle('Import feedback'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./feedback-import-page').then((m) => m.FeedbackImportPage),
  },
];

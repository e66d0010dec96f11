import type { Routes } from '@angular/router';

/** Attendees' pages: register, confirmation, manage a registration through its link. */
export const registrationRoutes: Routes = [
  {
    path: 'events/:id/register',
    title: 'Register for an event',
    loadComponent: () => import('./register-page').then((m) => m.RegisterPage),
  },
  {
    path: 'events/:id/registered',
    title: 'Registration',
    loadComponent: () => import('./registered-page').then((m) => m.RegisteredPage),
  },
  {
    // The token is the credential: the title never includes it (see ManageRegistrationPage).
    path: 'registrations/manage/:token',
    title: 'Your registration',
    loadComponent: () => import('./manage-registration-page').then((m) => m.ManageRegistrationPage),
  },
];

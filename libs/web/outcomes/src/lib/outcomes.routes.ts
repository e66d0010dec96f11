import type { Routes } from '@angular/router';
import { requireSignIn } from '@epm/web/identity';

/** The outcome log and its form, for organisers and administrators. */
export const outcomeRoutes: Routes = [
  {
    path: 'organiser/outcomes',
    title: 'Outcome log',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./outcome-log-page').then((m) => m.OutcomeLogPage),
  },
  {
    path: 'organiser/outcomes/new',
    title: 'Record an outcome',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./outcome-form-page').then((m) => m.OutcomeFormPage),
  },
  {
    path: 'organiser/outcomes/:id/edit',
    title: 'Change the outcome',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./outcome-form-page').then((m) => m.OutcomeFormPage),
  },
];

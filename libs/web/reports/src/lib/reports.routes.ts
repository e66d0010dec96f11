import type { Routes } from '@angular/router';
import { requireSignIn } from '@epm/web/identity';

/** The review panel's pages, for the panel and for organisers and administrators: the dashboard, council reach, and the evidence of one event or one objective. */
export const reportsRoutes: Routes = [
  {
    path: 'reports',
    title: 'Impact report',
    canMatch: [requireSignIn('reviewer', 'organiser', 'admin')],
    loadComponent: () => import('./impact-report-page').then((m) => m.ImpactReportPage),
  },
  {
    path: 'reports/councils',
    title: 'Council reach',
    canMatch: [requireSignIn('reviewer', 'organiser', 'admin')],
    loadComponent: () => import('./council-reach-page').then((m) => m.CouncilReachPage),
  },
  {
    path: 'reports/events/:id',
    title: 'Event evidence',
    canMatch: [requireSignIn('reviewer', 'organiser', 'admin')],
    loadComponent: () => import('./event-evidence-page').then((m) => m.EventEvidencePage),
  },
  {
    path: 'reports/objectives/:id',
    title: 'Objective evidence',
    canMatch: [requireSignIn('reviewer', 'organiser', 'admin')],
    loadComponent: () => import('./objective-evidence-page').then((m) => m.ObjectiveEvidencePage),
  },
];

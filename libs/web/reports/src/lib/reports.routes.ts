import type { Routes } from '@angular/router';
import { requireSignIn } from '@epm/web/identity';

/** The review panel's pages, for the panel and for organisers and administrators. */
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
];

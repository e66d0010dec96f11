import type { Routes } from '@angular/router';
import { requireSignIn } from './auth.guards';

/** Sign-in, the signed-in areas and account administration. Each page loads on demand. */
export const identityRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in',
    loadComponent: () => import('./sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'forbidden',
    title: 'You do not have access',
    loadComponent: () => import('./forbidden-page').then((m) => m.ForbiddenPage),
  },
  {
    path: 'account',
    title: 'Your account',
    canMatch: [requireSignIn()],
    loadComponent: () => import('./account-page').then((m) => m.AccountPage),
  },
  {
    path: 'account/two-step',
    title: 'Two-step verification',
    canMatch: [requireSignIn()],
    loadComponent: () => import('./two-step-page').then((m) => m.TwoStepPage),
  },
  {
    path: 'admin/users',
    title: 'User accounts',
    canMatch: [requireSignIn('admin')],
    loadComponent: () => import('./users-page').then((m) => m.UsersPage),
  },
  {
    path: 'admin/users/new',
    title: 'Create an account',
    canMatch: [requireSignIn('admin')],
    loadComponent: () => import('./new-user-page').then((m) => m.NewUserPage),
  },
  {
    path: 'admin/users/:id',
    title: 'Change an account',
    canMatch: [requireSignIn('admin')],
    loadComponent: () => import('./edit-user-page').then((m) => m.EditUserPage),
  },
  {
    path: 'admin/audit',
    title: 'Audit log',
    canMatch: [requireSignIn('admin')],
    loadComponent: () => import('./audit-page').then((m) => m.AuditPage),
  },
];

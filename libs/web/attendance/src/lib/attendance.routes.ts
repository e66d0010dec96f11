import { inject, Injector } from '@angular/core';
import type { ResolveFn, Routes } from '@angular/router';
import { requireSignIn } from '@epm/web/identity';

/** "Check in: Cyber resilience workshop", so tabs and history say which event. */
export function eventPageTitle(page: string): ResolveFn<string> {
  return async (route) => {
    const injector = inject(Injector);
    try {
      // The API client loads with the page that needs it: this route table is in every page's first download.
      const { AttendanceApi } = await import('./attendance-api.service');
      const event = await injector.get(AttendanceApi).event(Number(route.paramMap.get('eventId')));
      return `${page}: ${event.title}`;
    } catch {
      return page;
    }
  };
}

/** Organisers' attendance screens: check-in at the door (with walk-ins), and the attendance record with imports. */
export const attendanceRoutes: Routes = [
  {
    path: 'organiser/events/:eventId/check-in',
    title: eventPageTitle('Check in'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./check-in-page').then((m) => m.CheckInPage),
  },
  {
    path: 'organiser/events/:eventId/check-in/walk-in',
    title: eventPageTitle('Add a walk-in'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./walk-in-page').then((m) => m.WalkInPage),
  },
  {
    path: 'organiser/events/:eventId/attendance',
    title: eventPageTitle('Attendance'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./attendance-page').then((m) => m.AttendancePage),
  },
];

import type { Routes } from '@angular/router';
import { requireSignIn } from '@epm/web/identity';
import { EventPage } from './event-page';
import { ProgrammePage } from './programme-page';

/**
 * The programme and event pages are where most people arrive (from a link in an announcement), so they come with
 * the app's first download: a lazy page costs a phone on a slow connection two more round trips (its chunk, then
 * the chunks it imports) before anything shows. They add about 8 kB compressed to every page's first download;
 * the organiser pages stay lazy. See docs/performance.md, Front end.
 */
export const eventsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Events programme',
    component: ProgrammePage,
  },
  {
    path: 'events/:id',
    title: 'Event',
    component: EventPage,
  },
  {
    path: 'organiser',
    title: 'Organiser area',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./organiser-events-page').then((m) => m.OrganiserEventsPage),
  },
  {
    path: 'organiser/programme',
    title: 'Programme years and objectives',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./programme-admin-page').then((m) => m.ProgrammeAdminPage),
  },
  {
    path: 'organiser/programme/:programmeId/edit',
    title: 'Change the programme year',
    canMatch: [requireSignIn('admin')],
    loadComponent: () => import('./edit-programme-page').then((m) => m.EditProgrammePage),
  },
  {
    path: 'organiser/programme/:programmeId/objectives/:objectiveId/edit',
    title: 'Change the objective',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./edit-objective-page').then((m) => m.EditObjectivePage),
  },
  {
    path: 'organiser/events/new',
    title: 'Create an event',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./event-form-page').then((m) => m.EventFormPage),
  },
  {
    path: 'organiser/events/:id/edit',
    title: 'Change the event',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./event-form-page').then((m) => m.EventFormPage),
  },
  {
    path: 'organiser/events/:id',
    title: 'Manage the event',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./manage-event-page').then((m) => m.ManageEventPage),
  },
];

import { inject, Injector } from '@angular/core';
import type { ResolveFn, Routes } from '@angular/router';
import { requireSignIn } from '@epm/web/identity';

/** "Registrations: Procurement roundtable": the page's name and the event's title, so tabs and history say which event. */
export function eventPageTitle(page: string): ResolveFn<string> {
  return async (route) => {
    const injector = inject(Injector);
    try {
      // The API client loads with the page that needs it: this route table is in every page's first download.
      const { OrganiserRegistrationsApi } = await import('./organiser-registrations-api.service');
      const event = await injector.get(OrganiserRegistrationsApi).event(Number(route.paramMap.get('eventId')));
      return `${page}: ${event.title}`;
    } catch {
      return page;
    }
  };
}

/** Organisers' registration lists, and the outbox (administrators see every message, organisers their events'). */
export const organiserRegistrationRoutes: Routes = [
  {
    path: 'organiser/events/:eventId/registrations',
    title: eventPageTitle('Registrations'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./organiser-registrations-page').then((m) => m.OrganiserRegistrationsPage),
  },
  {
    path: 'organiser/events/:eventId/registrations/new',
    title: eventPageTitle('Add someone'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./organiser-add-registration-page').then((m) => m.OrganiserAddRegistrationPage),
  },
  {
    path: 'organiser/events/:eventId/messages/new',
    title: eventPageTitle('Message registrants'),
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./organiser-message-page').then((m) => m.OrganiserMessagePage),
  },
  {
    path: 'admin/outbox',
    title: 'Outbox',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./outbox-page').then((m) => m.OutboxPage),
  },
  {
    path: 'admin/outbox/:id',
    title: 'Message',
    canMatch: [requireSignIn('organiser', 'admin')],
    loadComponent: () => import('./outbox-message-page').then((m) => m.OutboxMessagePage),
  },
];

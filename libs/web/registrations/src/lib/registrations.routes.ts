import type { Routes } from '@angular/router';

/** Attendees' pages: register, confirmation, manage a registration through its link. */
export const registrationRoutes: Routes = [];

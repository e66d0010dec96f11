import type { Routes } from '@angular/router';

/** Organisers' registration lists, and the administrators' outbox. */
export const organiserRegistrationRoutes: Routes = [];

import type { Route } from '@angular/router';
import { attendanceRoutes } from '@epm/web/attendance';
import { eventsRoutes } from '@epm/web/events';
import { identityRoutes } from '@epm/web/identity';
import { organiserRegistrationRoutes, registrationRoutes } from '@epm/web/registrations';
import { notFoundRoute, siteRoutes } from '@epm/web/site';

export const appRoutes: Route[] = [
  ...registrationRoutes,
  ...organiserRegistrationRoutes,
  ...attendanceRoutes,
  ...eventsRoutes,
  ...siteRoutes,
  ...identityRoutes,
  notFoundRoute,
];

import type { Route } from '@angular/router';
import { attendanceRoutes } from '@epm/web/attendance';
import { eventsRoutes } from '@epm/web/events';
import { feedbackRoutes, organiserFeedbackRoutes } from '@epm/web/feedback';
import { identityRoutes } from '@epm/web/identity';
import { outcomeRoutes } from '@epm/web/outcomes';
import { organiserRegistrationRoutes, registrationRoutes } from '@epm/web/registrations';
import { reportsRoutes } from '@epm/web/reports';
import { notFoundRoute, siteRoutes } from '@epm/web/site';

export const appRoutes: Route[] = [
  ...registrationRoutes,
  ...organiserRegistrationRoutes,
  ...outcomeRoutes,
  ...attendanceRoutes,
  ...feedbackRoutes,
  ...organiserFeedbackRoutes,
  ...reportsRoutes,
  ...eventsRoutes,
  ...siteRoutes,
  ...identityRoutes,
  notFoundRoute,
];

import type { Route } from '@angular/router';
import { eventsRoutes } from '@epm/web/events';
import { identityRoutes } from '@epm/web/identity';
import { notFoundRoute, siteRoutes } from '@epm/web/site';

export const appRoutes: Route[] = [...eventsRoutes, ...siteRoutes, ...identityRoutes, notFoundRoute];

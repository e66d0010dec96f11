import type { Route } from '@angular/router';
import { identityRoutes } from '@epm/web/identity';
import { notFoundRoute, siteRoutes } from '@epm/web/site';

export const appRoutes: Route[] = [...siteRoutes, ...identityRoutes, notFoundRoute];

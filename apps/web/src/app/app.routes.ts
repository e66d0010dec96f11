import type { Route } from '@angular/router';
import { notFoundRoute, siteRoutes } from '@epm/web/site';

export const appRoutes: Route[] = [...siteRoutes, notFoundRoute];

import { inject } from '@angular/core';
import { type CanMatchFn, Router, type UrlSegment } from '@angular/router';
import type { Role } from '@epm/shared/contracts';
import { AuthService } from './auth.service';

function returnUrl(segments: UrlSegment[]): string {
  return '/' + segments.map((segment) => segment.path).join('/');
}

/**
 * Pages for signed-in people: otherwise to sign-in and back. An account that
 * owes two-step set-up goes to set it up first. With roles, anyone else sees
 * the 403 page. (The API enforces all of this too: these guards only spare
 * people a page they could not use.)
 */
export function requireSignIn(...roles: Role[]): CanMatchFn {
  return async (_route, segments) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const user = await auth.ensureLoaded();
    if (!user) {
      // The whole address, query included, so a shared link (a filtered report, say) survives signing in.
      const wanted = router.currentNavigation()?.extractedUrl.toString() ?? returnUrl(segments);
      return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: wanted } });
    }
    if (user.mfaEnrolmentRequired && returnUrl(segments) !== '/account/two-step') {
      return router.createUrlTree(['/account/two-step']);
    }
    if (roles.length > 0 && !roles.includes(user.role)) return router.createUrlTree(['/forbidden']);
    return true;
  };
}

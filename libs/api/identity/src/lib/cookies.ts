import type { AppConfig } from '@epm/api/platform';
import type { CookieOptions } from 'express';

/** Angular's HttpClient sends the XSRF-TOKEN cookie's value back in this header on every write. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

/** Over HTTPS the session cookie takes the __Host- prefix: Secure, Path=/, no Domain, so no subdomain can set it. */
export function sessionCookieName(config: AppConfig): string {
  return config.secure ? '__Host-epm_session' : 'epm_session';
}

export function sessionCookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.secure, path: '/' };
}

/** Readable by the page's script (that is the point), and only by this origin. */
export function csrfCookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: false, sameSite: 'strict', secure: config.secure, path: '/' };
}

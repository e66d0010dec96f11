import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { raw } from 'express';
import {
  AppConfig,
  buildOpenApiDocument,
  requestLogger,
  securityHeaders,
  serveOpenApi,
  serveWebApp,
} from '@epm/api/platform';
import { version } from '../../../../package.json';

/**
 * HTTP set-up shared by the real process (main.ts) and the API tests, so tests exercise what runs.
 * Returns whether the built web app is served from this origin.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): { servesWebApp: boolean } {
  app.setGlobalPrefix('api');
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogger());
  app.use(securityHeaders({ hsts: config.secure }));
  app.use(cookieParser());
  // Attendance reports arrive as the exported file itself (Teams writes UTF-16), up to 5 MB; JSON stays at 100 kB.
  app.use('/api/events/:id/attendance/import', raw({ type: () => true, limit: '5mb' }));
  app.useBodyParser('json', { limit: '100kb' });
  serveOpenApi(app, buildOpenApiDocument(app, version));
  const servesWebApp = serveWebApp(app, config.webRoot, { preloads: webAppPreloads });
  app.enableShutdownHooks();
  return { servesWebApp };
}

const EVENT_PAGE = /^\/events\/(\d+)(?:\/register)?$/;

/**
 * What the web app's pages ask the API for as soon as they start, so the page's response can name it for the
 * browser to fetch while the app downloads: every page its session (for the header), and the public event and
 * registration pages their event and its places (the heading waits for them). Saves a phone on a slow
 * connection a round trip before the page shows (docs/performance.md, Front end). The addresses are the ones
 * AuthService, EventsApi and RegistrationsApi request; a browser test checks each is fetched once.
 */
export function webAppPreloads(path: string): string[] {
  const event = EVENT_PAGE.exec(path);
  const id = event?.[1];
  return ['/api/auth/session', ...(id ? [`/api/events/${id}`, `/api/events/${id}/availability`] : [])];
}

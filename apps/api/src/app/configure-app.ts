import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
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
  app.useBodyParser('json', { limit: '100kb' });
  serveOpenApi(app, buildOpenApiDocument(app, version));
  const servesWebApp = serveWebApp(app, config.webRoot);
  app.enableShutdownHooks();
  return { servesWebApp };
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built Angular app from the API's own origin, so one port serves
 * both. Hashed bundles are cached for a year; index.html is never cached so a
 * deployment shows at once. Any GET outside /api that wants HTML gets the app,
 * whose router shows the page (or its own 404 page).
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string | undefined): boolean {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) return false;
  const indexFile = join(webRoot, 'index.html');
  app.useStaticAssets(webRoot, {
    index: false,
    setHeaders: (response, path) => {
      const hashed = /[.-][A-Z0-9]{8,}\.(js|css|woff2?)$/.test(path);
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !request.path.startsWith('/api');
    if (!isPage || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return true;
}

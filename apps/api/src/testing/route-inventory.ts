import type { NestExpressApplication } from '@nestjs/platform-express';

export interface RouteEntry {
  method: string;
  /** Express form: /api/councils/:gssCode */
  path: string;
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the running app answers, read from the HTTP adapter's router itself. */
export function routeInventory(app: NestExpressApplication): RouteEntry[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }).router;
  return router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => ({ method: method.toUpperCase(), path: layer.route?.path ?? '' }))
      : [],
  );
}

/** /api/councils/:gssCode becomes /api/councils/{gssCode}, as OpenAPI writes it. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

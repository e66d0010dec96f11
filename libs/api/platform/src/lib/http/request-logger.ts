import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * One structured line per request. It logs the matched route pattern rather
 * than the URL, so ids, tokens and query strings (which can carry personal
 * data or secrets) never reach the log.
 */
export function requestLogger(): RequestHandler {
  const logger = new Logger('Http');
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const incoming = request.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    response.setHeader('X-Request-Id', requestId);
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      logger.log({
        msg: 'request',
        requestId,
        method: request.method,
        route: route ? `${request.baseUrl}${route}` : maskedPath(request.originalUrl),
        status: response.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      });
    });
    next();
  };
}

/** For requests no route matched: the path only, with anything that looks like an id or token masked. */
export function maskedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) => (/\d/.test(segment) || segment.length > 24 ? ':param' : segment))
    .join('/');
}

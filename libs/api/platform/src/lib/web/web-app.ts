import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The files Angular names after their content (main-*.js, chunk-*.js, styles-*.css, and media/ files such as
 * fonts, with `outputHashing: all`): a new build gives them new names, so browsers may keep them for a year.
 * Files copied from apps/web/public keep their names, so they are revalidated after five minutes.
 */
const HASHED = /^(?:(?:main|polyfills|styles|chunk|scripts|worker)-[\w-]{8,}\.(?:js|css)|media\/.+-[\w-]{8,}\.\w+)$/;

/** Text worth compressing; images and fonts are compressed already. Small files are not worth it. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.map', '.svg', '.txt', '.xml', '.ico']);
const COMPRESS_FROM_BYTES = 1024;

type Encoding = 'br' | 'gzip' | 'identity';

interface Asset {
  /** The file's absolute path. */
  file: string;
  /** Its extension, for the Content-Type. */
  type: string;
  cacheControl: string;
  compressible: boolean;
  /** Read and compressed on first request, then kept: the built app is a few hundred kB and never changes while running. */
  body?: Buffer;
  etag?: string;
  compressed: Partial<Record<Exclude<Encoding, 'identity'>, Promise<Buffer>>>;
}

/**
 * Serves the built Angular app from the API's own origin, so one port serves
 * both. Hashed bundles are cached for a year; index.html is never cached so a
 * deployment shows at once. Any GET outside /api that wants HTML gets the app,
 * whose router shows the page (or its own 404 page).
 *
 * Text files are sent compressed when the browser accepts it: brotli (quality 11), else gzip (level 9), each
 * compressed once, on the file's first request, and kept in memory with the file, so the cost is paid once per
 * process rather than per request. Files are looked up in the list of the web root's files made at start-up, so
 * no request path reaches the file system.
 */
export interface WebAppOptions {
  /**
   * The API addresses a page will ask for as soon as it starts, by the page's path. They are named in the page's
   * response (a Link preload header), so the browser fetches them while it downloads the app instead of after.
   * Each must be the exact address the page requests, or the browser fetches it twice.
   */
  preloads?: (path: string) => readonly string[];
}

export function serveWebApp(
  app: NestExpressApplication,
  webRoot: string | undefined,
  options: WebAppOptions = {},
): boolean {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) return false;
  const assets = listAssets(webRoot);
  const index = assets.get('/index.html') as Asset;
  index.cacheControl = 'no-cache';

  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.path.startsWith('/api')) return next();
    const asset = assets.get(request.path);
    if (asset && asset !== index) {
      sendAsset(request, response, asset).catch(next);
      return;
    }
    if (!request.accepts('html')) return next();
    const preloads = options.preloads?.(request.path) ?? [];
    if (preloads.length > 0) {
      // crossorigin (anonymous) is the mode and credentials of the app's own fetch of a same-origin address.
      response.setHeader(
        'Link',
        preloads.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', '),
      );
    }
    sendAsset(request, response, index).catch(next);
  });
  return true;
}

/** Every file under the web root, by its URL path ("/main-ABCD1234.js"). */
function listAssets(webRoot: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const file = join(directory, entry.name);
      if (entry.isDirectory()) {
        visit(file);
        continue;
      }
      if (!entry.isFile()) continue;
      const path = relative(webRoot, file).split(sep).join('/');
      const type = extname(entry.name).toLowerCase();
      assets.set(`/${path}`, {
        file,
        type,
        cacheControl: HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        compressible: COMPRESSIBLE.has(type) && statSync(file).size >= COMPRESS_FROM_BYTES,
        compressed: {},
      });
    }
  };
  visit(webRoot);
  return assets;
}

async function sendAsset(request: Request, response: Response, asset: Asset): Promise<void> {
  if (!asset.body) {
    const body = await readFile(asset.file);
    asset.etag = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    asset.body = body;
  }
  const encoding = asset.compressible ? preferredEncoding(request.headers['accept-encoding']) : 'identity';
  response.type(asset.type);
  response.setHeader('Cache-Control', asset.cacheControl);
  if (asset.compressible) response.setHeader('Vary', 'Accept-Encoding');
  // Each encoding is a different body, so it has its own strong validator.
  response.setHeader('ETag', `"${asset.etag}${encoding === 'identity' ? '' : `-${encoding}`}"`);
  if (request.fresh) {
    response.status(304).end();
    return;
  }
  const body = encoding === 'identity' ? asset.body : await compressed(asset, encoding);
  if (encoding !== 'identity') response.setHeader('Content-Encoding', encoding);
  response.setHeader('Content-Length', body.length);
  if (request.method === 'HEAD') response.end();
  else response.end(body);
}

function compressed(asset: Asset, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  const body = asset.body as Buffer;
  asset.compressed[encoding] ??=
    encoding === 'br'
      ? brotliAsync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
  return asset.compressed[encoding];
}

/** Brotli when the browser accepts it, else gzip, else none: from Accept-Encoding, honouring q=0. */
export function preferredEncoding(header: string | string[] | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const acceptable = (name: string): boolean => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (acceptable('br')) return 'br';
  if (acceptable('gzip')) return 'gzip';
  return 'identity';
}

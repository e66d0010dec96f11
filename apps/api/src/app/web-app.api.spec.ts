import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * The built web app as the API serves it (WEB_ROOT): compressed when the browser accepts it, hashed files
 * cached for a year, index.html revalidated on every visit. Served the same whatever the database, so on SQLite.
 */
describe('web app serving', () => {
  let testApp: TestApp;
  let webRoot: string;
  let origin: string;
  const script = `export const programme = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `event ${i}`))};\n`;
  const styles = `.govuk-body { margin: 0 0 15px; }\n`.repeat(100);
  const indexHtml = `<!doctype html><html lang="en-GB"><head><title>Partnership events</title>${'<meta name="x" content="y"/>'.repeat(50)}</head><body><epm-root></epm-root></body></html>`;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'epm-web-root-'));
    writeFileSync(join(webRoot, 'index.html'), indexHtml);
    writeFileSync(join(webRoot, 'main-55X7L6Q6.js'), script);
    // Angular's hashes mix cases, and may contain - and _.
    writeFileSync(join(webRoot, 'chunk-C-Lh3x_m2.js'), script);
    writeFileSync(join(webRoot, 'styles-CNBP56AC.css'), styles);
    writeFileSync(join(webRoot, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    writeFileSync(join(webRoot, 'site-description.txt'), 'Partnership events. '.repeat(100));
    mkdirSync(join(webRoot, 'media'));
    writeFileSync(join(webRoot, 'media', 'font-ABCD1234.woff2'), Buffer.alloc(2048, 7));
    testApp = await createTestApp('sqlite', { WEB_ROOT: webRoot });
    const server = testApp.app.getHttpServer() as Server;
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  /** The raw response, undecoded, so the test sees what went over the wire. */
  function get(
    path: string,
    headers: Record<string, string> = {},
    method = 'GET',
  ): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(`${origin}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  it('sends a hashed script with brotli to a browser that accepts it, cached for a year', async () => {
    const response = await get('/main-55X7L6Q6.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(script) / 3);
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
  });

  it('sends gzip to a browser that accepts only gzip, and the file as it is to one that accepts neither', async () => {
    const gzipped = await get('/styles-CNBP56AC.css', { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(gzipped.body).toString()).toBe(styles);

    const refusingBrotli = await get('/styles-CNBP56AC.css', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refusingBrotli.headers['content-encoding']).toBe('gzip');

    const plain = await get('/styles-CNBP56AC.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(styles);
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
  });

  it('caches every hashed file for a year, whatever the case of its hash, and copied files for five minutes', async () => {
    expect((await get('/chunk-C-Lh3x_m2.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const font = await get('/media/font-ABCD1234.woff2', { 'Accept-Encoding': 'br' });
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Fonts are compressed already.
    expect(font.headers['content-encoding']).toBeUndefined();
    expect((await get('/site-description.txt')).headers['cache-control']).toBe('public, max-age=300');
    const icon = await get('/favicon.ico', { 'Accept-Encoding': 'br' });
    expect(icon.headers['cache-control']).toBe('public, max-age=300');
    expect(icon.headers['content-encoding']).toBeUndefined();
  });

  it('answers the app page for any page address, compressed and never cached', async () => {
    for (const path of ['/', '/index.html', '/events/3/register']) {
      const response = await get(path, { Accept: 'text/html', 'Accept-Encoding': 'gzip, br' });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(response.body).toString()).toBe(indexHtml);
      // The security headers still apply to the app's page.
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('names in the page’s response the API answers the page will ask for first, for the browser to fetch early', async () => {
    const preload = (url: string) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`;
    for (const path of ['/events/3', '/events/3/register']) {
      const response = await get(path, { Accept: 'text/html' });
      expect(response.headers['link']).toBe(
        [preload('/api/auth/session'), preload('/api/events/3'), preload('/api/events/3/availability')].join(', '),
      );
    }
    // Every page shows who is signed in; other pages' data depends on more than the address.
    for (const path of ['/', '/events/3/registered', '/events/not-a-number', '/organiser/events/3']) {
      expect((await get(path, { Accept: 'text/html' })).headers['link']).toBe(preload('/api/auth/session'));
    }
    expect((await get('/main-55X7L6Q6.js')).headers['link']).toBeUndefined();
  });

  it('answers a repeat request with its validator with 304, per encoding', async () => {
    const first = await get('/main-55X7L6Q6.js', { 'Accept-Encoding': 'br' });
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^".+-br"$/);
    const again = await get('/main-55X7L6Q6.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip body is a different representation: the brotli validator does not match it.
    const gzipped = await get('/main-55X7L6Q6.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(gzipped.status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await get('/main-55X7L6Q6.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(Number(response.headers['content-length'])).toBeGreaterThan(0);
    expect(response.body.length).toBe(0);
  });

  it('serves nothing outside the web root and leaves the API to the API', async () => {
    const outside = await get('/../package.json', { Accept: 'application/json' });
    expect(outside.status).toBe(404);
    expect(outside.body.toString()).not.toContain('"dependencies"');
    const encoded = await get('/%2e%2e/%2e%2e/package.json', { Accept: 'application/json' });
    expect(encoded.status).toBe(404);
    const api = await get('/api/no-such-thing', { Accept: 'text/html', 'Accept-Encoding': 'br' });
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/json/);
  });
});

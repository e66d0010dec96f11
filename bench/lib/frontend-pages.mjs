import { chromium } from 'playwright-core';

/** The flags these machines need: no GPU, no sandbox as root, and no background traffic to the outside. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Loads each page in its own fresh browser context (an empty cache, as a first visit) in the system Chromium,
 * waits until it has rendered its heading and the network is quiet, and returns the JavaScript and CSS it loaded
 * from this origin: path under the web root, and the bytes the server actually sent (encoded body) and with
 * which Content-Encoding.
 */
export async function loadPages({ baseUrl, pages, chromePath }) {
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_FLAGS });
  try {
    const results = [];
    for (const page of pages) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const pending = [];
      const problems = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      const describe = async (request) => {
        const response = await request.response();
        const sizes = await request.sizes();
        const url = new URL(request.url());
        return {
          type: request.resourceType() === 'script' ? 'js' : 'css',
          path: decodeURIComponent(url.pathname.replace(/^\//, '')),
          status: response?.status(),
          encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
          cacheControl: await response?.headerValue('cache-control'),
          transferred: sizes.responseBodySize,
        };
      };
      tab.on('requestfinished', (request) => {
        const type = request.resourceType();
        if ((type === 'script' || type === 'stylesheet') && new URL(request.url()).origin === baseUrl) {
          pending.push(describe(request));
        }
      });
      const started = Date.now();
      await tab.goto(`${baseUrl}${page.path}`, { waitUntil: 'networkidle' });
      await tab.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
      const heading = (await tab.locator('h1').first().textContent())?.trim();
      const loadedInMs = Date.now() - started;
      const files = await Promise.all(pending);
      results.push({ ...page, heading, loadedInMs, files, problems });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

import type { Page } from 'playwright-core';
import { type BrowserSession, openBrowser } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * What a first visit costs (docs/performance.md, Front end): the app's files arrive compressed and the hashed ones
 * are kept for a year; the event and registration pages' data, named in the page's response, is fetched while the
 * app downloads and only once.
 */
describe('a first visit to the public pages, in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let eventId: number;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await openBrowser({ width: 412, height: 823 });
    const { items } = (await (await fetch(`${server.baseUrl}/api/events`)).json()) as {
      items: { id: number; status: string; startsAt: string }[];
    };
    const open = items.find((event) => event.status === 'published' && Date.parse(event.startsAt) > Date.now());
    if (!open) throw new Error('The demo programme has no published event to come');
    eventId = open.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(() => {
    browser.problems.length = 0;
  });

  /** Loads a page with an empty cache and counts the requests it made, by path and query. */
  async function firstVisit(page: Page, path: string, heading: RegExp) {
    await browser.context.clearCookies();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const requests = new Map<string, number>();
    const warnings: string[] = [];
    const count = (request: { url(): string }) => {
      const url = new URL(request.url());
      requests.set(url.pathname + url.search, (requests.get(url.pathname + url.search) ?? 0) + 1);
    };
    const warn = (message: { type(): string; text(): string }) => {
      if (message.type() === 'warning') warnings.push(message.text());
    };
    page.on('request', count);
    page.on('console', warn);
    const response = await page.goto(`${server.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForLoadState('networkidle');
    page.off('request', count);
    page.off('console', warn);
    return { response, requests, warnings };
  }

  it('sends the app’s scripts and styles compressed, to keep for a year, and the page itself to check each time', async () => {
    const { page } = browser;
    const files: { url: string; encoding?: string; cacheControl?: string }[] = [];
    const record = async (response: import('playwright-core').Response) => {
      if (!/\.(js|css)$/.test(new URL(response.url()).pathname)) return;
      const headers = await response.allHeaders();
      files.push({
        url: response.url(),
        encoding: headers['content-encoding'],
        cacheControl: headers['cache-control'],
      });
    };
    page.on('response', record);
    const { response } = await firstVisit(page, '/', /Events programme/);
    page.off('response', record);
    expect(response?.headers()['cache-control']).toBe('no-cache');
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(file).toMatchObject({ encoding: 'br', cacheControl: 'public, max-age=31536000, immutable' });
    }
    expect(browser.problems).toEqual([]);
  });

  it.each([
    ['event', (id: number) => `/events/${id}`],
    ['registration', (id: number) => `/events/${id}/register`],
  ])('fetches the %s page’s event, places and session once each, named in the page’s response', async (_name, path) => {
    const { page } = browser;
    const { response, requests, warnings } = await firstVisit(page, path(eventId), /\w/);
    const preloaded = [`/api/auth/session`, `/api/events/${eventId}`, `/api/events/${eventId}/availability`];
    const link = response?.headers()['link'] ?? '';
    for (const url of preloaded) {
      expect(link).toContain(`<${url}>; rel=preload; as=fetch; crossorigin=anonymous`);
      // Once: the app's own request took the preloaded answer instead of asking again.
      expect([url, requests.get(url)]).toEqual([url, 1]);
    }
    // Chromium warns about a preload nobody used, or one fetched in a mode the app's request does not match.
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('names only the session for the programme page, whose data depends on the reader’s filters', async () => {
    const { page } = browser;
    const { response, requests } = await firstVisit(page, '/', /Events programme/);
    expect(response?.headers()['link']).toBe('</api/auth/session>; rel=preload; as=fetch; crossorigin=anonymous');
    expect(requests.get('/api/auth/session')).toBe(1);
    expect(browser.problems).toEqual([]);
  });
});

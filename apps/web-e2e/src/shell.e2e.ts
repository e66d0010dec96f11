import { accessibilityViolations, type BrowserSession, openBrowser, screenshot, settled } from './support/browser';
import { type RunningServer, startServer } from './support/server';

describe('the public site in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(() => {
    browser.problems.length = 0;
  });

  it('renders the home page from the API origin with no console errors and no axe violations', async () => {
    const { page } = browser;
    const response = await page.goto(`${server.baseUrl}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Events programme');
    // The programme loads after the page: wait for its answer (an empty database has no events).
    await page.getByTestId('programme-empty').waitFor();
    expect(await page.title()).toBe('Events programme – Partnership events – LGA and techUK');
    await screenshot(page, 'home');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('offers the skip link as the first stop for keyboard users, and it moves focus to the content', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    await expect(focused.isVisible()).resolves.toBe(true);
    await screenshot(page, 'home-skip-link-focused');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
  });

  it('reaches the privacy notice and accessibility statement from the footer, announcing each page', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('site-footer').getByRole('link', { name: 'Privacy' }).click();
    await page.waitForURL('**/privacy');
    expect(await settled(() => page.locator('h1').textContent(), 'Privacy notice')).toBe('Privacy notice');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('site-footer').getByRole('link', { name: 'Accessibility statement' }).click();
    await page.waitForURL('**/accessibility');
    expect(await settled(() => page.locator('h1').textContent(), 'Accessibility statement')).toBe(
      'Accessibility statement',
    );
    expect(await page.title()).toContain('Accessibility statement');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('shows a helpful 404 page for an unknown address, loaded directly', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/this/does/not/exist`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await screenshot(page, 'not-found');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('fits a phone screen without horizontal scrolling and stays accessible', async () => {
    const phone = await openBrowser({ width: 375, height: 740 });
    try {
      await phone.page.goto(`${server.baseUrl}/`);
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(phone.page, 'home-phone');
      expect(await accessibilityViolations(phone.page)).toEqual([]);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('serves the API explorer and the OpenAPI document from the same origin', async () => {
    const openapi = await fetch(`${server.baseUrl}/api/openapi.json`);
    expect(openapi.status).toBe(200);
    expect((await openapi.json()).openapi).toMatch(/^3\./);
    const { page } = browser;
    await page.goto(`${server.baseUrl}/api/docs/`);
    await page.locator('.swagger-ui .info .title').waitFor();
    await expect(page.locator('.swagger-ui .info .title').textContent()).resolves.toContain('partnership events API');
    await screenshot(page, 'api-docs');
  });
});

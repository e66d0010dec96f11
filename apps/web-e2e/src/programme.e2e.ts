import ICAL from 'ical.js';
import { DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

describe('the public programme with the demo data, in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(() => {
    browser.problems.length = 0;
  });

  it('lists upcoming events, filters by type, and offers the calendar feed', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/`);
    const list = page.getByTestId('programme-list');
    await list.waitFor();
    await expect(list.getByRole('link').count()).resolves.toBe(3);
    await screenshot(page, 'programme');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Type of event').selectOption('roundtable');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/?type=roundtable');
    // The list reloads for the new filter: wait for it rather than read the previous one.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=programme-list] a').length === 1);
    await expect(page.getByTestId('programme-list').getByRole('link').allTextContents()).resolves.toEqual([
      'Procurement roundtable: market engagement for digital contracts',
    ]);
    await expect(page.getByRole('link', { name: 'Subscribe to the calendar feed' }).getAttribute('href')).resolves.toBe(
      '/api/calendar.ics?type=roundtable',
    );
    expect(browser.problems).toEqual([]);
  });

  it('shows past events, and an event page with its UK time, accessibility and calendar file', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/?when=past`);
    await page.getByTestId('programme-list').waitFor();
    await page.getByRole('link', { name: /^Blueprint for Digital Government/ }).click();
    await page.waitForURL(/\/events\/\d+$/);
    await expect(page.getByTestId('event-when').textContent()).resolves.toContain(
      'Wednesday 2 April 2025, 10am to 1pm',
    );
    await expect(page.getByRole('heading', { name: 'Accessibility' }).isVisible()).resolves.toBe(true);
    const calendar = await page
      .getByRole('link', { name: 'Download a calendar file for this event' })
      .getAttribute('href');
    const ics = await (await fetch(`${server.baseUrl}${calendar}`)).text();
    expect(ics).toContain('DTSTART:20250402T090000Z');
    expect(await page.title()).toContain('Blueprint for Digital Government');
    await screenshot(page, 'event-page');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('tells visitors a cancelled event is cancelled', async () => {
    const { page } = browser;
    // The calendar feed keeps cancelled events (so subscribers' calendars drop them): find the demo's one there.
    const feed = new ICAL.Component(ICAL.parse(await (await fetch(`${server.baseUrl}/api/calendar.ics`)).text()));
    const cancelled = feed
      .getAllSubcomponents('vevent')
      .find((event) => event.getFirstPropertyValue('status') === 'CANCELLED');
    const url = String(cancelled?.getFirstPropertyValue('url') ?? '');
    expect(url).toMatch(/\/events\/\d+$/);
    await page.goto(`${server.baseUrl}${new URL(url).pathname}`);
    await page.getByTestId('cancelled-banner').waitFor();
    await expect(page.getByTestId('cancelled-banner').textContent()).resolves.toContain(
      'Moved to the autumn programme',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('answers an unknown event with a helpful page', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/events/999999`);
    await page.getByRole('heading', { name: 'Event not found' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The 404 from the API is expected here.
    browser.problems.length = 0;
  });

  it('shows an organiser their organisation’s events, drafts included', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    await page.waitForURL('**/organiser');
    const table = page.getByTestId('organiser-events');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain('Draft: digital skills academy launch');
    await expect(table.textContent()).resolves.not.toContain('AI assurance for council services');
    // The LGA's first event of the year is the May 2025 lunchtime webinar (the April workshop was techUK's).
    await expect(table.getByRole('table').first().locator('caption').innerText()).resolves.toBe('May 2025');
    await page.getByLabel('Status').selectOption('draft');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/organiser?status=draft');
    // The list reloads for the new filter: wait for it rather than read the previous one.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=organiser-events] th[scope=row] a').length === 1,
    );
    await expect(page.getByTestId('organiser-events').getByRole('link').allTextContents()).resolves.toEqual([
      'Draft: digital skills academy launch',
    ]);
    await screenshot(page, 'organiser-events');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('lets an administrator see one partner’s events', async () => {
    const { page } = browser;
    await browser.context.clearCookies();
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.admin);
    await page.waitForURL('**/organiser');
    await page.getByLabel('Organisation').selectOption('techuk');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/organiser?organisation=techuk');
    // LGA-only events drop out; joint ones (the lunchtime series) stay.
    await page.waitForFunction(() => !document.body.textContent?.includes('buying outcomes, not outputs'));
    const text = await page.getByTestId('organiser-events').innerText();
    expect(text).toContain('Blueprint for Digital Government');
    expect(text).toContain('Local Digital Lunchtime');
    expect(text).not.toContain('Summer webinar: digital skills for frontline staff');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});

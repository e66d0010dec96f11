import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot, settled } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** Today on the UK calendar, YYYY-MM-DD, and its month as the calendar captions it. */
function ukToday(): { date: string; monthLabel: string } {
  const now = new Date();
  return {
    date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now),
    monthLabel: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', month: 'long', year: 'numeric' }).format(
      now,
    ),
  };
}

describe('the organiser calendar, in Chromium', () => {
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

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const caption = (page: Page) => page.getByTestId('organiser-calendar').locator('caption');
  const day = (page: Page, date: string) => page.locator(`[data-testid=organiser-calendar] td[data-date="${date}"]`);
  const text = async (page: Page, date: string) => (await day(page, date).innerText()).replace(/\s+/g, ' ');

  it('shows this month with today marked, then finds demo events on their UK days, filtered, month by month', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    await page.waitForURL('**/organiser');
    await page.getByRole('link', { name: 'Calendar', exact: true }).click();
    await page.waitForURL(/[?&]view=calendar/);
    const today = ukToday();
    expect(await settled(() => caption(page).innerText(), today.monthLabel)).toBe(today.monthLabel);
    await expect(page.locator('td[aria-current=date]').getAttribute('data-date')).resolves.toBe(today.date);
    await expect(page.getByRole('link', { name: 'Calendar', exact: true }).getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    await expectNoViolations(page);

    // November 2025: the joint digital-inclusion consultation and that month's lunchtime webinar.
    await page.goto(`${server.baseUrl}/organiser?view=calendar&month=2025-11`);
    expect(await settled(() => caption(page).innerText(), 'November 2025')).toBe('November 2025');
    await day(page, '2025-11-12')
      .getByRole('link', { name: /^Digital inclusion consultation/ })
      .waitFor();
    expect(await text(page, '2025-11-12')).toContain('10am Digital inclusion consultation: a shared approach');
    expect(await text(page, '2025-11-12')).toContain('Completed');
    expect(await text(page, '2025-11-11')).toContain('12:30pm Local Digital Lunchtime: Open APIs for housing systems');
    // Column headers name the weekdays in full for screen readers; 1 November 2025 was a Saturday.
    await expect(page.getByRole('columnheader', { name: 'Saturday' }).count()).resolves.toBe(1);
    await expect(page.locator('tbody tr').first().locator('td').nth(5).getAttribute('data-date')).resolves.toBe(
      '2025-11-01',
    );
    // The table scrolls inside a region named by its caption, which the keyboard can reach.
    const region = page.getByRole('region', { name: 'November 2025' });
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    await screenshot(page, 'organiser-calendar');
    await expectNoViolations(page);

    // Filters keep the calendar and its month.
    await page.getByLabel('Type').selectOption({ label: 'Consultation' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/type=consultation/);
    expect(page.url()).toMatch(/view=calendar/);
    expect(page.url()).toMatch(/month=2025-11/);
    // Both at once, so the empty grid shown while the filtered month loads does not pass for the result.
    await page.waitForFunction(
      () =>
        !document.querySelector('td[data-date="2025-11-11"] a') &&
        !!document.querySelector('td[data-date="2025-11-12"] a'),
    );
    expect(await text(page, '2025-11-12')).toContain('Digital inclusion consultation');

    // Next and previous months, keeping the filter.
    await page.getByRole('link', { name: 'Next month: December 2025' }).click();
    await page.waitForURL(/month=2025-12/);
    expect(await settled(() => caption(page).innerText(), 'December 2025')).toBe('December 2025');
    expect(page.url()).toMatch(/type=consultation/);
    await page.getByRole('link', { name: 'Previous month: November 2025' }).click();
    await page.waitForURL(/month=2025-11/);
    await page.getByRole('link', { name: 'Previous month: October 2025' }).click();
    await page.waitForURL(/month=2025-10/);
    expect(await settled(() => caption(page).innerText(), 'October 2025')).toBe('October 2025');
    await page.getByTestId('calendar-empty').waitFor();
    await expect(page.getByTestId('calendar-empty').innerText()).resolves.toBe('No events in October 2025 match.');

    // Without the filter, October's lunchtime webinar is on Tuesday 14th at 12:30pm (BST, before the clocks went back).
    await page.getByLabel('Type').selectOption({ label: 'All types' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => !url.search.includes('type='));
    const lunchtime = day(page, '2025-10-14').getByRole('link', { name: /^Local Digital Lunchtime/ });
    await lunchtime.waitFor();
    expect(await text(page, '2025-10-14')).toContain('12:30pm Local Digital Lunchtime: Accessibility testing');
    await expectNoViolations(page);
    await lunchtime.click();
    await page.waitForURL(/\/organiser\/events\/\d+$/);
    expect(
      await settled(
        () => page.getByRole('heading', { level: 1 }).innerText(),
        (text) => !!text?.includes('Local Digital Lunchtime'),
      ),
    ).toContain('Local Digital Lunchtime');

    // Back to the list view.
    await page.goBack();
    await page.waitForURL(/month=2025-10/);
    await page.getByRole('link', { name: 'List', exact: true }).click();
    await page.waitForURL((url) => !url.search.includes('view='));
    await page.getByTestId('organiser-events').waitFor();
    await expect(page.getByTestId('organiser-calendar').count()).resolves.toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('stays usable on a phone: the calendar and the list scroll sideways inside their regions, not the page', async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      const { page } = phone;
      await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
      await page.waitForURL('**/organiser');
      await page.goto(`${server.baseUrl}/organiser?view=calendar&month=2025-11`);
      await day(page, '2025-11-12').getByRole('link').first().waitFor();
      const widths = await page.evaluate(() => {
        const region = document.querySelector<HTMLElement>('.epm-calendar');
        return {
          region: region ? region.scrollWidth > region.clientWidth : false,
          page: document.documentElement.scrollWidth <= window.innerWidth,
        };
      });
      expect(widths).toEqual({ region: true, page: true });
      // Keyboard users reach the region, and can then scroll it with the arrow keys.
      await page.getByRole('region', { name: 'November 2025' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('region');
      await page.waitForFunction(() => (document.querySelector('.epm-calendar')?.scrollLeft ?? 0) > 0);
      await screenshot(page, 'organiser-calendar-phone');
      await expectNoViolations(page);
      // The list view's month tables scroll inside their own regions too.
      await page.goto(`${server.baseUrl}/organiser`);
      await page.getByTestId('organiser-events').locator('table').first().waitFor();
      await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
      await screenshot(page, 'organiser-list-phone');
      await expectNoViolations(page);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

describe('an organiser runs an event from draft to rescheduled, in Chromium', () => {
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

  async function fillDateAndTimes(page: Page, day: string, month: string, start: string, end: string): Promise<void> {
    const date = page.getByRole('group', { name: 'Date', exact: true });
    await date.getByLabel('Day', { exact: true }).fill(day);
    await date.getByLabel('Month', { exact: true }).fill(month);
    await date.getByLabel('Year', { exact: true }).fill('2026');
    await page.getByLabel('Start time (UK time)', { exact: true }).fill(start);
    await page.getByLabel('End time (UK time)', { exact: true }).fill(end);
  }

  it('creates, publishes and reschedules a workshop; the public page and the feed follow', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    await page.waitForURL('**/organiser');
    await page.getByRole('link', { name: 'Create an event' }).click();
    await page.waitForURL('**/organiser/events/new');
    await page.getByTestId('event-form').waitFor();
    await page.getByLabel('Workshop', { exact: true }).waitFor();
    await expectNoViolations(page);

    // Submitting the empty form shows every problem, in the summary and beside each field.
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByTestId('error-summary').waitFor();
    const summary = await page.getByTestId('error-summary').textContent();
    expect(summary).toContain('Enter a title');
    expect(summary).toContain('Enter the date of the event');
    await expect(page.locator('#title-error').textContent()).resolves.toContain('Enter a title');
    await screenshot(page, 'event-form-errors');
    await expectNoViolations(page);

    await page.getByLabel('Title', { exact: true }).fill('Digital skills workshop for council leaders');
    await page.getByLabel('Summary', { exact: true }).fill('A practical morning on leading digital change.');
    // The description takes the Markdown subset; anything else, like this script, stays text.
    await page
      .getByLabel('Description (optional)', { exact: true })
      .fill(
        'Bring a laptop.\n\n## Agenda\n- **10am** welcome\n- [Slides](https://example.com/slides)\n\n' +
          '<script>document.title = "injected"</script>',
      );
    await page.getByTestId('formatting-help').locator('summary').click();
    await expect(page.getByTestId('formatting-help').innerText()).resolves.toContain(
      '[link text](https://www.local.gov.uk)',
    );
    await expectNoViolations(page);
    await page.getByLabel('Workshop', { exact: true }).check();
    await page.getByLabel('In person', { exact: true }).check();
    await page.getByLabel('Venue name', { exact: true }).fill('Local Government House');
    await page.getByLabel('Address', { exact: true }).fill('18 Smith Square, London');
    await page.getByLabel('Postcode', { exact: true }).fill('SW1P 3HZ');
    await fillDateAndTimes(page, '20', '5', '10:00', '12:30pm');
    await page.getByLabel('Places', { exact: true }).fill('40');
    // Registration closes the day before, at 5pm UK time.
    await page.locator('#registrationClosesAt').fill('19');
    await page.locator('#registrationClosesAt-month').fill('5');
    await page.locator('#registrationClosesAt-year').fill('2026');
    await page.locator('#registrationClosesAt-time').fill('5pm');
    await page.getByLabel('Local Government Association', { exact: true }).check();
    await page.getByLabel('Digital skills', { exact: true }).check();
    // A year-1 objective is refused for a May 2026 event, beside the objectives field.
    const objective = page.getByLabel('MoU year 1: Reach 150 councils', { exact: true });
    await objective.check();
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.locator('#objectiveIds-error').waitFor();
    await expect(page.locator('#objectiveIds-error').textContent()).resolves.toContain(
      'Choose objectives of the programme year the event is in',
    );
    await expectNoViolations(page);
    // Chromium reports that expected 422 as a failed resource.
    browser.problems.length = 0;
    await objective.uncheck();
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/organiser\/events\/\d+$/);
    const id = /\/organiser\/events\/(\d+)$/.exec(page.url())?.[1];
    await expect(page.getByTestId('event-status').textContent()).resolves.toBe('Draft');
    const saved = await page.evaluate(async (eventId) => (await fetch(`/api/events/${eventId}`)).json(), id);
    expect(saved.registrationClosesAt).toBe('2026-05-19T17:00:00+01:00');
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Yes, publish the event' }).click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('event-status').textContent()).resolves.toBe('Published');
    await screenshot(page, 'manage-event');
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Change' }).click();
    await page.waitForURL(/\/edit$/);
    // The form fills in once the event has loaded.
    await page.waitForFunction(
      () => (document.getElementById('startTime') as HTMLInputElement | null)?.value === '10:00',
    );
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(
      'Digital skills workshop for council leaders',
    );
    await fillDateAndTimes(page, '21', '5', '14:00', '16:30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/organiser\/events\/\d+$/);
    await expect(page.getByTestId('manage-when').innerText()).resolves.toBe('Thursday 21 May 2026, 2pm to 4:30pm');

    await page.goto(`${server.baseUrl}/events/${id}`);
    await expect(page.getByTestId('event-when').textContent()).resolves.toContain(
      'Thursday 21 May 2026, 2pm to 4:30pm',
    );
    const description = page.getByTestId('event-description');
    // "About this event" is an h2, so the description's "## Agenda" is an h3 inside it.
    await expect(description.getByRole('heading', { level: 3 }).innerText()).resolves.toBe('Agenda');
    await expect(description.locator('ul.govuk-list--bullet li strong').innerText()).resolves.toBe('10am');
    await expect(description.getByRole('link', { name: 'Slides' }).getAttribute('href')).resolves.toBe(
      'https://example.com/slides',
    );
    await expect(description.innerText()).resolves.toContain('<script>document.title = "injected"</script>');
    await expect(page.title()).resolves.not.toBe('injected');
    await screenshot(page, 'event-page-description');
    await expectNoViolations(page);

    const feed = new ICAL.Component(ICAL.parse(await (await fetch(`${server.baseUrl}/api/calendar.ics`)).text()));
    const entry = feed
      .getAllSubcomponents('vevent')
      .find((event) => String(event.getFirstPropertyValue('uid')).startsWith(`event-${id}@`));
    expect((entry?.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-05-21T13:00:00.000Z',
    );
    expect(entry?.getFirstPropertyValue('sequence')).toBe(1);
    expect(browser.problems).toEqual([]);
  });
});

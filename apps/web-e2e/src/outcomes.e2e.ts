import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

const ROUNDTABLE = 'Procurement reform roundtable: SMEs and the new procurement regime';
const OUTCOME = 'Councils to publish pipelines of digital contracts for SMEs';

describe('an organiser records what a completed roundtable led to, in Chromium', () => {
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

  it('is prompted on the roundtable, records an outcome after fixing its errors, and finds it in the log and on the event', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.techukOrganiser);
    await page.waitForURL('**/organiser');

    // The demo's SMEs roundtable is completed and has no outcomes yet: its page asks for them.
    await page.getByRole('link', { name: ROUNDTABLE, exact: true }).click();
    await page.waitForURL(/\/organiser\/events\/\d+$/);
    const eventUrl = page.url();
    const prompt = page.getByTestId('outcome-prompt');
    await prompt.waitFor();
    await expect(prompt.innerText()).resolves.toContain('This roundtable is complete. Record what it led to');
    await expect(page.getByText('No outcomes recorded yet.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'outcome-prompt');
    await expectNoViolations(page);

    await prompt.getByRole('link', { name: 'Record an outcome' }).click();
    await page.waitForURL(/\/organiser\/outcomes\/new\?eventId=\d+$/);
    await page.getByTestId('outcome-form').waitFor();
    await expect(page.getByTestId('starting-event').innerText()).resolves.toBe(ROUNDTABLE);
    const fromRoundtable = page.getByLabel(`${ROUNDTABLE} (21 Jan 2026)`, { exact: true });
    await fromRoundtable.waitFor();
    await expect(fromRoundtable.isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('MoU year 1 (1 April 2025 to 31 March 2026)').isChecked()).resolves.toBe(true);
    await expectNoViolations(page);

    // Sent as it stands, the form comes back with every problem, in the summary and beside each field.
    await page.getByRole('button', { name: 'Record outcome' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of [
      'Enter a title',
      'Select the kind of outcome',
      'Select the status of the outcome',
      'Enter the date of the outcome',
      'Select who owns the outcome',
    ]) {
      await expect(summary.innerText()).resolves.toContain(message);
    }
    await expect(page.locator('#date-error').innerText()).resolves.toContain('Enter the date of the outcome');
    await expect(page.title()).resolves.toMatch(/^Error: Record an outcome/);
    await screenshot(page, 'outcome-form-errors');
    await expectNoViolations(page);
    // Chromium reports the expected 422 as a failed resource.
    browser.problems.length = 0;

    await page.getByLabel('Outcome', { exact: true }).fill(OUTCOME);
    await page.getByLabel('Action agreed', { exact: true }).check();
    await page
      .getByLabel('Description (optional)')
      .fill('Councils at the roundtable agreed to publish 12-month pipelines so SMEs can plan their bids.');
    await page.getByLabel('In progress', { exact: true }).check();
    const date = page.getByRole('group', { name: 'Date' });
    await date.getByLabel('Day').fill('20');
    await date.getByLabel('Month').fill('2');
    await date.getByLabel('Year').fill('2026');
    await page.getByLabel('Another organisation', { exact: true }).check();
    await page.getByLabel('Name of the organisation').fill('Northern councils’ digital procurement network');
    await page.getByLabel('Link (optional)').fill('http://example.org/pipelines');
    await page.getByLabel('Hold 10 roundtables and workshops', { exact: true }).check();
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await page.locator('#link-error').waitFor();
    await expect(page.locator('#link-error').innerText()).resolves.toContain('Enter a link starting https://');
    await screenshot(page, 'outcome-form-other-owner');
    await expectNoViolations(page);
    browser.problems.length = 0;

    await page.getByLabel('Link (optional)').fill('https://example.org/pipelines');
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await page.waitForURL(/\/organiser\/outcomes$/);
    await expect(page.getByTestId('notice').innerText()).resolves.toContain(`The outcome ‘${OUTCOME}’ is recorded.`);
    const log = page.getByTestId('outcome-log');
    const row = log.getByRole('row').filter({ hasText: OUTCOME });
    await expect(row.innerText()).resolves.toMatch(/Owner: Northern councils’ digital procurement network/);
    await expect(row.innerText()).resolves.toContain('20 February 2026');
    await expect(row.innerText()).resolves.toContain('In progress');
    await expect(row.getByRole('link', { name: ROUNDTABLE }).count()).resolves.toBe(1);
    // The demo's outcomes of techUK's events, and of joint ones, are in the log too.
    await expect(log.innerText()).resolves.toContain('Joint response on digital inclusion submitted');
    await screenshot(page, 'outcome-log');
    await expectNoViolations(page);

    // Filtered by kind and event: only what the roundtable led to.
    await page.getByLabel('Kind').selectOption({ label: 'Action agreed' });
    await page.getByLabel('Event').selectOption({ label: `${ROUNDTABLE} (21 Jan 2026)` });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/kind=action-agreed/);
    // The list reloads after the address changes: wait for the filtered rows, not the ones still on screen.
    await page.waitForFunction((title) => {
      const rows = [...document.querySelectorAll('[data-testid="outcome-log"] tbody tr')];
      return rows.length === 1 && !!rows[0]?.textContent?.includes(title);
    }, OUTCOME);
    await expect(page.getByTestId('outcome-log').getByRole('rowheader').allInnerTexts()).resolves.toEqual([
      expect.stringContaining(OUTCOME),
    ]);
    await page.getByLabel('Status').selectOption({ label: 'Done' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByTestId('outcomes-empty').waitFor();
    await expectNoViolations(page);

    // The roundtable's page lists it, and no longer prompts.
    await page.goto(eventUrl);
    const outcomes = page.getByTestId('event-outcomes');
    await outcomes.waitFor();
    await expect(outcomes.innerText()).resolves.toContain(`${OUTCOME} (Action agreed, in progress)`);
    await expect(page.getByTestId('outcome-prompt').count()).resolves.toBe(0);
    await screenshot(page, 'event-outcomes');
    await expectNoViolations(page);

    // Done now: changed from the event's page.
    await outcomes.getByRole('link', { name: OUTCOME }).click();
    await page.waitForURL(/\/organiser\/outcomes\/\d+\/edit$/);
    await page.waitForFunction(() => (document.getElementById('date') as HTMLInputElement | null)?.value === '20');
    await expect(page.getByLabel('Name of the organisation').inputValue()).resolves.toBe(
      'Northern councils’ digital procurement network',
    );
    await expectNoViolations(page);
    await page.getByLabel('Done', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/organiser\/outcomes$/);
    await expect(page.getByTestId('notice').innerText()).resolves.toContain(`The outcome ‘${OUTCOME}’ is saved.`);
    await expect(
      page.getByTestId('outcome-log').getByRole('row').filter({ hasText: OUTCOME }).innerText(),
    ).resolves.toContain('Done');
    expect(browser.problems).toEqual([]);
  });
});

import { DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

describe('programme years and objectives, in Chromium', () => {
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

  it('lets an organiser add an objective with a target, with errors shown by field', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.techukOrganiser);
    await page.waitForURL('**/organiser');
    await page.getByRole('link', { name: 'Programme years and objectives' }).click();
    await page.waitForURL('**/organiser/programme');
    await page.getByTestId('objective-form').waitFor();
    await expect(page.getByRole('table').first().innerText()).resolves.toContain('Reach 150 councils');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Organisers add objectives; only administrators add programme years.
    await expect(page.getByRole('button', { name: 'Add programme year' }).count()).resolves.toBe(0);

    await page.getByLabel('Programme year').selectOption({ label: 'MoU year 2' });
    await page.getByLabel('Objective', { exact: true }).fill('Reach 20 new suppliers');
    await page.getByLabel('Target (optional)').fill('twenty');
    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(page.locator('#targetValue-error').textContent()).resolves.toContain('Enter the target as a number');
    await screenshot(page, 'programme-admin-errors');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Target (optional)').fill('20');
    await page.getByLabel('What the target counts (optional)').fill('SMEs reached');
    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.getByText('Reach 20 new suppliers').waitFor();
    await expect(page.getByText('20 SMEs reached').isVisible()).resolves.toBe(true);
    expect(browser.problems).toEqual([]);
  });
});

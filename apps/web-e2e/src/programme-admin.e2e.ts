import type { Page } from 'playwright-core';
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

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

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

    // The year being planned is chosen already: the one covering today, or the newest (both year 2 here).
    await expect(
      page.getByLabel('Programme year').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).resolves.toBe('MoU year 2');
    // Dates read as people write them.
    await expect(page.getByRole('main').innerText()).resolves.toContain('1 Apr 2025 to 31 Mar 2026');
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
    // The row's header, not the visually hidden end of its Change link.
    await page.getByRole('rowheader', { name: 'Reach 20 new suppliers' }).waitFor();
    await expect(page.getByText('20 SMEs reached').isVisible()).resolves.toBe(true);
    expect(browser.problems).toEqual([]);
  });

  it('lets an organiser change an objective’s title, description and target, with errors shown by field', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/organiser/programme`);
    await page.getByRole('link', { name: 'Change Reach 150 councils', exact: true }).click();
    await page.waitForURL(/\/organiser\/programme\/\d+\/objectives\/\d+\/edit$/);
    const form = page.getByTestId('edit-objective-form');
    await form.waitFor();
    // The form starts from the objective as it is.
    await page.waitForFunction(
      () => (document.getElementById('title') as HTMLInputElement | null)?.value === 'Reach 150 councils',
    );
    await expect(page.getByLabel('Target (optional)').inputValue()).resolves.toBe('150');
    await expectNoViolations(page);

    // A target that is not a number is caught before it is sent.
    await page.getByLabel('Target (optional)').fill('lots');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(page.locator('#targetValue-error').textContent()).resolves.toContain('Enter the target as a number');
    await expectNoViolations(page);

    // An empty title is refused by the API, and its 422 lands beside the field.
    await page.getByLabel('Target (optional)').fill('175');
    await page.getByLabel('Objective', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('#title-error').waitFor();
    await expect(page.locator('#title-error').textContent()).resolves.toContain('Enter the objective');
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('Enter the objective');
    await expect(page.title()).resolves.toMatch(/^Error: Change the objective/);
    await screenshot(page, 'edit-objective-errors');
    await expectNoViolations(page);
    // Chromium reports that expected 422 as a failed resource.
    browser.problems.length = 0;

    await page.getByLabel('Objective', { exact: true }).fill('Reach 175 councils');
    await page.getByLabel('Description (optional)').fill('Councils in England that join at least one event');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL('**/organiser/programme');
    await expect(page.getByTestId('notice').textContent()).resolves.toContain(
      'The objective ‘Reach 175 councils’ is saved.',
    );
    const table = page.getByRole('table').first();
    await table.getByRole('rowheader', { name: /^Reach 175 councils/ }).waitFor();
    const row = await table.getByRole('row').filter({ hasText: 'Reach 175 councils' }).innerText();
    expect(row).toContain('Councils in England that join at least one event');
    expect(row).toContain('175 councils reached');
    await expect(table.innerText()).resolves.not.toContain('Reach 150 councils');
    await screenshot(page, 'programme-admin-changed');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('lets an administrator rename and re-date a programme year, refusing an end before the start', async () => {
    const admin = await openBrowser();
    try {
      const { page } = admin;
      await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.admin);
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await page.goto(`${server.baseUrl}/organiser/programme`);
      await page.getByRole('link', { name: 'Change the name and dates of MoU year 2', exact: true }).click();
      await page.waitForURL(/\/organiser\/programme\/\d+\/edit$/);
      await page.getByTestId('edit-programme-form').waitFor();
      await page.waitForFunction(
        () => (document.getElementById('name') as HTMLInputElement | null)?.value === 'MoU year 2',
      );
      await expectNoViolations(page);

      const endsOn = await page.getByLabel('Last day').inputValue();
      await page.getByLabel('Last day').fill('2026-01-01');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.locator('#endsOn-error').waitFor();
      await expect(page.locator('#endsOn-error').textContent()).resolves.toContain(
        'The end date must be after the start date',
      );
      await expectNoViolations(page);
      admin.problems.length = 0;

      await page.getByLabel('Name').fill('MoU year 2 (renewed)');
      await page.getByLabel('Last day').fill(endsOn);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.waitForURL('**/organiser/programme');
      await expect(page.getByTestId('notice').textContent()).resolves.toContain(
        'The programme year ‘MoU year 2 (renewed)’ is saved.',
      );
      await page.getByRole('heading', { name: 'MoU year 2 (renewed)', exact: true }).waitFor();
      await expectNoViolations(page);
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.close();
    }
  });
});

import type { Page } from 'playwright-core';
import { type Account, DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot, settled } from './support/browser';
import { type RunningServer, startServer } from './support/server';

const ORGANISER = DEMO_ACCOUNTS.techukOrganiser;
const ADMIN = DEMO_ACCOUNTS.admin;
const REVIEWER = DEMO_ACCOUNTS.reviewer;

describe('signing in and the signed-in areas, in Chromium', () => {
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

  beforeEach(async () => {
    browser.problems.length = 0;
    await browser.context.clearCookies();
  });

  const signIn = (page: Page, account: Account) => signInThroughPage(page, server.baseUrl, account);

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('announces sign-in errors in the error summary, which takes focus', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/sign-in`);
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect(summary.getByRole('alert').textContent()).resolves.toContain('Enter your email address');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(
      true,
    );
    expect(await page.title()).toMatch(/^Error: Sign in/);
    await screenshot(page, 'sign-in-errors');
    await expectNoViolations(page);

    await summary.getByRole('link', { name: 'Enter your email address' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('email');

    await page.getByLabel('Email address').fill(ORGANISER.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a correct email address and password').first().waitFor();
    await expectNoViolations(page);
    // The 401 is expected here: Chromium reports it as a failed resource.
    browser.problems.length = 0;
  });

  it('signs an organiser in, reaches the organiser area and signs out', async () => {
    const { page } = browser;
    await signIn(page, ORGANISER);
    await page.waitForURL('**/organiser');
    expect(await settled(() => page.locator('h1').textContent(), 'Organiser area')).toBe('Organiser area');
    await expect(page.locator('.govuk-caption-l').textContent()).resolves.toContain('techUK');
    await screenshot(page, 'organiser-area');
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();

    await page.goto(`${server.baseUrl}/organiser`);
    await page.waitForURL('**/sign-in?returnUrl=%2Forganiser');
    expect(browser.problems).toEqual([]);
  });

  it('returns to the page that asked for sign-in', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/account`);
    await page.waitForURL('**/sign-in?returnUrl=%2Faccount');
    await page.getByLabel('Email address').fill(REVIEWER.email);
    await page.getByLabel('Password').fill(REVIEWER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account');
    expect(await settled(() => page.locator('h1').textContent(), 'Your account')).toBe('Your account');
    await screenshot(page, 'account');
    await expectNoViolations(page);
  });

  it('shows the 403 page to a reviewer who opens an administrator page', async () => {
    const { page } = browser;
    await signIn(page, REVIEWER);
    await page.waitForURL('**/account');
    await page.goto(`${server.baseUrl}/admin/users`);
    await page.waitForURL('**/forbidden');
    expect(await settled(() => page.locator('h1').textContent(), 'You do not have access to this page')).toBe(
      'You do not have access to this page',
    );
    await expectNoViolations(page);
  });

  it('lets an administrator create an account, with errors shown by field, and see it in the audit log', async () => {
    const { page } = browser;
    await signIn(page, ADMIN);
    await page.waitForURL('**/organiser');
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.waitForURL('**/admin/users');
    await page.getByTestId('users-table').waitFor();
    await screenshot(page, 'admin-users');
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/admin/users/new');
    await page.getByLabel('Full name').fill('Priya Shah');
    await page.getByLabel('Email address').fill('priya.shah@lga.example');
    await page.getByLabel('Initial password').fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('Password is too common');
    await screenshot(page, 'admin-new-user-errors');
    await expectNoViolations(page);

    await page.getByLabel('Organisation').selectOption('lga');
    await page.getByLabel('Initial password').fill('harbour lantern meadow');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/admin/users');
    await page.getByRole('link', { name: 'Change Priya Shah' }).click();
    await page.waitForURL(/\/admin\/users\/\d+$/);
    await expect(page.getByLabel('Organisation').inputValue()).resolves.toBe('lga');
    await expectNoViolations(page);

    await page.goto(`${server.baseUrl}/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    await expect(page.getByTestId('audit-table').textContent()).resolves.toContain('user.created');
    await screenshot(page, 'admin-audit');
    await expectNoViolations(page);
    browser.problems.length = 0;
  });

  it('sets up two-step verification with an accessible page', async () => {
    const { page } = browser;
    await signIn(page, REVIEWER);
    await page.waitForURL('**/account');
    await page.goto(`${server.baseUrl}/account/two-step`);
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();
    await page.getByTestId('mfa-secret').waitFor();
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByTestId('error-summary').waitFor();
    await screenshot(page, 'two-step-setup');
    await expectNoViolations(page);
    browser.problems.length = 0;
  });
});

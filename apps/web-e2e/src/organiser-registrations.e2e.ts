import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { type Account, DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot, settled } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** A signed-in API client for seeding, as the browser would be: session cookies, and the CSRF header on writes. */
interface ApiClient {
  post(path: string, body: unknown): Promise<Response>;
}

async function apiSignIn(baseUrl: string, account: Account): Promise<ApiClient> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (login.status !== 200) throw new Error(`Sign-in as ${account.email} answered ${login.status}`);
  const cookies = login.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
  const csrf = decodeURIComponent(cookies.find((pair) => pair.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
  return {
    post: (path, body) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-XSRF-TOKEN': csrf },
        body: JSON.stringify(body),
      }),
  };
}

async function expectStatus(response: Promise<Response>, status: number): Promise<unknown> {
  const answer = await response;
  const body: unknown = await answer.json().catch(() => null);
  if (answer.status !== status) throw new Error(`Expected ${status}, got ${answer.status}: ${JSON.stringify(body)}`);
  return body;
}

/** Creates and publishes an online event far in the future, led by the LGA; returns its id. */
async function publishedEvent(organiser: ApiClient, overrides: Record<string, unknown>): Promise<number> {
  const created = (await expectStatus(
    organiser.post('/api/events', {
      summary: 'Seeded by the organiser registrations browser test.',
      type: 'webinar',
      format: 'online',
      joiningUrl: 'https://meet.example.org/e2e',
      startsAt: '2098-06-02T10:00:00+01:00',
      endsAt: '2098-06-02T11:00:00+01:00',
      audience: 'all',
      leadOrganisation: 'lga',
      ...overrides,
    }),
    201,
  )) as { id: number };
  await expectStatus(organiser.post(`/api/events/${created.id}/publish`, {}), 200);
  return created.id;
}

function register(baseUrl: string, eventId: number, name: string, email: string): Promise<unknown> {
  return fetch(`${baseUrl}/api/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name,
      email,
      organisationType: 'council',
      councilCode: 'E08000035',
      jobTitle: 'Digital lead',
      accessibilityNeeds: name === 'Bola Adeyemi' ? 'Live captions' : undefined,
    }),
  }).then((response) => response.json());
}

describe('organisers manage registrations, and read the outbox, in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let webinarId: number;
  let roundtableId: number;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await openBrowser();
    // A programme year for far-future events, so the test does not age.
    const admin = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.admin);
    await expectStatus(
      admin.post('/api/programme', { name: 'Browser test year', startsOn: '2097-04-01', endsOn: '2099-03-31' }),
      201,
    );
    const organiser = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    webinarId = await publishedEvent(organiser, { title: 'Cyber resilience webinar', capacity: 2 });
    roundtableId = await publishedEvent(organiser, {
      title: 'Procurement roundtable',
      type: 'roundtable',
      capacity: 10,
      approvalRequired: true,
    });
    const receipts = [
      await register(server.baseUrl, webinarId, 'Ada Lovelace', 'ada@leeds.gov.uk'),
      await register(server.baseUrl, webinarId, 'Bola Adeyemi', 'bola@leeds.gov.uk'),
      await register(server.baseUrl, webinarId, 'Chen Wei', 'chen@leeds.gov.uk'),
      await register(server.baseUrl, roundtableId, 'Dara Murphy', 'dara@leeds.gov.uk'),
      await register(server.baseUrl, roundtableId, 'Eve Okafor', 'eve@leeds.gov.uk'),
    ];
    expect(receipts.map((receipt) => (receipt as { status: string }).status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'pending',
      'pending',
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const row = (page: Page, name: string): Locator =>
    page.getByTestId('registrations-table').locator('tbody tr').filter({ hasText: name });
  const count = (page: Page, status: string) => page.getByTestId(`count-${status}`).innerText();
  const notice = async (page: Page) => {
    await page.getByTestId('notice').waitFor();
    return page.getByTestId('notice').innerText();
  };

  it('shows counts, filters, cancels with the waitlist moving up, adds someone, raises capacity, exports and messages', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    await page.waitForURL('**/organiser');

    // From the event's own page, whose link carries the counts.
    await page.goto(`${server.baseUrl}/organiser/events/${webinarId}`);
    const link = page.getByTestId('registrations-link');
    // The counts arrive after the event itself.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=registrations-link]')?.textContent?.trim() ===
        'Registrations (2 confirmed of 2 places)',
    );
    await link.click();
    await page.waitForURL(`**/organiser/events/${webinarId}/registrations`);
    await page.getByTestId('registrations-table').waitFor();
    await expect(page.title()).resolves.toMatch(/^Registrations: Cyber resilience webinar – /);
    await expect(count(page, 'confirmed')).resolves.toBe('2 of 2 places confirmed: full');
    await expect(count(page, 'waitlisted')).resolves.toBe('1');
    await expect(count(page, 'pending')).resolves.toBe('0');
    await expect(row(page, 'Chen Wei').getByTestId('waitlist-position').innerText()).resolves.toBe('Number 1 in line');
    await expect(row(page, 'Bola Adeyemi').innerText()).resolves.toContain('Accessibility');
    await expect(row(page, 'Ada Lovelace').innerText()).resolves.toContain('Leeds City Council');
    await screenshot(page, 'organiser-registrations');
    await expectNoViolations(page);

    // Filter by status, then search, both kept in the address.
    await page.getByLabel('Status').selectOption({ label: 'Waitlisted' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/status=waitlisted/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=registrations-table] tbody tr').length === 1,
    );
    await expect(page.getByTestId('registrations-table').locator('caption').innerText()).resolves.toBe(
      '1 person on the waitlist',
    );
    await expectNoViolations(page);
    await page.getByLabel('Status').selectOption({ label: 'All statuses' });
    await page.getByLabel('Name, email address or organisation').fill('bola');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/q=bola/);
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid=registrations-table] tbody tr')];
      return rows.length === 1 && rows[0]?.textContent?.includes('Bola Adeyemi');
    });
    await page.getByRole('link', { name: 'Show everyone' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=registrations-table] tbody tr').length === 3,
    );

    // Cancel Ada's place, with a reason, after confirming: Chen moves off the waitlist.
    await row(page, 'Ada Lovelace').getByRole('button', { name: 'Cancel Ada Lovelace' }).click();
    await page.getByTestId('registration-action').waitFor();
    await page.getByLabel('Reason (optional)').fill('Asked us by phone to cancel');
    await screenshot(page, 'organiser-registrations-cancel');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Yes, cancel the registration' }).click();
    await expect(notice(page)).resolves.toContain(
      "Ada Lovelace's registration is cancelled. Their place went to the first person on the waitlist.",
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid=count-waitlisted]')?.textContent?.trim() === '0',
    );
    await expect(count(page, 'confirmed')).resolves.toBe('2 of 2 places confirmed: full');
    await expect(count(page, 'cancelled')).resolves.toBe('1');
    await expect(row(page, 'Chen Wei').getByTestId('status').innerText()).resolves.toBe('Confirmed');
    await expect(row(page, 'Ada Lovelace').getByTestId('status').innerText()).resolves.toBe('Cancelled');
    await expectNoViolations(page);

    // Add someone by hand: the API's errors first, then a council chosen from the type-ahead.
    await page.getByRole('link', { name: 'Add someone' }).click();
    await page.waitForURL(`**/organiser/events/${webinarId}/registrations/new`);
    await page.getByTestId('add-registration-form').waitFor();
    await page.getByRole('button', { name: 'Add to the event' }).click();
    await page.getByTestId('error-summary').waitFor();
    const summary = await page.getByTestId('error-summary').innerText();
    expect(summary).toContain('Enter your full name');
    expect(summary).toContain('Select the type of organisation you work for');
    expect(summary).not.toContain('Enter the name of your organisation');
    await expect(page.locator('#jobTitle-error').innerText()).resolves.toContain('Enter your job title');
    await expect(page.title()).resolves.toMatch(/^Error: Add someone: Cyber resilience webinar/);
    await screenshot(page, 'organiser-add-registration-errors');
    await expectNoViolations(page);
    await page.getByLabel('Full name').fill('Fatima Khan');
    await page.getByLabel('Email address').fill('fatima.khan@leeds.gov.uk');
    await page.getByLabel('Council', { exact: true }).check();
    await page.getByRole('combobox', { name: 'Council' }).fill('Leeds');
    await page.getByRole('option', { name: /Leeds City Council/ }).click();
    await page.getByLabel('Job title').fill('Speaker');
    await expectNoViolations(page);
    browser.problems.length = 0; // Chromium logs the expected 422 as a failed resource.
    await page.getByRole('button', { name: 'Add to the event' }).click();
    await page.waitForURL(`**/organiser/events/${webinarId}/registrations`);
    await expect(notice(page)).resolves.toContain(
      'The event is full: Fatima Khan is on the waitlist, number 1 in line.',
    );
    await expect(row(page, 'Fatima Khan').innerText()).resolves.toContain('Added by an organiser');

    // Giving her a place needs one more: the page asks before raising the capacity.
    await row(page, 'Fatima Khan').getByRole('button', { name: 'Give a place Fatima Khan' }).click();
    await page.getByTestId('registration-action').waitFor();
    await expect(page.getByTestId('registration-action').innerText()).resolves.toContain('The event is full');
    await screenshot(page, 'organiser-registrations-raise');
    await expectNoViolations(page);
    browser.problems.length = 0; // and the expected 409.
    await page.getByRole('button', { name: 'Raise the capacity by one and give them a place' }).click();
    await expect(notice(page)).resolves.toContain('The event has one more place, and Fatima Khan has it.');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=count-confirmed]')?.textContent?.trim() ===
        '3 of 3 places confirmed: full',
    );
    await expectNoViolations(page);

    // The CSV download holds the list.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/name/i);
    for (const name of ['Ada Lovelace', 'Bola Adeyemi', 'Chen Wei', 'Fatima Khan']) expect(csv).toContain(name);
    expect(csv).toContain('Leeds City Council');

    // A message to everyone confirmed: checked, then confirmed with the number of people.
    await page.getByRole('link', { name: 'Message registrants' }).click();
    await page.waitForURL(`**/organiser/events/${webinarId}/messages/new`);
    await page.getByTestId('message-form').waitFor();
    await expect(page.getByLabel('Confirmed (3)').isChecked()).resolves.toBe(true);
    await page.getByLabel('Subject').fill('Joining instructions');
    await page.getByLabel('Message', { exact: true }).fill('Join ten minutes early to test your sound.\n\nThank you.');
    const remaining = 'You have 4,946 characters remaining';
    expect(await settled(() => page.getByTestId('body-count').innerText(), remaining)).toBe(remaining);
    await screenshot(page, 'organiser-message');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    // The confirm step replaces the form: wait for it rather than read the heading still on screen.
    await page.getByRole('heading', { level: 1, name: 'Send this message to 3 people?' }).waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Send to 3 people' }).click();
    await expect(notice(page)).resolves.toContain('3 messages queued');
    await screenshot(page, 'organiser-message-queued');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('approves one request and declines another with a message', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/organiser/events/${roundtableId}/registrations`);
    await page.getByTestId('registrations-table').waitFor();
    await expect(count(page, 'pending')).resolves.toBe('2');
    await expect(count(page, 'confirmed')).resolves.toBe('0 of 10 places confirmed');
    await row(page, 'Dara Murphy').getByRole('button', { name: 'Approve Dara Murphy' }).click();
    await expect(notice(page)).resolves.toContain('Dara Murphy is approved and has a place.');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=count-pending]')?.textContent?.trim() === '1',
    );
    await expect(row(page, 'Dara Murphy').getByTestId('status').innerText()).resolves.toBe('Confirmed');
    await expectNoViolations(page);

    await row(page, 'Eve Okafor').getByRole('button', { name: 'Decline Eve Okafor' }).click();
    await page.getByLabel('Message to Eve Okafor (optional)').fill('This one is for council officers only, sorry.');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Decline the request' }).click();
    await expect(notice(page)).resolves.toContain("Eve Okafor's request is declined.");
    await page.waitForFunction(
      () => document.querySelector('[data-testid=count-declined]')?.textContent?.trim() === '1',
    );
    await expect(row(page, 'Eve Okafor').getByTestId('status').innerText()).resolves.toBe('Declined');
    await screenshot(page, 'organiser-registrations-approval');
    await expectNoViolations(page);

    // Organisers have the outbox too, for their own events' mail.
    await page.getByRole('link', { name: 'Outbox', exact: true }).click();
    await page.waitForURL('**/admin/outbox');
    await page.getByTestId('outbox-table').waitFor();
    await expect(page.getByText('Emails about your organisation’s events').count()).resolves.toBe(1);
    await page.getByLabel('Status').selectOption({ label: 'Sent' });
    await page.getByRole('button', { name: 'Apply filter' }).click();
    await page.waitForURL(/status=sent/);
    await page
      .getByTestId('outbox-table')
      .locator('tbody tr')
      .filter({ hasText: 'eve@leeds.gov.uk' })
      .first()
      .waitFor();
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('lets an administrator read the outbox, a message as written, and its .eml file', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.admin);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.getByRole('link', { name: 'Outbox', exact: true }).click();
    await page.waitForURL('**/admin/outbox');
    const table = page.getByTestId('outbox-table');
    await table.waitFor();
    const instructions = table.locator('tbody tr').filter({ hasText: 'Joining instructions' });
    await expect(instructions.count()).resolves.toBe(3);
    await expect(table.locator('tbody tr').filter({ hasText: 'eve@leeds.gov.uk' }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'outbox');
    await expectNoViolations(page);

    await instructions.filter({ hasText: 'fatima.khan@leeds.gov.uk' }).getByRole('link').click();
    await page.waitForURL(/\/admin\/outbox\/\d+$/);
    await page.getByTestId('message-text').waitFor();
    await expect(page.getByTestId('message-to').innerText()).resolves.toContain('fatima.khan@leeds.gov.uk');
    await expect(page.getByTestId('message-text').innerText()).resolves.toContain(
      'Join ten minutes early to test your sound.',
    );
    await expect(page.getByTestId('invite-method').innerText()).resolves.toBe('None');
    await screenshot(page, 'outbox-message');
    await expectNoViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download \.eml/ }).click(),
    ]);
    const eml = readFileSync(await download.path(), 'utf8');
    expect(eml).toMatch(/^Subject: .*Joining instructions/m);
    expect(eml).toMatch(/^To: .*fatima\.khan@leeds\.gov\.uk/m);

    // The message that gave Fatima her place carries a calendar invite.
    await page.goto(`${server.baseUrl}/admin/outbox`);
    await table.waitFor();
    await table
      .locator('tbody tr')
      .filter({ hasText: 'fatima.khan@leeds.gov.uk' })
      .filter({ hasText: 'Off the waitlist' })
      .getByRole('link')
      .click();
    await page.waitForURL(/\/admin\/outbox\/\d+$/);
    await expect(page.getByTestId('invite-method').innerText()).resolves.toContain('REQUEST');
    expect(browser.problems).toEqual([]);
  });
});

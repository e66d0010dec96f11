import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutboxListResponse, OutboxMessageDetail } from '@epm/shared/contracts';
import type { Locator, Page } from 'playwright-core';
import { type Account, DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** A signed-in API client for seeding, as the browser would be: session cookies, and the CSRF header on writes. */
interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
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
  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-XSRF-TOKEN': csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer as T;
  };
  return { get: (path) => send('GET', path), post: (path, body) => send('POST', path, body) };
}

async function register(
  baseUrl: string,
  eventId: number,
  person: { name: string; email: string; supplier?: string },
): Promise<void> {
  const response = await fetch(`${baseUrl}/api/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: person.name,
      email: person.email,
      ...(person.supplier
        ? { organisationType: 'supplier', organisationName: person.supplier, supplierSize: 'sme' }
        : { organisationType: 'council', councilCode: 'E08000035' }),
      jobTitle: 'Digital lead',
    }),
  });
  const receipt = (await response.json()) as { status?: string };
  if (receipt.status !== 'confirmed') throw new Error(`${person.email} is not confirmed: ${JSON.stringify(receipt)}`);
}

/**
 * The check-in code printed under the QR code in someone's confirmation
 * email, read from the outbox as the organiser sees it (organisers have their
 * own events' messages).
 */
async function checkInCode(organiser: ApiClient, eventId: number, email: string): Promise<string> {
  const list = await organiser.get<OutboxListResponse>('/api/outbox?pageSize=100');
  const summary = list.items.find(
    (item) => item.eventId === eventId && item.kind === 'confirmation' && item.to.includes(email),
  );
  if (!summary) throw new Error(`No confirmation to ${email} in the outbox`);
  const message = await organiser.get<OutboxMessageDetail>(`/api/outbox/${summary.id}`);
  const code = /check-in code: ([A-Z0-9]{4} [A-Z0-9]{4})/.exec(message.text)?.[1];
  if (!code) throw new Error(`No check-in code in the confirmation to ${email}:\n${message.text}`);
  return code;
}

/** How Teams writes duration: "55m 23s", "1h 2m 14s". */
function teamsDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${hours ? `${hours}h ` : ''}${minutes % 60}m ${(minutes * 7) % 60}s`;
}

/**
 * A Microsoft Teams attendance report as Teams exports it: UTF-16LE with a
 * byte-order mark, tab-separated, in numbered sections; one row per person in
 * "2. Participants" and one per join in "3. In-Meeting Activities".
 */
function teamsReport(title: string, people: { name: string; email: string; sessions: number[] }[]): Buffer {
  const lines = [
    '1. Summary',
    `Meeting title\t${title}`,
    `Attended participants\t${people.length}`,
    'Start time\t6/2/98, 9:58:12 AM',
    'End time\t6/2/98, 11:02:40 AM',
    'Meeting duration\t1h 4m 28s',
    'Average attendance time\t41m 10s',
    '',
    '2. Participants',
    'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole',
    ...people.map(
      (person) =>
        `${person.name}\t6/2/98, 9:58:12 AM\t6/2/98, 11:02:40 AM\t${teamsDuration(person.sessions.reduce((a, b) => a + b, 0))}\t${person.email}\t${person.email}\tAttendee`,
    ),
    '',
    '3. In-Meeting Activities',
    'Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole',
    ...people.flatMap((person) =>
      person.sessions.map(
        (minutes) =>
          `${person.name}\t6/2/98, 9:58:12 AM\t6/2/98, 10:40:00 AM\t${teamsDuration(minutes)}\t${person.email}\tAttendee`,
      ),
    ),
  ];
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const WORKSHOP = 'Cyber resilience workshop for councils';
const WEBINAR = 'AI in adult social care webinar';

describe('organisers check people in at the door on a phone, and import attendance reports, in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let organiser: ApiClient;
  let workshopId: number;
  let webinarId: number;
  let files: string;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    browser = await openBrowser(PHONE);
    files = mkdtempSync(join(tmpdir(), 'epm-attendance-'));
    // A programme year for far-future events, so the test does not age.
    const admin = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.admin);
    await admin.post('/api/programme', { name: 'Browser test year', startsOn: '2097-04-01', endsOn: '2099-03-31' });
    organiser = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    const event = (base: Record<string, unknown>) => ({
      summary: 'Seeded by the attendance browser test.',
      audience: 'all',
      leadOrganisation: 'lga',
      capacity: 40,
      ...base,
    });
    workshopId = (
      await organiser.post<{ id: number }>(
        '/api/events',
        event({
          title: WORKSHOP,
          type: 'workshop',
          format: 'in-person',
          venue: {
            name: 'Local Government House',
            address: '18 Smith Square, London',
            postcode: 'SW1P 3HZ',
            accessInformation: 'Step-free entrance on Smith Square.',
          },
          startsAt: '2098-06-02T10:00:00+01:00',
          endsAt: '2098-06-02T12:30:00+01:00',
        }),
      )
    ).id;
    await organiser.post(`/api/events/${workshopId}/publish`, {});
    webinarId = (
      await organiser.post<{ id: number }>(
        '/api/events',
        event({
          title: WEBINAR,
          type: 'webinar',
          format: 'online',
          joiningUrl: 'https://meet.example.org/ai-care',
          startsAt: '2098-06-09T10:00:00+01:00',
          endsAt: '2098-06-09T11:00:00+01:00',
        }),
      )
    ).id;
    await organiser.post(`/api/events/${webinarId}/publish`, {});
    const people = [
      { name: 'Ada Lovelace', email: 'ada.lovelace@leeds.gov.uk' },
      { name: 'Bola Adeyemi', email: 'bola.adeyemi@leeds.gov.uk' },
      { name: 'Chen Wei', email: 'chen@acme.example', supplier: 'Acme Digital' },
    ];
    for (const person of people) {
      await register(server.baseUrl, workshopId, person);
      await register(server.baseUrl, webinarId, person);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const card = (page: Page, name: string): Locator =>
    page.getByTestId('check-in-list').locator('li').filter({ hasText: name });
  const counts = (page: Page, text: string) =>
    page.waitForFunction(
      (expected) => document.querySelector('[data-testid=check-in-counts]')?.textContent?.trim() === expected,
      text,
    );
  const notice = async (page: Page) => {
    await page.getByTestId('notice').waitFor();
    return (await page.getByTestId('notice').innerText()).replace(/\s+/g, ' ');
  };

  it('checks people in on a phone: search, a tap and its undo, a typed code, a scanned QR code, and a walk-in', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    await page.waitForURL('**/organiser');

    // From the event's own page.
    await page.goto(`${server.baseUrl}/organiser/events/${workshopId}`);
    await page.getByTestId('check-in-link').click();
    await page.waitForURL(`**/organiser/events/${workshopId}/check-in`);
    await counts(page, '0 of 3 checked in');
    await expect(page.title()).resolves.toMatch(new RegExp(`^Check in: ${WORKSHOP} – `));
    await expect(page.getByTestId('check-in-counts').getAttribute('aria-live')).resolves.toBe('polite');
    // This Chromium (Linux, headless) has no QR code detector: the page says so and the typed code remains.
    await page.getByTestId('scan-unavailable').waitFor();
    await expect(page.getByTestId('scan-unavailable').innerText()).resolves.toContain(
      'This browser cannot scan QR codes with the camera',
    );
    await expect(page.getByLabel('Check in by code').isVisible()).resolves.toBe(true);
    await screenshot(page, 'attendance-check-in-phone');
    await expectNoViolations(page);

    // Search as you type, by organisation.
    await page.getByLabel('Search by name or organisation').fill('acme');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=check-in-list] li').length === 1);
    await expect(card(page, 'Chen Wei').isVisible()).resolves.toBe(true);

    // One tap to check in: the button is big enough for a thumb, and becomes the time and an undo.
    const checkIn = card(page, 'Chen Wei').getByRole('button', { name: 'Check in Chen Wei' });
    const box = await checkIn.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await checkIn.click();
    await counts(page, '1 of 3 checked in');
    await expect(card(page, 'Chen Wei').getByTestId('checked-in').innerText()).resolves.toMatch(
      /^Checked in \d{1,2}(:\d{2})?(am|pm)$/,
    );
    const undo = card(page, 'Chen Wei').getByRole('button', { name: 'Undo check-in for Chen Wei' });
    await expect(undo.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    expect((await undo.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'attendance-check-in-phone-checked-in');
    await expectNoViolations(page);
    await undo.click();
    await counts(page, '0 of 3 checked in');
    await card(page, 'Chen Wei').getByRole('button', { name: 'Check in Chen Wei' }).waitFor();
    await page.getByLabel('Search by name or organisation').fill('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=check-in-list] li').length === 3);

    // By the code from Ada's confirmation email, typed as people do.
    const adaCode = await checkInCode(organiser, workshopId, 'ada.lovelace@leeds.gov.uk');
    await page.getByLabel('Check in by code').fill(adaCode.toLowerCase());
    await page.getByRole('button', { name: 'Check in by code' }).click();
    await expect(notice(page)).resolves.toContain('Ada Lovelace (Leeds City Council) is checked in.');
    await counts(page, '1 of 3 checked in');
    await expect(card(page, 'Ada Lovelace').getByTestId('checked-in').isVisible()).resolves.toBe(true);
    await screenshot(page, 'attendance-check-in-phone-code');
    await expectNoViolations(page);

    // A code that matches nobody: said in the summary and beside the field.
    browser.problems.length = 0;
    await page.getByLabel('Check in by code').fill('ZZZZ ZZZZ');
    await page.getByRole('button', { name: 'Check in by code' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(page.getByTestId('error-summary').innerText()).resolves.toContain(
      'No registration for this event matches',
    );
    await expect(page.locator('#code-error').innerText()).resolves.toContain('No registration for this event matches');
    await screenshot(page, 'attendance-check-in-phone-code-error');
    await expectNoViolations(page);
    browser.problems.length = 0; // Chromium logs the expected 422 as a failed resource.

    // Where the browser has a QR code detector and a camera (Chromium on Android). This Chromium has neither, so
    // the test gives it both: a detector that reads whatever code the test holds up, and a camera that films a
    // canvas. Everything from the button to the check-in is the page's own.
    const bolaCode = await checkInCode(organiser, workshopId, 'bola.adeyemi@leeds.gov.uk');
    await browser.context.addInitScript(() => {
      const held = window as unknown as { heldUpCode?: string; BarcodeDetector?: unknown };
      held.BarcodeDetector = class {
        static async getSupportedFormats() {
          return ['qr_code'];
        }
        async detect() {
          return held.heldUpCode ? [{ rawValue: held.heldUpCode }] : [];
        }
      };
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 320;
        canvas.height = 240;
        const context = canvas.getContext('2d');
        let frame = 0;
        setInterval(() => {
          if (!context) return;
          context.fillStyle = frame++ % 2 ? '#333' : '#555';
          context.fillRect(0, 0, canvas.width, canvas.height);
        }, 50);
        return canvas.captureStream(20);
      };
    });
    await page.reload();
    await counts(page, '1 of 3 checked in');
    await page.getByRole('button', { name: 'Scan QR code' }).click();
    await page.getByTestId('scan-status').filter({ hasText: 'Point the camera' }).waitFor();
    await expect(page.getByRole('button', { name: 'Stop scanning' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'attendance-check-in-phone-scanning');
    await expectNoViolations(page);
    await page.evaluate((code) => ((window as unknown as { heldUpCode?: string }).heldUpCode = code), bolaCode);
    await expect(notice(page)).resolves.toContain('Bola Adeyemi (Leeds City Council) is checked in.');
    await counts(page, '2 of 3 checked in');
    await page.evaluate(() => delete (window as unknown as { heldUpCode?: string }).heldUpCode);
    await page.getByRole('button', { name: 'Stop scanning' }).click();
    await page.getByRole('button', { name: 'Scan QR code' }).waitFor();

    // A walk-in: the API's errors first, then a council from the type-ahead.
    await page.getByTestId('walk-in-link').click();
    await page.waitForURL(`**/organiser/events/${workshopId}/check-in/walk-in`);
    await page.getByTestId('walk-in-form').waitFor();
    await page.getByRole('button', { name: 'Add and check in' }).click();
    await page.getByTestId('error-summary').waitFor();
    const summary = await page.getByTestId('error-summary').innerText();
    expect(summary).toContain('Enter your full name');
    expect(summary).toContain('Select the type of organisation you work for');
    expect(summary).not.toContain('Enter the name of your organisation');
    await expect(page.locator('#email-error').isVisible()).resolves.toBe(true);
    await expect(page.title()).resolves.toMatch(/^Error: Add a walk-in: /);
    await screenshot(page, 'attendance-walk-in-errors');
    await expectNoViolations(page);
    await page.getByLabel('Full name').fill('Dev Patel');
    await page.getByLabel('Email address').fill('dev.patel@leeds.gov.uk');
    await page.getByLabel('Council', { exact: true }).check();
    await page.getByRole('combobox', { name: 'Council' }).fill('Leeds');
    await page.getByRole('option', { name: /Leeds City Council/ }).click();
    await page.getByLabel('Job title').fill('Cyber security officer');
    await expectNoViolations(page);
    browser.problems.length = 0; // the expected 422
    await page.getByRole('button', { name: 'Add and check in' }).click();
    await page.waitForURL(`**/organiser/events/${workshopId}/check-in`);
    await expect(notice(page)).resolves.toContain('Dev Patel is checked in as a walk-in.');
    await counts(page, '3 of 4 checked in');
    await expect(card(page, 'Dev Patel').getByTestId('checked-in').isVisible()).resolves.toBe(true);
    await screenshot(page, 'attendance-check-in-phone-walk-in');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('shows the attendance record on a desktop, previews and saves a Teams report, and finds nothing to change the second time', async () => {
    const { page } = browser;
    await page.setViewportSize(DESKTOP);

    // The workshop's record: how each person came, and no-shows explained as waiting for the start.
    await page.goto(`${server.baseUrl}/organiser/events/${workshopId}/attendance`);
    await page.getByTestId('attendance-table').waitFor();
    await expect(page.getByTestId('count-confirmed').innerText()).resolves.toBe('4');
    await expect(page.getByTestId('count-attended').innerText()).resolves.toBe('3');
    await expect(page.getByTestId('count-not-recorded').innerText()).resolves.toBe('1');
    const row = (name: string) => page.getByTestId('attendance-table').locator('tbody tr').filter({ hasText: name });
    await expect(row('Ada Lovelace').innerText()).resolves.toContain('Checked in at the door');
    await expect(row('Dev Patel').innerText()).resolves.toContain('Walk-in');
    await expect(row('Chen Wei').getByTestId('attendance-status').innerText()).resolves.toBe('Not recorded');
    await expect(page.getByTestId('no-shows-later').innerText()).resolves.toContain('Once the event has started');
    await screenshot(page, 'attendance-record');
    await expectNoViolations(page);

    // One person by hand.
    await row('Chen Wei').getByRole('button', { name: 'Change attendance for Chen Wei' }).click();
    await page.getByTestId('change-attendance').waitFor();
    await page.getByLabel('No-show').check();
    await screenshot(page, 'attendance-change');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(notice(page)).resolves.toContain('Chen Wei: no-show.');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=count-no-show]')?.textContent?.trim() === '1',
    );
    await expect(row('Chen Wei').getByTestId('attendance-status').innerText()).resolves.toBe('No-show');

    // The webinar: a Teams report, UTF-16 as Teams exports it.
    const report = join(files, 'AI in adult social care - Attendance report 6-9-98.csv');
    writeFileSync(
      report,
      teamsReport(WEBINAR, [
        { name: 'Ada Lovelace', email: 'Ada.Lovelace@leeds.gov.uk', sessions: [40, 15] },
        { name: 'Bola Adeyemi', email: 'bola.adeyemi@leeds.gov.uk', sessions: [4] },
        { name: 'Grace Hopper', email: 'grace.hopper@example.org', sessions: [30] },
      ]),
    );
    await page.goto(`${server.baseUrl}/organiser/events/${webinarId}/attendance`);
    await page.getByTestId('attendance-table').waitFor();
    await expect(page.getByTestId('count-not-recorded').innerText()).resolves.toBe('3');
    await page.getByLabel('Attendance report').setInputFiles(report);
    await page.getByLabel('Minimum minutes to count as attended').fill('10');
    await page.getByLabel('Add people who did not register').check();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('import-result').waitFor();
    await expect(page.getByTestId('import-format').innerText()).resolves.toBe('Microsoft Teams attendance report');
    await expect(page.getByTestId('import-count-matched').innerText()).resolves.toBe('2');
    await expect(page.getByTestId('import-count-unmatched').innerText()).resolves.toBe('1');
    await expect(page.getByTestId('import-count-already').innerText()).resolves.toBe('0');
    const matched = await page.getByTestId('import-matched').innerText();
    expect(matched).toMatch(/Ada Lovelace\s+ada\.lovelace@leeds\.gov\.uk\s+55 minutes\s+Attended/);
    expect(matched).toMatch(/Bola Adeyemi\s+bola\.adeyemi@leeds\.gov\.uk\s+4 minutes\s+No-show/);
    await expect(page.getByTestId('import-unmatched').innerText()).resolves.toContain('Grace Hopper');
    await expect(page.getByTestId('import-headline').innerText()).resolves.toBe(
      'Saving will record attendance for 2 people and add 1 person who did not register. Fewer than 10 minutes in the session counts as a no-show.',
    );
    // Nothing is saved by a preview.
    await expect(page.getByTestId('count-not-recorded').innerText()).resolves.toBe('3');
    await screenshot(page, 'attendance-import-preview');
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(notice(page)).resolves.toContain(
      'Attendance saved: recorded attendance for 2 people and added 1 person who did not register.',
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid=count-confirmed]')?.textContent?.trim() === '4',
    );
    await expect(page.getByTestId('count-attended').innerText()).resolves.toBe('2');
    await expect(page.getByTestId('count-no-show').innerText()).resolves.toBe('1');
    await expect(page.getByTestId('count-not-recorded').innerText()).resolves.toBe('1');
    await expect(row('Grace Hopper').innerText()).resolves.toContain('Imported from a report');
    await expect(row('Ada Lovelace').innerText()).resolves.toContain('55 minutes');
    await screenshot(page, 'attendance-import-saved');
    await expectNoViolations(page);

    // The same report again, with the same choices: nothing to change, and nothing to save.
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('import-headline').filter({ hasText: 'Nothing to change' }).waitFor();
    await expect(page.getByTestId('import-count-matched').innerText()).resolves.toBe('0');
    await expect(page.getByTestId('import-count-already').innerText()).resolves.toBe('3');
    await expect(page.getByRole('button', { name: 'Save attendance' }).count()).resolves.toBe(0);
    await screenshot(page, 'attendance-import-nothing-to-change');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('marks the rest as no-shows after an event, with a confirmation step', async () => {
    const { page } = browser;
    // A workshop run before this service, backfilled: a spreadsheet of who registered and came.
    const past = await organiser.post<{ id: number }>('/api/events', {
      title: 'Procurement reform roundtable, autumn',
      summary: 'Backfilled by the attendance browser test.',
      type: 'roundtable',
      format: 'in-person',
      venue: { name: 'techUK', address: '10 St Bride Street, London', postcode: 'EC4A 4AD' },
      startsAt: '2025-10-14T14:00:00+01:00',
      endsAt: '2025-10-14T16:00:00+01:00',
      capacity: 20,
      audience: 'all',
      leadOrganisation: 'lga',
    });
    await organiser.post(`/api/events/${past.id}/publish`, {});
    const spreadsheet = join(files, 'roundtable attendees.csv');
    writeFileSync(
      spreadsheet,
      [
        'Name,Email,Organisation,Attended',
        'Femi Bello,femi.bello@leeds.gov.uk,Leeds City Council,Yes',
        'Hana Kim,hana.kim@example.org,Brightline,Yes',
      ].join('\n'),
    );
    await page.goto(`${server.baseUrl}/organiser/events/${past.id}/attendance`);
    await page.getByTestId('attendance-empty').waitFor();
    await page.getByLabel('Attendance report').setInputFiles(spreadsheet);
    await page.getByLabel('Add people who did not register').check();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('import-result').waitFor();
    await expect(page.getByTestId('import-format').innerText()).resolves.toBe('Spreadsheet of attendees');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByTestId('attendance-table').waitFor();
    await expect(page.getByTestId('no-shows-done').innerText()).resolves.toContain('has their attendance recorded');

    // Someone the organiser is unsure of goes back to not recorded; the button then offers to mark the rest.
    const hana = page.getByTestId('attendance-table').locator('tbody tr').filter({ hasText: 'Hana Kim' });
    await hana.getByRole('button', { name: 'Change attendance for Hana Kim' }).click();
    await page.getByLabel('Not recorded').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(notice(page)).resolves.toContain('Hana Kim: not recorded.');
    await page.getByTestId('mark-no-shows').click();
    await page.getByTestId('confirm-no-shows').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('Mark 1 person as no-shows?');
    await screenshot(page, 'attendance-no-shows-confirm');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Yes, mark them as no-shows' }).click();
    await expect(notice(page)).resolves.toContain('1 person marked as a no-show.');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=count-no-show]')?.textContent?.trim() === '1',
    );
    await expect(hana.getByTestId('attendance-status').innerText()).resolves.toBe('No-show');
    await screenshot(page, 'attendance-no-shows-done');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });
});

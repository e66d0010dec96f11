import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { type Account, DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts, parsed. */
interface Mailbox {
  url: string;
  waitFor(to: string, subjectStart: string): Promise<ParsedMail>;
  close(): Promise<void>;
}

async function startMailbox(): Promise<Mailbox> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const recipient = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
  return {
    url: `smtp://127.0.0.1:${port}`,
    async waitFor(to, subjectStart) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const mail = received.find((item) => recipient(item) === to && item.subject?.startsWith(subjectStart));
        if (mail) return mail;
        if (Date.now() > deadline) {
          const seen = received.map((item) => `${recipient(item)}: ${item.subject}`).join('\n');
          throw new Error(`No "${subjectStart}" message to ${to} within 20 s. Received:\n${seen}`);
        }
        await new Promise((wait) => setTimeout(wait, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A signed-in API client for seeding, as the browser would be: session cookies, and the CSRF header on writes. */
async function apiSignIn(
  baseUrl: string,
  account: Account,
): Promise<(method: string, path: string, body: unknown) => Promise<unknown>> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (login.status !== 200) throw new Error(`Sign-in as ${account.email} answered ${login.status}`);
  const cookies = login.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
  const csrf = decodeURIComponent(cookies.find((pair) => pair.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer;
  };
}

/** The feedback link in a message, as a path on the server under test (PUBLIC_URL names another host). */
function feedbackLinkIn(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/feedback\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No feedback link in "${mail.subject}":\n${mail.text}`);
  return new URL(link).pathname;
}

/** ISO 8601 with an offset, as the API takes: UTC is fine, it shows the times in UK time. */
const iso = (instant: number) => new Date(instant).toISOString().replace('Z', '+00:00');
const HOUR = 3_600_000;
const TITLE = 'Cyber resilience for councils: lessons from recent incidents';
const PRIYA = 'priya.shah@leeds.gov.uk';
const SAM = 'sam.okafor@york.gov.uk';
const OLA = 'ola.bello@york.gov.uk';

describe('an attendee gives feedback from the emailed link, and the organisers read it, in Chromium', () => {
  let mailbox: Mailbox;
  let server: RunningServer;
  let browser: BrowserSession;
  let eventId: number;
  let futureId: number;
  let link: string;

  beforeAll(async () => {
    mailbox = await startMailbox();
    server = await startServer({ DEMO_DATA: 'true', SMTP_URL: mailbox.url, OUTBOX_POLL_MS: '200' });
    browser = await openBrowser();
    const organiser = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    // A webinar that ended an hour ago, recorded with who came.
    const event = (await organiser('POST', '/api/events', {
      title: TITLE,
      summary: 'What councils learnt, and what to do first.',
      type: 'webinar',
      format: 'online',
      joiningUrl: 'https://meet.example.org/cyber',
      startsAt: iso(Date.now() - 3 * HOUR),
      endsAt: iso(Date.now() - HOUR),
      capacity: 100,
      audience: 'all',
      leadOrganisation: 'lga',
    })) as { id: number };
    eventId = event.id;
    await organiser('POST', `/api/events/${eventId}/publish`, {});
    for (const [name, email, attendance] of [
      ['Priya Shah', PRIYA, 'attended'],
      ['Sam Okafor', SAM, 'no-show'],
      ['Ola Bello', OLA, 'attended'],
    ] as const) {
      await organiser('POST', `/api/events/${eventId}/registrations/manual`, {
        name,
        email,
        organisationType: 'council',
        councilCode: email.includes('leeds') ? 'E08000035' : 'E06000014',
        jobTitle: 'Head of Digital',
        consentFollowUp: true,
      });
      const list = (await organiser('GET', `/api/events/${eventId}/attendance`, undefined)) as {
        items: { registrationId: number; email: string }[];
      };
      const id = list.items.find((item) => item.email === email)?.registrationId;
      await organiser('PATCH', `/api/events/${eventId}/attendance/${id}`, { status: attendance });
    }
    // An event still to come, whose form the organisers can still change.
    const future = (await organiser('POST', '/api/events', {
      title: 'Procurement roundtable',
      summary: 'Buying for outcomes.',
      type: 'roundtable',
      format: 'online',
      joiningUrl: 'https://meet.example.org/procurement',
      startsAt: '2027-02-02T10:00:00+00:00',
      endsAt: '2027-02-02T11:30:00+00:00',
      capacity: 12,
      audience: 'all',
      leadOrganisation: 'lga',
    })) as { id: number };
    futureId = future.id;
    // The scheduler asks Priya by itself when it next runs; Sam, who did not come, is sent the recording instead.
    link = feedbackLinkIn(await mailbox.waitFor(PRIYA, 'How was it?'));
    await mailbox.waitFor(SAM, 'Sorry we missed you');
    await mailbox.waitFor(OLA, 'How was it?');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
  });

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  it('opens the form from the email, shows what is missing first, then takes the answers once', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}${link}`);
    await page.getByTestId('feedback-form').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('Tell us what you thought');
    await expect(page.locator('.govuk-caption-l').innerText()).resolves.toBe(TITLE);
    await screenshot(page, 'feedback-form');
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(focusedTestId(page)).resolves.toBe('error-summary');
    await expect(page.getByTestId('error-summary').locator('a').allInnerTexts()).resolves.toEqual([
      'Select how satisfied you are with the event',
      'Select how useful the event was to you',
      'Select how likely you are to recommend events like this one',
      'Select whether you will do something differently as a result',
    ]);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await screenshot(page, 'feedback-form-errors');
    await expectNoViolations(page);
    // The summary's link takes you to the question.
    await page
      .getByTestId('error-summary')
      .getByRole('link', { name: /how satisfied/ })
      .click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('satisfaction');

    await page.getByLabel('Satisfied', { exact: true }).check();
    await page.getByLabel('Very useful', { exact: true }).check();
    await page.getByLabel('9', { exact: true }).check();
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('What will you do differently? (optional)').fill('Rehearse our incident plan with suppliers');
    await page.getByLabel('Cybersecurity').check();
    await page.getByLabel('Any other comments? (optional)').fill('Practical, and the right length.');
    await page.getByLabel('You may quote what I wrote in published reports, without my name').check();
    await screenshot(page, 'feedback-form-filled');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByTestId('sent-panel').waitFor();
    await expect(page.getByTestId('sent-panel').locator('h1').innerText()).resolves.toBe('Feedback sent');
    await expect(focusedTestId(page)).resolves.toBe('sent-panel');
    await screenshot(page, 'feedback-sent');
    await expectNoViolations(page);

    // The same link again: answered already, said plainly.
    await page.goto(`${server.baseUrl}${link}`);
    await page.getByTestId('feedback-state').waitFor();
    await expect(page.getByTestId('feedback-state').innerText()).resolves.toBe('You have already sent your answers');
    await screenshot(page, 'feedback-already-sent');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('says a broken link is not valid', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/feedback/not-a-real-link`);
    await page.getByTestId('feedback-state').waitFor();
    await expect(page.getByTestId('feedback-state').innerText()).resolves.toBe('This link is not valid');
    await screenshot(page, 'feedback-invalid-link');
    await expectNoViolations(page);
  });

  it('shows the organisers the results as tables with text values, and sends requests to nobody twice', async () => {
    const { page } = browser;
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    await page.waitForURL(/\/organiser/);
    await page.goto(`${server.baseUrl}/organiser/events/${eventId}`);
    await page.getByTestId('feedback-link').click();
    await page.getByTestId('response-rate').waitFor();
    await expect(page.getByTestId('response-rate').innerText()).resolves.toBe('50%: 1 of 2 who came answered');
    await expect(page.getByTestId('satisfaction-average').innerText()).resolves.toBe(
      'Average 4 out of 5, from 1 answer.',
    );
    await expect(page.getByTestId('nps').innerText()).resolves.toMatch(/^Net Promoter Score \+100/);
    const satisfied = page.getByTestId('satisfaction-bars').locator('tr', { hasText: '4: Satisfied' });
    await expect(satisfied.locator('td').first().innerText()).resolves.toBe('1');
    const comments = await page.getByTestId('feedback-texts').last().innerText();
    expect(comments).toContain('Practical, and the right length.');
    expect(comments).toContain('Priya Shah, Leeds City Council');
    expect(comments).toContain('May be quoted');
    await screenshot(page, 'feedback-results');
    await expectNoViolations(page);

    await page.getByTestId('send-requests').click();
    await page.getByTestId('confirm-requests').waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Send the requests' }).click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('notice').innerText()).resolves.toContain(
      'Nobody new to ask: everyone who came has been asked or has answered.',
    );
    await screenshot(page, 'feedback-requests-sent');
    await expectNoViolations(page);
  });

  it('shows the form as locked once requests have gone, and imports answers from Microsoft Forms with a preview', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/organiser/events/${eventId}/feedback/form`);
    await page.getByTestId('questions-locked').waitFor();
    await screenshot(page, 'feedback-form-settings-locked');
    await expectNoViolations(page);

    await page.goto(`${server.baseUrl}/organiser/events/${eventId}/feedback/import`);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectNoViolations(page);
    await page.getByLabel('Upload the answers').setInputFiles({
      name: 'Cyber resilience feedback.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\uFEFFID,Start time,Completion time,Email,Name,How satisfied were you overall?,Any other comments?\r\n' +
          `1,,,${PRIYA},Priya Shah,5,Again from Forms\r\n` +
          `2,,,${SAM},Sam Okafor,3,\r\n` +
          `3,,,${OLA.toUpperCase()},Ola Bello,4,Filled in on paper and typed up\r\n` +
          '4,,,someone@example.org,Someone,4,\r\n',
        'utf8',
      ),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByTestId('import-preview').waitFor();
    await expect(page.getByTestId('import-summary').innerText()).resolves.toBe('1 answer will be saved.');
    const preview = await page.getByTestId('import-preview').innerText();
    expect(preview).toContain('Already answered (1)');
    expect(preview).toContain('Sam Okafor (sam.okafor@york.gov.uk): did not attend');
    expect(preview).toContain('Not registered for this event (1)');
    await screenshot(page, 'feedback-import-preview');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Save 1 answer' }).click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('1 answer saved.');
    await expectNoViolations(page);
    await page.getByRole('link', { name: 'See the feedback' }).click();
    await page.getByTestId('response-rate').waitFor();
    await expect(page.getByTestId('response-rate').innerText()).resolves.toBe('100%: 2 of 2 who came answered');
    await expect(page.getByTestId('feedback-texts').last().innerText()).resolves.toContain(
      'Filled in on paper and typed up',
    );
  });

  it('lets organisers change the form of an event still to come', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/organiser/events/${futureId}/feedback/form`);
    await page.getByTestId('settings-form').waitFor();
    await expect(page.getByTestId('extra-question-0').locator('input[type=text]').inputValue()).resolves.toMatch(
      /^Who else should be at the table/,
    );
    await page.getByLabel('How likely to recommend (0 to 10, for the Net Promoter Score)').uncheck();
    await page.getByTestId('add-question').click();
    await page.getByLabel('Question 2', { exact: true }).fill('How confident are you to start a procurement now?');
    await page.getByTestId('extra-question-1').getByLabel('On a scale of 1 to 5').check();
    await screenshot(page, 'feedback-form-settings');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Save the form' }).click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('The feedback form is saved.');
    await expectNoViolations(page);
  });
});

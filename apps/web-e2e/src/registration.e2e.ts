import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { type Account, DEMO_ACCOUNTS } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot, settled } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts, parsed. */
interface Mailbox {
  url: string;
  received: ParsedMail[];
  /** The first message to this address whose subject starts so, once it arrives. */
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
    received,
    async waitFor(to, subjectStart) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const mail = received.find((item) => recipient(item) === to && item.subject?.startsWith(subjectStart));
        if (mail) return mail;
        if (Date.now() > deadline) {
          const seen = received.map((item) => `${recipient(item)}: ${item.subject}`).join('\n');
          throw new Error(`No "${subjectStart}" message to ${to} within 30 s. Received:\n${seen}`);
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
): Promise<(path: string, body: unknown) => Promise<unknown>> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (login.status !== 200) throw new Error(`Sign-in as ${account.email} answered ${login.status}`);
  const cookies = login.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
  const csrf = decodeURIComponent(cookies.find((pair) => pair.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
  return async (path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer;
  };
}

/** The manage link in a message, as a path on the server under test (PUBLIC_URL names another host). */
function manageLinkIn(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/registrations\/manage\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No manage link in "${mail.subject}":\n${mail.text}`);
  return new URL(link).pathname;
}

const TITLE = 'Digital skills workshop for council leaders';

// One server and one browser for a whole story on a small, busy machine: more time than the default per step.
jest.setTimeout(120_000);

describe('an attendee registers, manages the registration from the email, and the waiting list moves up, in Chromium', () => {
  let mailbox: Mailbox;
  let server: RunningServer;
  let browser: BrowserSession;
  let eventId: number;
  let laterEventId: number;
  let roundtableId: number;

  beforeAll(async () => {
    mailbox = await startMailbox();
    server = await startServer({ DEMO_DATA: 'true', SMTP_URL: mailbox.url, OUTBOX_POLL_MS: '200' });
    browser = await openBrowser();
    // A programme year for far-future events, so the test does not age.
    const asAdmin = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.admin);
    await asAdmin('/api/programme', { name: 'Browser test year', startsOn: '2097-04-01', endsOn: '2099-03-31' });
    const asOrganiser = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    const event = (await asOrganiser('/api/events', {
      title: TITLE,
      summary: 'A practical morning on leading digital change.',
      type: 'workshop',
      format: 'hybrid',
      venue: {
        name: 'Local Government House',
        address: '18 Smith Square, London',
        postcode: 'SW1P 3HZ',
        accessInformation: 'Step-free entrance on Smith Square.',
      },
      joiningUrl: 'https://meet.example.org/digital-skills',
      startsAt: '2098-06-02T10:00:00+01:00',
      endsAt: '2098-06-02T12:30:00+01:00',
      capacity: 2,
      audience: 'councils',
      leadOrganisation: 'lga',
    })) as { id: number };
    eventId = event.id;
    await asOrganiser(`/api/events/${eventId}/publish`, {});
    const later = (await asOrganiser('/api/events', {
      title: 'Procurement roundtable, next spring',
      summary: 'Registration opens nearer the time.',
      type: 'roundtable',
      format: 'online',
      joiningUrl: 'https://meet.example.org/procurement',
      startsAt: '2098-09-15T14:00:00+01:00',
      endsAt: '2098-09-15T15:30:00+01:00',
      registrationOpensAt: '2098-08-01T09:00:00+01:00',
      capacity: 12,
      audience: 'all',
      leadOrganisation: 'lga',
    })) as { id: number };
    laterEventId = later.id;
    await asOrganiser(`/api/events/${laterEventId}/publish`, {});
    const roundtable = (await asOrganiser('/api/events', {
      title: 'Data sharing roundtable',
      summary: 'Organisers confirm each place.',
      type: 'roundtable',
      format: 'in-person',
      venue: { name: 'techUK', address: '10 St Bride Street, London', postcode: 'EC4A 4AD' },
      startsAt: '2098-07-07T14:00:00+01:00',
      endsAt: '2098-07-07T16:00:00+01:00',
      capacity: 12,
      approvalRequired: true,
      audience: 'all',
      leadOrganisation: 'lga',
    })) as { id: number };
    roundtableId = roundtable.id;
    await asOrganiser(`/api/events/${roundtableId}/publish`, {});
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
  });

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  function register(name: string, email: string): Promise<{ status: string; waitlistPosition: number | null }> {
    return fetch(`${server.baseUrl}/api/events/${eventId}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name,
        email,
        organisationType: 'council',
        councilCode: 'E06000016',
        jobTitle: 'Digital lead',
      }),
    }).then((response) => response.json());
  }

  const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  it('says when registration opens for an event not open yet, with no button', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/events/${laterEventId}`);
    await page.getByTestId('registration-closed').waitFor();
    await expect(page.getByTestId('registration-closed').innerText()).resolves.toBe(
      'Registration opens on Friday 1 August 2098, 9am (UK time).',
    );
    await expect(page.getByTestId('register-button').count()).resolves.toBe(0);
    await screenshot(page, 'event-registration-not-open');
    await expectNoViolations(page);

    // Straight to the form's address: the same reason, no form.
    await page.goto(`${server.baseUrl}/events/${laterEventId}/register`);
    await page.getByTestId('register-state').waitFor();
    await expect(page.getByTestId('register-state').innerText()).resolves.toBe(
      'Registration opens on Friday 1 August 2098, 9am (UK time).',
    );
    await expect(page.getByTestId('register-form').count()).resolves.toBe(0);
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('asks for a place where organisers approve each one, and says the request was received', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/events/${roundtableId}`);
    await page.getByTestId('register-button').waitFor();
    await expect(page.getByTestId('register-button').innerText()).resolves.toBe('Request a place');
    await expectNoViolations(page);
    await page.getByTestId('register-button').click();
    await page.getByTestId('register-form').waitFor();
    await expect(page.getByTestId('register-state').innerText()).resolves.toContain(
      'The organisers confirm each place',
    );
    await page.getByLabel('Full name').fill('Dara Murphy');
    await page.getByLabel('Email address').fill('dara@example.ac.uk');
    await page.getByLabel('Academia').check();
    await page.getByLabel('Name of your organisation').fill('University of Leeds');
    await page.getByLabel('Job title').fill('Research fellow');
    await page.getByRole('button', { name: 'Request a place' }).click();
    await page.waitForURL(`**/events/${roundtableId}/registered?status=pending`);
    expect(await settled(() => page.getByRole('heading', { level: 1 }).innerText(), 'Request received')).toBe(
      'Request received',
    );
    await screenshot(page, 'registered-pending');
    await expectNoViolations(page);
    await mailbox.waitFor('dara@example.ac.uk', 'Request received');
    expect(browser.problems).toEqual([]);
  });

  it('registers a council officer through the form, with the council chosen by keyboard, and emails an invite', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/events/${eventId}`);
    const button = page.getByTestId('register-button');
    await button.waitFor();
    await expect(button.innerText()).resolves.toBe('Register');
    await expect(page.getByTestId('event-registration').innerText()).resolves.toContain('2 places left.');
    await screenshot(page, 'event-registration-open');
    await expectNoViolations(page);

    await button.click();
    await page.waitForURL(`**/events/${eventId}/register`);
    await page.getByTestId('register-form').waitFor();
    await expect(page.title()).resolves.toBe(`Register for ${TITLE} – Partnership events – LGA and techUK`);
    await screenshot(page, 'register-form');
    await expectNoViolations(page);

    // Everything missing at once, in the summary (which takes focus) and beside each field.
    await page.getByLabel('Council', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(focusedTestId(page)).resolves.toBe('error-summary');
    await expect(page.getByTestId('error-summary').getByRole('link').allInnerTexts()).resolves.toEqual([
      'Enter your full name',
      'Enter your email address',
      'Select your council from the list',
      'Enter your job title',
    ]);
    await expect(page.locator('#councilCode-error').innerText()).resolves.toContain(
      'Select your council from the list',
    );
    await expect(page.title()).resolves.toMatch(/^Error: Register for/);
    await screenshot(page, 'register-form-errors');
    await expectNoViolations(page);

    await page.getByLabel('Full name').fill('Priya Shah');
    await page.getByLabel('Email address').fill('priya.shah@leeds.gov.uk');
    // The council type-ahead, by keyboard only.
    const combobox = page.getByRole('combobox', { name: 'Your council' });
    await combobox.focus();
    await page.keyboard.type('Leeds');
    // Slow typing searches for "Le" and "Lee" too: wait for the answer to "Leeds".
    await page
      .getByRole('status')
      .filter({ hasText: /^1 council matches\./ })
      .waitFor();
    const listbox = page.getByRole('listbox', { name: 'Your council' });
    await expect(listbox.getByRole('option').allInnerTexts()).resolves.toEqual([
      'Leeds City Council\nMetropolitan district, Yorkshire and The Humber',
    ]);
    await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    // The highlighted option is announced through aria-activedescendant: wait for the page to set it.
    await page.waitForFunction(() => !!document.activeElement?.getAttribute('aria-activedescendant'));
    const active = await combobox.getAttribute('aria-activedescendant');
    await expect(page.locator(`#${active}`).innerText()).resolves.toContain('Leeds City Council');
    await screenshot(page, 'register-council-combobox');
    await expectNoViolations(page);
    await page.keyboard.press('Enter');
    expect(await settled(() => combobox.inputValue(), 'Leeds City Council')).toBe('Leeds City Council');
    expect(await settled(() => combobox.getAttribute('aria-expanded'), 'false')).toBe('false');
    // Enter chose the council; it did not submit the form.
    expect(page.url()).toMatch(/\/register$/);

    await page.getByLabel('Job title').fill('Head of Digital');
    await page.getByLabel('Accessibility needs (optional)').fill('Live captions, please');
    await page.getByLabel('Dietary needs (optional)').fill('Vegetarian');
    await page.getByLabel('Tell me about future events of the LGA and techUK partnership').check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(`**/events/${eventId}/registered?status=confirmed`);
    await page.getByText(`for ${TITLE}`).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Registration confirmed');
    await expect(focusedTestId(page)).resolves.toBe('registered-panel');
    await expect(page.title()).resolves.toBe('Registration confirmed – Partnership events – LGA and techUK');
    await screenshot(page, 'registered-confirmed');
    await expectNoViolations(page);

    const mail = await mailbox.waitFor('priya.shah@leeds.gov.uk', 'Registration confirmed');
    const invite = mail.attachments.find((part) => part.contentType.startsWith('text/calendar'));
    const ics = invite?.content.toString('utf8') ?? '';
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toMatch(/ATTENDEE[^:]*:mailto:priya\.shah@leeds\.gov\.uk/i);
    expect(browser.problems).toEqual([]);
  });

  it('opens the emailed link: the registration in UK time, its invite, and a change to the details', async () => {
    const { page } = browser;
    const mail = await mailbox.waitFor('priya.shah@leeds.gov.uk', 'Registration confirmed');
    const manage = manageLinkIn(mail);
    await page.goto(`${server.baseUrl}${manage}`);
    await page.getByTestId('registration-status').waitFor();
    await expect(page.getByTestId('registration-status').innerText()).resolves.toBe('Confirmed');
    await expect(page.getByTestId('registration-when').innerText()).resolves.toBe(
      'Monday 2 June 2098, 10am to 12:30pm',
    );
    await expect(page.getByTestId('joining-link').getAttribute('href')).resolves.toBe(
      'https://meet.example.org/digital-skills',
    );
    const title = await page.title();
    expect(title).toBe('Your registration – Partnership events – LGA and techUK');
    const invite = await page.getByTestId('add-to-calendar').getAttribute('href');
    const ics = await (await fetch(`${server.baseUrl}${invite}`)).text();
    expect(ics).toContain('BEGIN:VEVENT');
    await screenshot(page, 'manage-registration');
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Change job title' }).click();
    await page.getByRole('heading', { name: 'Change your details' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('jobTitle');
    await expect(page.getByRole('combobox', { name: 'Your council' }).inputValue()).resolves.toBe('Leeds City Council');
    await screenshot(page, 'manage-registration-change');
    await expectNoViolations(page);
    await page.getByLabel('Job title').fill('Chief Digital Officer');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('Your details have been updated.');
    await expect(page.getByTestId('your-details').innerText()).resolves.toContain('Chief Digital Officer');
    await screenshot(page, 'manage-registration-changed');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('puts a supplier on the waiting list when the event is full', async () => {
    const { page } = browser;
    await expect(register('Bola Adeyemi', 'bola@leicester.gov.uk')).resolves.toEqual({
      status: 'confirmed',
      waitlistPosition: null,
    });
    await expect(register('Chen Wei', 'chen@leicester.gov.uk')).resolves.toEqual({
      status: 'waitlisted',
      waitlistPosition: 1,
    });

    await page.goto(`${server.baseUrl}/events/${eventId}`);
    await page.getByTestId('register-button').waitFor();
    await expect(page.getByTestId('register-button').innerText()).resolves.toBe('Join the waiting list');
    await expect(page.getByTestId('event-registration').innerText()).resolves.toContain('This event is full.');
    await screenshot(page, 'event-registration-waitlist');
    await expectNoViolations(page);

    await page.getByTestId('register-button').click();
    await page.getByTestId('register-form').waitFor();
    await page.getByLabel('Full name').fill('Sam Okafor');
    await page.getByLabel('Email address').fill('sam@acme.example');
    await page.getByLabel('Technology supplier').check();
    await page.getByLabel('Name of your company').fill('Acme Digital Ltd');
    await page.getByLabel('SME (fewer than 250 staff)').check();
    await page.getByLabel('Job title').fill('Director');
    await screenshot(page, 'register-form-supplier');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Join the waiting list' }).click();
    await page.waitForURL('**/registered?status=waitlisted&position=2');
    expect(
      await settled(
        () => page.getByRole('heading', { level: 1 }).innerText(),
        'You’re on the waiting list (position 2)',
      ),
    ).toBe('You’re on the waiting list (position 2)');
    await screenshot(page, 'registered-waitlisted');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('answers a second registration from the same address without revealing the first', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/events/${eventId}/register`);
    await page.getByTestId('register-form').waitFor();
    await page.getByLabel('Full name').fill('Someone Else');
    await page.getByLabel('Email address').fill('BOLA@leicester.gov.uk');
    await page.getByLabel('Other', { exact: true }).check();
    await page.getByLabel('Name of your organisation').fill('Not Leicester');
    await page.getByLabel('Job title').fill('Curious');
    await page.getByRole('button', { name: 'Join the waiting list' }).click();
    await page.waitForURL('**/registered?status=already-registered');
    expect(await settled(() => page.getByRole('heading', { level: 1 }).innerText(), 'Check your email')).toBe(
      'Check your email',
    );
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/confirmed|position/i);
    await screenshot(page, 'registered-already');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('cancels from the emailed link after confirming; the first person waiting is promoted and told', async () => {
    const { page } = browser;
    const manage = manageLinkIn(await mailbox.waitFor('priya.shah@leeds.gov.uk', 'Registration confirmed'));
    await page.goto(`${server.baseUrl}${manage}`);
    await page.getByRole('button', { name: 'Cancel registration' }).click();
    await page.getByRole('heading', { name: 'Are you sure you want to cancel your registration?' }).waitFor();
    await screenshot(page, 'manage-registration-cancel');
    await expectNoViolations(page);
    await page.getByLabel('Why are you cancelling? (optional)').fill('A council meeting moved to that morning');
    await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('registration-status').innerText()).resolves.toBe('Cancelled');
    await expect(page.getByRole('button', { name: 'Cancel registration' }).count()).resolves.toBe(0);
    await screenshot(page, 'manage-registration-cancelled');
    await expectNoViolations(page);

    const promoted = await mailbox.waitFor('chen@leicester.gov.uk', 'A place has come free');
    await page.goto(`${server.baseUrl}${manageLinkIn(promoted)}`);
    await page.getByTestId('registration-status').waitFor();
    await expect(page.getByTestId('registration-status').innerText()).resolves.toBe('Confirmed');
    await screenshot(page, 'manage-registration-promoted');
    await expectNoViolations(page);

    // The supplier moved up to first in the queue.
    const sam = await mailbox.waitFor('sam@acme.example', 'You are on the waiting list');
    await page.goto(`${server.baseUrl}${manageLinkIn(sam)}`);
    await page.getByTestId('registration-status').waitFor();
    await expect(page.getByTestId('registration-event').innerText()).resolves.toContain('number 1 in the queue');
    expect(browser.problems).toEqual([]);
  });

  it('fits a 320 pixel wide screen (400% zoom) with the council list open', async () => {
    const phone = await openBrowser({ width: 320, height: 640 });
    try {
      await phone.page.goto(`${server.baseUrl}/events/${eventId}/register`);
      await phone.page.getByTestId('register-form').waitFor();
      await phone.page.getByLabel('Council', { exact: true }).check();
      await phone.page.getByRole('combobox', { name: 'Your council' }).pressSequentially('Newcastle');
      await phone.page.getByRole('listbox', { name: 'Your council' }).getByRole('option').first().waitFor();
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(phone.page, 'register-form-phone');
      expect(await accessibilityViolations(phone.page)).toEqual([]);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('deletes the data after explaining what goes, and the link stops working', async () => {
    const { page } = browser;
    const manage = manageLinkIn(await mailbox.waitFor('priya.shah@leeds.gov.uk', 'Registration confirmed'));
    await page.goto(`${server.baseUrl}${manage}`);
    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('heading', { name: 'Are you sure you want to delete your data?' }).waitFor();
    await screenshot(page, 'manage-registration-erase');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Yes, delete my data' }).click();
    await page.getByTestId('erased-panel').waitFor();
    await expect(focusedTestId(page)).resolves.toBe('erased-panel');
    await screenshot(page, 'manage-registration-erased');
    await expectNoViolations(page);

    await page.goto(`${server.baseUrl}${manage}`);
    await page.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await screenshot(page, 'manage-registration-invalid-link');
    await expectNoViolations(page);
    // The API's 404 for the erased link is expected here.
    browser.problems.length = 0;
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MailDispatcher, MailTransport, PERSONAL_LINK_REMOVED, ReminderScheduler } from '@epm/api/notifications';
import { AppConfig } from '@epm/api/platform';
import { toLondonIso } from '@epm/shared/contracts';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { addFutureProgrammeYear, aRegistration, publishedEvent, register } from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

// Bursts of hundreds of requests and sign-ins (argon2) share two cores with the other suites.
jest.setTimeout(60_000);

interface Invite {
  method: string;
  uid: string;
  sequence: number;
  start: string;
  end: string;
  attendee: string;
  status: string;
}

/** The calendar part of a message, parsed by ical.js (independent of the generator). */
function inviteOf(mail: ParsedMail): Invite {
  const part = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
  const text = part ? part.content.toString('utf8') : '';
  expect(text).toContain('BEGIN:VCALENDAR');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  const time = (name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: time('dtstart'),
    end: time('dtend'),
    attendee: String(event.getFirstPropertyValue('attendee')).toLowerCase(),
    status: String(event.getFirstPropertyValue('status')),
  };
}

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;

describe.each(DATABASE_KINDS)('mail through a real SMTP server on %s', (kind) => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let lga: SignedInClient;
  let dispatcher: MailDispatcher;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp(
      kind,
      { SMTP_URL: sink.url, OUTBOX_RETRY_MS: '10', OUTBOX_MAX_ATTEMPTS: '3', PUBLIC_URL: 'http://events.test' },
      { demoAccounts: true },
    );
    lga = await signInAs(testApp, 'lgaOrganiser');
    await addFutureProgrammeYear(await signInAs(testApp, 'admin'));
    dispatcher = testApp.app.get(MailDispatcher);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  beforeEach(() => {
    sink.received.length = 0;
  });

  const statuses = async () =>
    (await testApp.dataSource.query('SELECT id, status, attempts FROM outbox_messages ORDER BY id')) as {
      id: number;
      status: string;
      attempts: number;
    }[];
  /** A message's .eml download, as staff get it, parsed. */
  async function emlOf(staff: SignedInClient, id: number): Promise<ParsedMail> {
    const raw = await staff
      .get(`/api/outbox/${id}/message.eml`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(raw.headers['content-type']).toMatch(/^message\/rfc822/);
    return simpleParser(raw.body as Buffer);
  }

  /** Sends everything due, moving the clock on past any backoff. */
  async function drain(): Promise<void> {
    for (let round = 0; round < 10; round++) {
      await dispatcher.runOnce({ now: new Date(Date.now() + round * 60_000) });
    }
  }

  it('sends a confirmation with an invitation that calendars match to the event, then updates and cancels it', async () => {
    const eventId = await publishedEvent(lga, {
      startsAt: '2098-10-26T10:00:00+00:00',
      endsAt: '2098-10-26T11:00:00+00:00',
    });
    await register(testApp, eventId, aRegistration('invite')).expect(201);
    await drain();
    const [confirmation] = await sink.waitFor(1);
    expect(confirmation?.subject).toBe('Registration confirmed: Cyber resilience for councils');
    expect(confirmation?.from?.text).toContain('LGA and techUK partnership events');
    expect(confirmation?.text).toMatch(/http:\/\/events\.test\/registrations\/manage\/[A-Za-z0-9_-]{43}/);
    expect(confirmation?.html).toContain('/registrations/manage/');
    const first = inviteOf(confirmation as ParsedMail);
    expect(first).toMatchObject({
      method: 'REQUEST',
      uid: `event-${eventId}@events.test`,
      sequence: 0,
      start: '2098-10-26T10:00:00.000Z',
      end: '2098-10-26T11:00:00.000Z',
      attendee: 'mailto:attendee.invite@leeds.gov.uk',
    });
    // The same UID as the public calendar file, so it is one event in the attendee's calendar.
    const ics = await testApp.http.get(`/api/events/${eventId}/event.ics`).expect(200);
    expect(ics.text).toContain(`UID:event-${eventId}@events.test`);

    await lga
      .patch(`/api/events/${eventId}`)
      .send({ startsAt: '2099-03-29T10:00:00+01:00', endsAt: '2099-03-29T11:00:00+01:00' })
      .expect(200);
    await drain();
    const rescheduled = (await sink.waitFor(2))[1] as ParsedMail;
    expect(rescheduled.subject).toBe('Time changed: Cyber resilience for councils');
    expect(inviteOf(rescheduled)).toMatchObject({
      method: 'REQUEST',
      uid: first.uid,
      sequence: 1,
      start: '2099-03-29T09:00:00.000Z',
    });

    await lga.post(`/api/events/${eventId}/cancel`).send({ reason: 'Speaker unwell' }).expect(200);
    await drain();
    const cancelled = (await sink.waitFor(3))[2] as ParsedMail;
    expect(cancelled.text).toContain('The organisers said: Speaker unwell');
    expect(inviteOf(cancelled)).toMatchObject({ method: 'CANCEL', uid: first.uid, sequence: 2, status: 'CANCELLED' });
  });

  it('loses and duplicates nothing when a dispatcher dies mid-batch and another takes over after the lease', async () => {
    const eventId = await publishedEvent(lga, { capacity: 50 });
    for (let n = 0; n < 6; n++) await register(testApp, eventId, aRegistration(`crash-${n}`)).expect(201);
    const config = testApp.app.get(AppConfig);
    const doomed = new MailDispatcher(testApp.dataSource, new MailTransport(config), config);
    const held = sink.holdMessage(3);
    const run = doomed.runOnce();
    await held; // The third message is on the wire and the server has not answered.
    doomed.crash();
    sink.releaseHeld();
    await run;
    expect(sink.received).toHaveLength(2);
    // Before the lease runs out nobody else touches the dead dispatcher's claim...
    await dispatcher.runOnce();
    expect(sink.received).toHaveLength(2);
    // ...after it, the rest are sent, once each.
    await dispatcher.runOnce({ now: new Date(Date.now() + config.mail.leaseMs + 1000) });
    const delivered = await sink.waitFor(6);
    const ids = delivered.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(6);
    expect(delivered.map(to).sort()).toEqual(
      Array.from({ length: 6 }, (_, n) => `attendee.crash-${n}@leeds.gov.uk`).sort(),
    );
    expect((await statuses()).every((row) => row.status === 'sent')).toBe(true);
  });

  it('retries with backoff while the server refuses, then delivers once', async () => {
    const eventId = await publishedEvent(lga);
    await register(testApp, eventId, aRegistration('patient')).expect(201);
    sink.refuseNext(2);
    await dispatcher.runOnce();
    // Backing off: running again at once sends nothing.
    await dispatcher.runOnce();
    expect(sink.received).toHaveLength(0);
    await drain();
    const delivered = await sink.waitFor(1);
    expect(delivered.map(to)).toEqual(['attendee.patient@leeds.gov.uk']);
    const [row] = (await statuses()).slice(-1);
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after the last attempt, shows the failure to organisers, and sends again on request', async () => {
    const eventId = await publishedEvent(lga);
    sink.refuseAddress('attendee.bounce@leeds.gov.uk');
    await register(testApp, eventId, aRegistration('bounce')).expect(201);
    await drain();
    const { body } = await lga.get('/api/outbox?status=failed').expect(200);
    const failed = body.items.find((item: { to: string }) => item.to.includes('attendee.bounce'));
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.lastError).toMatch(/Mailbox unavailable/);
    const techuk = await signInAs(testApp, 'techukOrganiser');
    await techuk.get(`/api/outbox/${failed.id}`).expect(404);
    const resent = await lga.post(`/api/outbox/${failed.id}/resend`).expect(200);
    expect(resent.body).toMatchObject({ status: 'queued', attempts: 0 });
    const detail = await lga.get(`/api/outbox/${failed.id}`).expect(200);
    expect(detail.body.text).toContain('Dear Attendee bounce');
    expect((await emlOf(lga, failed.id)).subject).toBe(detail.body.subject);
  });

  it('shows staff a message without the recipient’s manage link, and keeps none once sent; the recipient’s works', async () => {
    const eventId = await publishedEvent(lga);
    await register(testApp, eventId, aRegistration('private')).expect(201);
    const kept = async () =>
      (
        (await testApp.dataSource.query(
          "SELECT id, text_body, html_body FROM outbox_messages WHERE event_id = ? AND kind = 'confirmation'",
          [eventId],
        )) as { id: number; text_body: string; html_body: string }[]
      )[0];
    // Until it is sent, the kept message has the link, for the dispatcher to send.
    const queued = await kept();
    const token = /\/registrations\/manage\/([A-Za-z0-9_-]{43})/.exec(queued?.text_body ?? '')?.[1] as string;
    expect(token).toHaveLength(43);
    const showsNoLink = async (staff: SignedInClient) => {
      const detail = (await staff.get(`/api/outbox/${queued?.id}`).expect(200)).body;
      expect(detail.text).toContain(`http://events.test/registrations/manage/${PERSONAL_LINK_REMOVED}`);
      expect(detail.text).not.toContain(token);
    };
    await showsNoLink(lga);

    await drain();
    const [delivered] = await sink.waitFor(1);
    expect(delivered?.text).toContain(`/registrations/manage/${token}`);
    await testApp.http.get(`/api/registrations/manage/${token}`).expect(200);
    // Once sent, the kept copy has it no more.
    const sent = await kept();
    expect(sent?.text_body).toContain(PERSONAL_LINK_REMOVED);
    expect(`${sent?.text_body}${sent?.html_body}`).not.toContain(token);

    for (const staff of [lga, await signInAs(testApp, 'admin')]) {
      await showsNoLink(staff);
      const mail = await emlOf(staff, queued?.id as number);
      expect(mail.text).toContain(PERSONAL_LINK_REMOVED);
      for (const part of [mail.text, mail.html, ...mail.attachments.map((file) => file.content.toString('utf8'))]) {
        expect(part || '').not.toContain(token);
      }
    }
  });

  it('queues each reminder once even when two schedulers run at the same time', async () => {
    const soon = new Date(Date.now() + 6 * 3_600_000);
    const eventId = await publishedEvent(lga, {
      startsAt: toLondonIso(soon),
      endsAt: toLondonIso(new Date(soon.getTime() + 3_600_000)),
    });
    for (const n of ['rem1', 'rem2', 'rem3']) await register(testApp, eventId, aRegistration(n)).expect(201);
    const scheduler = testApp.app.get(ReminderScheduler);
    const [a, b] = await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
    expect(a + b).toBe(3);
    expect(await scheduler.runOnce()).toBe(0);
    const reminders = (await testApp.dataSource.query(
      "SELECT to_address FROM outbox_messages WHERE kind = 'reminder' AND event_id = ?",
      [eventId],
    )) as { to_address: string }[];
    expect(reminders.map((row) => row.to_address).sort()).toEqual([
      'attendee.rem1@leeds.gov.uk',
      'attendee.rem2@leeds.gov.uk',
      'attendee.rem3@leeds.gov.uk',
    ]);
    await drain();
    const reminder = (await sink.waitFor(6)).find((mail) => mail.subject?.startsWith('Reminder:'));
    expect(reminder?.text).toContain('Joining link: https://meet.example.org/cyber-resilience');
  });
});

describe('mail without an SMTP server (the embedded default)', () => {
  it('writes each message as an .eml file a demo can open', async () => {
    const testApp = await createTestApp('sqlite', {}, { demoAccounts: true });
    try {
      const lga = await signInAs(testApp, 'lgaOrganiser');
      await addFutureProgrammeYear(await signInAs(testApp, 'admin'));
      const eventId = await publishedEvent(lga);
      await register(testApp, eventId, aRegistration('eml')).expect(201);
      expect(await testApp.app.get(MailDispatcher).runOnce()).toBe(1);
      const directory = testApp.app.get(AppConfig).mail.outboxDir;
      const files = readdirSync(directory).filter((file) => file.endsWith('.eml'));
      expect(files).toEqual([expect.stringMatching(/^\d{6}-confirmation\.eml$/)]);
      const mail = await simpleParser(readFileSync(join(directory, files[0] as string)));
      expect(mail.subject).toBe('Registration confirmed: Cyber resilience for councils');
      expect(inviteOf(mail).method).toBe('REQUEST');
    } finally {
      await testApp.close();
    }
  });
});

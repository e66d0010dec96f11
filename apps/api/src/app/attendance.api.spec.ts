import { teamsAttendanceReport, zoomWebinarReport } from '@epm/api/attendance/testing';
import { MailDispatcher } from '@epm/api/notifications';
import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@epm/api/platform';
import { addFutureProgrammeYear, aRegistration, publishedEvent, register } from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

jest.setTimeout(60_000);

const LGA_HOUSE = {
  name: 'Local Government House',
  address: '18 Smith Square, London',
  postcode: 'SW1P 3HZ',
};

describe.each(DATABASE_KINDS)('attendance on %s', (kind) => {
  let testApp: TestApp;
  let lga: SignedInClient;
  let techuk: SignedInClient;

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { demoAccounts: true });
    lga = await signInAs(testApp, 'lgaOrganiser');
    techuk = await signInAs(testApp, 'techukOrganiser');
    await addFutureProgrammeYear(await signInAs(testApp, 'admin'));
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function registrationId(eventId: number, email: string): Promise<number> {
    const rows = (await testApp.dataSource.query('SELECT id FROM registrations WHERE event_id = ? AND email_key = ?', [
      eventId,
      email,
    ])) as { id: number }[];
    return Number(rows[0]?.id);
  }

  const importFile = (eventId: number, file: Buffer, query: string) =>
    lga
      .post(`/api/events/${eventId}/attendance/import?${query}`)
      .set('Content-Type', 'application/octet-stream')
      .send(file);

  describe('on the day', () => {
    let eventId: number;
    beforeAll(async () => {
      eventId = await publishedEvent(lga, {
        type: 'workshop',
        format: 'in-person',
        joiningUrl: null,
        venue: LGA_HOUSE,
        capacity: 3,
      });
      for (const n of ['door1', 'door2', 'door3', 'door4'])
        await register(testApp, eventId, aRegistration(n)).expect(201);
    });

    it('checks in with one tap, is idempotent, counts live, and undoes', async () => {
      const id = await registrationId(eventId, 'attendee.door1@leeds.gov.uk');
      const first = await lga.post(`/api/events/${eventId}/check-ins`).send({ registrationId: id }).expect(200);
      expect(first.body.entry).toMatchObject({ registrationId: id, attendance: 'attended', source: 'check-in' });
      expect(first.body.entry.checkedInAt).not.toBeNull();
      expect(first.body.counts).toEqual({ confirmed: 3, attended: 1, noShow: 0, notRecorded: 2 });
      const again = await lga.post(`/api/events/${eventId}/check-ins`).send({ registrationId: id }).expect(200);
      expect(again.body.counts.attended).toBe(1);
      const undone = await lga.delete(`/api/events/${eventId}/check-ins/${id}`).expect(200);
      expect(undone.body.entry.attendance).toBe('not-recorded');
      expect(undone.body.counts).toEqual({ confirmed: 3, attended: 0, noShow: 0, notRecorded: 3 });
    });

    it('checks in by the code under the QR code in the confirmation email', async () => {
      expect(await testApp.app.get(MailDispatcher).runOnce({ limit: 50 })).toBeGreaterThan(0);
      const directory = testApp.app.get(AppConfig).mail.outboxDir;
      const file = readdirSync(directory).find((name) => {
        const text = readFileSync(join(directory, name), 'utf8');
        return name.endsWith('-confirmation.eml') && text.includes('attendee.door2@leeds.gov.uk');
      });
      const mail = await simpleParser(readFileSync(join(directory, file as string)), { skipImageLinks: true });
      const qr = mail.attachments.find((attachment) => attachment.cid === 'check-in-qr');
      expect(qr?.contentType).toBe('image/png');
      expect(mail.html).toContain('src="cid:check-in-qr"');
      const code = mail.text?.match(/check-in code: ([A-Z0-9]{4} [A-Z0-9]{4})/)?.[1];
      expect(code).toBeDefined();
      const response = await lga
        .post(`/api/events/${eventId}/check-ins`)
        .send({ code: code?.toLowerCase() })
        .expect(200);
      expect(response.body.entry.email).toBe('attendee.door2@leeds.gov.uk');
      const wrong = await lga.post(`/api/events/${eventId}/check-ins`).send({ code: 'ZZZZ ZZZZ' }).expect(422);
      expect(wrong.body.errors).toHaveProperty('code');
    });

    it('refuses to check in someone without a confirmed place', async () => {
      const waiting = await registrationId(eventId, 'attendee.door4@leeds.gov.uk');
      const response = await lga.post(`/api/events/${eventId}/check-ins`).send({ registrationId: waiting }).expect(409);
      expect(response.body.message).toMatch(/waitlisted, not confirmed/);
    });

    it('registers and checks in a walk-in, validated like any registration', async () => {
      const invalid = await lga.post(`/api/events/${eventId}/walk-ins`).send({ name: 'No email' }).expect(422);
      expect(invalid.body.errors).toHaveProperty('email');
      const walkIn = await lga
        .post(`/api/events/${eventId}/walk-ins`)
        .send(
          aRegistration('walkin', {
            organisationType: 'supplier',
            councilCode: null,
            organisationName: 'Acme',
            supplierSize: 'sme',
          }),
        )
        .expect(201);
      expect(walkIn.body.entry).toMatchObject({ attendance: 'attended', source: 'walk-in', organisation: 'Acme' });
      // Walk-ins are in the room: they count as confirmed even past the capacity.
      expect(walkIn.body.counts.confirmed).toBe(4);
    });

    it('is 404 to another organisation', async () => {
      await techuk.get(`/api/events/${eventId}/attendance`).expect(404);
      await techuk.post(`/api/events/${eventId}/check-ins`).send({ registrationId: 1 }).expect(404);
    });

    it('lists people with their attendance, searchable by name or organisation', async () => {
      const { body } = await lga.get(`/api/events/${eventId}/attendance?q=acme`).expect(200);
      expect(body.items.map((item: { email: string }) => item.email)).toEqual(['attendee.walkin@leeds.gov.uk']);
    });
  });

  describe('online reports and backfill', () => {
    let eventId: number;
    beforeAll(async () => {
      eventId = await publishedEvent(lga, { capacity: 50 });
      for (const n of ['on1', 'on2', 'on3']) await register(testApp, eventId, aRegistration(n)).expect(201);
    });

    it('previews a Teams report, saves it, and finds nothing to change the second time', async () => {
      const file = teamsAttendanceReport('Cyber resilience', [
        { name: 'Attendee on1', email: 'Attendee.ON1@leeds.gov.uk', sessions: [40, 15] },
        { name: 'Attendee on2', email: 'attendee.on2@leeds.gov.uk', sessions: [4] },
        { name: 'Guest Person', email: 'guest@supplier.example', sessions: [30] },
      ]);
      const preview = await importFile(eventId, file, 'dryRun=true&minimumMinutes=10').expect(200);
      expect(preview.body).toMatchObject({ format: 'teams', committed: false, minimumMinutes: 10 });
      expect(preview.body.matched).toEqual([
        { email: 'attendee.on1@leeds.gov.uk', name: 'Attendee on1', minutes: 55, outcome: 'attended' },
        { email: 'attendee.on2@leeds.gov.uk', name: 'Attendee on2', minutes: 4, outcome: 'no-show' },
      ]);
      expect(preview.body.unmatched.map((person: { email: string }) => person.email)).toEqual([
        'guest@supplier.example',
      ]);
      expect(preview.body.counts.attended).toBe(0);

      const saved = await importFile(eventId, file, 'dryRun=false&minimumMinutes=10').expect(200);
      expect(saved.body.committed).toBe(true);
      expect(saved.body.counts).toEqual({ confirmed: 3, attended: 1, noShow: 1, notRecorded: 1 });

      const again = await importFile(eventId, file, 'dryRun=false&minimumMinutes=10').expect(200);
      expect(again.body.matched).toEqual([]);
      expect(again.body.alreadyRecorded).toHaveLength(2);
      expect(again.body.counts).toEqual(saved.body.counts);
    });

    it('marks the rest as no-shows only once the event has started', async () => {
      await lga.post(`/api/events/${eventId}/attendance/no-shows`).expect(409);
    });

    it('backfills a past event from a Zoom report, adding people who had not registered, once', async () => {
      const past = await lga
        .post('/api/events')
        .send({
          title: 'AI in adult social care',
          summary: 'What councils learnt from early pilots.',
          type: 'webinar',
          format: 'online',
          joiningUrl: 'https://zoom.example/j/123',
          startsAt: '2025-10-26T10:00:00+00:00',
          endsAt: '2025-10-26T11:00:00+00:00',
          capacity: 500,
          audience: 'all',
          leadOrganisation: 'lga',
        })
        .expect(201);
      await lga.post(`/api/events/${past.body.id}/publish`).expect(200);
      await register(testApp, past.body.id, aRegistration('late')).expect(409);
      const file = zoomWebinarReport(
        'AI in adult social care',
        [
          { name: 'Aisha Rahman', email: 'aisha.rahman@manchester.gov.uk', sessions: [45, 12] },
          { name: 'James Okoro', email: 'james@brightline.example', sessions: [60] },
        ],
        [{ name: 'Owen Price', email: 'owen.price@hackney.gov.uk', sessions: [] }],
      );
      const saved = await importFile(past.body.id, file, 'dryRun=false&addUnmatched=true').expect(200);
      expect(saved.body.format).toBe('zoom');
      expect(saved.body.unmatched).toHaveLength(3);
      expect(saved.body.counts).toEqual({ confirmed: 3, attended: 2, noShow: 1, notRecorded: 0 });
      const again = await importFile(past.body.id, file, 'dryRun=false&addUnmatched=true').expect(200);
      expect(again.body.unmatched).toEqual([]);
      expect(again.body.alreadyRecorded).toHaveLength(3);
      const rows = (await testApp.dataSource.query(
        'SELECT organisation_type, organisation_name FROM registrations WHERE event_id = ? ORDER BY id',
        [past.body.id],
      )) as { organisation_type: string; organisation_name: string }[];
      // Nobody is counted as a council or a supplier on a guess.
      expect(rows).toEqual([
        { organisation_type: 'other', organisation_name: 'manchester.gov.uk' },
        { organisation_type: 'other', organisation_name: 'brightline.example' },
        { organisation_type: 'other', organisation_name: 'hackney.gov.uk' },
      ]);
      const noShows = await lga.post(`/api/events/${past.body.id}/attendance/no-shows`).expect(200);
      expect(noShows.body.marked).toBe(0);
      const outbox = (await testApp.dataSource.query('SELECT COUNT(*) AS n FROM outbox_messages WHERE event_id = ?', [
        past.body.id,
      ])) as { n: number | string }[];
      expect(Number(outbox[0]?.n)).toBe(0);
    });

    it('refuses a file it cannot read, keyed to the file', async () => {
      const response = await importFile(eventId, Buffer.from('Name,Minutes\nA,3'), 'dryRun=true').expect(422);
      expect(response.body.errors).toHaveProperty('file');
      await importFile(eventId, Buffer.from('x'), 'minimumMinutes=-1').expect(422);
    });
  });
});

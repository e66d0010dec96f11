import { RegistrationsService } from '@epm/api/registrations';
import {
  addFutureProgrammeYear,
  aFutureWebinar,
  aRegistration,
  manageTokenFor,
  outboxKinds,
  publishedEvent,
  register,
} from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

// Bursts of hundreds of requests and sign-ins (argon2) share two cores with the other suites.
jest.setTimeout(60_000);

interface Row {
  id: number;
  status: string;
  email_key: string;
}

describe.each(DATABASE_KINDS)('registrations on %s', (kind) => {
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

  const rowsOf = (eventId: number) =>
    testApp.dataSource.query('SELECT id, status, email_key FROM registrations WHERE event_id = ? ORDER BY id', [
      eventId,
    ]) as Promise<Row[]>;

  describe('capacity under a burst', () => {
    let service: RegistrationsService;
    let batchSize: number;
    beforeAll(() => {
      service = testApp.app.get(RegistrationsService);
      batchSize = service.batchSize;
    });
    afterEach(async () => {
      service.capacityCheck = 'locked';
      service.batchSize = batchSize;
      jest.restoreAllMocks();
      // A burst stands for a crowd, each from their own address: this suite's one address must not run out.
      await testApp.dataSource.query('DELETE FROM rate_limits');
    });

    async function burst(eventId: number, count: number) {
      return Promise.all(
        Array.from({ length: count }, (_, n) => register(testApp, eventId, aRegistration(`burst-${eventId}-${n}`))),
      );
    }

    async function expectExactlyCapacityInOrder(eventId: number, responses: Awaited<ReturnType<typeof burst>>) {
      expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
      const rows = await rowsOf(eventId);
      const confirmed = rows.filter((row) => row.status === 'confirmed');
      const waitlisted = rows.filter((row) => row.status === 'waitlisted');
      expect(confirmed).toHaveLength(40);
      expect(waitlisted).toHaveLength(160);
      expect(new Set(rows.map((row) => row.email_key)).size).toBe(200);
      // In order: everyone confirmed registered before everyone waiting.
      expect(Math.max(...confirmed.map((row) => row.id))).toBeLessThan(Math.min(...waitlisted.map((row) => row.id)));
      const positions = responses
        .map((response) => response.body.waitlistPosition as number | null)
        .filter((position): position is number => position !== null)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 160 }, (_, index) => index + 1));
      // Each waiting person's message names the place their answer gave, in id order.
      const messages = (await testApp.dataSource.query(
        `SELECT m.kind, m.text_body FROM outbox_messages m JOIN registrations r ON r.id = m.registration_id
          WHERE m.event_id = ? ORDER BY r.id`,
        [eventId],
      )) as { kind: string; text_body: string }[];
      expect(messages.filter((message) => message.kind === 'confirmation')).toHaveLength(40);
      expect(
        messages
          .filter((message) => message.kind === 'waitlisted')
          .map((message) => Number(/on the waiting list \(number (\d+)\)/.exec(message.text_body)?.[1])),
      ).toEqual(Array.from({ length: 160 }, (_, index) => index + 1));
      const { body } = await lga.get(`/api/events/${eventId}/registrations?pageSize=1`).expect(200);
      expect(body.counts).toMatchObject({ capacity: 40, confirmed: 40, waitlisted: 160 });
    }

    it('batched (as one API process does): 200 simultaneous registrations confirm exactly the capacity, in order', async () => {
      const eventId = await publishedEvent(lga, { capacity: 40 });
      await expectExactlyCapacityInOrder(eventId, await burst(eventId, 200));
    });

    it('saves registrations that arrive together in shared transactions: 200 at once in 2 batches of 100', async () => {
      const eventId = await publishedEvent(lga, { capacity: 40 });
      const context = { source: 'public' as const, ip: null };
      const together = async () =>
        Promise.all(
          Array.from({ length: 200 }, (_, n) => service.register(eventId, aRegistration(`together-${n}`), context)),
        );
      const transactions = jest.spyOn(testApp.dataSource, 'transaction');
      const answers = await together();
      expect(transactions).toHaveBeenCalledTimes(2);
      expect(answers.filter(({ body }) => body.status === 'confirmed')).toHaveLength(40);
      // The two batches take the event's lock one after the other, in either order: positions are 1 to 160.
      expect(
        answers
          .map(({ body }) => body.waitlistPosition)
          .filter((position): position is number => position !== null)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: 160 }, (_, index) => index + 1));
      // Negative control: with batches of one, every registration is a transaction of its own.
      service.batchSize = 1;
      transactions.mockClear();
      await Promise.all(
        Array.from({ length: 20 }, (_, n) => service.register(eventId, aRegistration(`alone-${n}`), context)),
      );
      expect(transactions).toHaveBeenCalledTimes(20);
    });

    it('one transaction per request (as when every request reaches another API process): the event lock keeps the same guarantees', async () => {
      service.batchSize = 1;
      const eventId = await publishedEvent(lga, { capacity: 40 });
      await expectExactlyCapacityInOrder(eventId, await burst(eventId, 200));
    });

    it('negative control: the same burst overbooks when confirmed places are counted without the lock', async () => {
      service.batchSize = 1;
      service.capacityCheck = 'unlocked';
      const eventId = await publishedEvent(lga, { capacity: 40 });
      await burst(eventId, 200);
      const confirmed = (await rowsOf(eventId)).filter((row) => row.status === 'confirmed');
      expect(confirmed.length).toBeGreaterThan(40);
    });

    it('never confirms the same person twice when they submit many times at once', async () => {
      const eventId = await publishedEvent(lga, { capacity: 5 });
      const same = aRegistration('double-clicker');
      const responses = await Promise.all(Array.from({ length: 12 }, () => register(testApp, eventId, same)));
      expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
      expect(responses.filter((response) => response.status === 200).map((response) => response.body)).toEqual(
        Array(11).fill({ status: 'already-registered', waitlistPosition: null }),
      );
      expect(await rowsOf(eventId)).toHaveLength(1);
    });

    it('answers each registration of one batch on its own: a bad one fails alone, repeats and retries get their own answers', async () => {
      const eventId = await publishedEvent(lga, { capacity: 2 });
      const context = { source: 'public' as const, ip: null };
      // Submitted in one tick: saved as one batch.
      const answers = await Promise.allSettled([
        service.register(eventId, aRegistration('first'), context),
        service.register(eventId, aRegistration('second'), context),
        service.register(
          eventId,
          { ...aRegistration('nowhere'), organisationType: 'council', councilCode: 'E99999999' },
          context,
        ),
        service.register(eventId, aRegistration('second'), context),
        service.register(eventId, aRegistration('keyed'), { ...context, idempotencyKey: 'retry-me-1234' }),
        service.register(eventId, aRegistration('keyed'), { ...context, idempotencyKey: 'retry-me-1234' }),
        service.register(eventId, aRegistration('someone-else'), { ...context, idempotencyKey: 'retry-me-1234' }),
        service.register(eventId, aRegistration('third'), context),
      ]);
      const outcome = (index: number) => {
        const answer = answers[index];
        if (answer?.status === 'fulfilled') return answer.value;
        const error = answer?.reason as { getStatus(): number; getResponse(): { errors: Record<string, string[]> } };
        return { statusCode: error.getStatus(), errors: Object.keys(error.getResponse().errors) };
      };
      expect(answers.map((_, index) => outcome(index))).toEqual([
        { statusCode: 201, body: { status: 'confirmed', waitlistPosition: null } },
        { statusCode: 201, body: { status: 'confirmed', waitlistPosition: null } },
        { statusCode: 422, errors: ['councilCode'] },
        { statusCode: 200, body: { status: 'already-registered', waitlistPosition: null } },
        { statusCode: 201, body: { status: 'waitlisted', waitlistPosition: 1 } },
        { statusCode: 201, body: { status: 'waitlisted', waitlistPosition: 1 } },
        { statusCode: 422, errors: ['Idempotency-Key'] },
        { statusCode: 201, body: { status: 'waitlisted', waitlistPosition: 2 } },
      ]);
      const address = (label: string) => `attendee.${label}@leeds.gov.uk`;
      expect((await rowsOf(eventId)).map((row) => [row.email_key, row.status])).toEqual([
        [address('first'), 'confirmed'],
        [address('second'), 'confirmed'],
        [address('keyed'), 'waitlisted'],
        [address('third'), 'waitlisted'],
      ]);
      // Everyone got the messages their answers promise: the repeat re-sends the details, the retry nothing.
      expect(await outboxKinds(testApp, address('first'))).toEqual(['confirmation']);
      expect(await outboxKinds(testApp, address('second'))).toEqual(['confirmation', 'confirmation']);
      expect(await outboxKinds(testApp, address('keyed'))).toEqual(['waitlisted']);
      expect(await outboxKinds(testApp, address('third'))).toEqual(['waitlisted']);
      expect(await outboxKinds(testApp, address('someone-else'))).toEqual([]);
      expect(await outboxKinds(testApp, address('nowhere'))).toEqual([]);
    });
  });

  describe('registering', () => {
    let eventId: number;
    beforeAll(async () => {
      eventId = await publishedEvent(lga, { capacity: 2 });
    });

    it('confirms while there are places, then waitlists, and queues the matching message', async () => {
      expect((await register(testApp, eventId, aRegistration('a1')).expect(201)).body).toEqual({
        status: 'confirmed',
        waitlistPosition: null,
      });
      await register(
        testApp,
        eventId,
        aRegistration('a2', {
          organisationType: 'supplier',
          councilCode: null,
          organisationName: 'Acme Digital',
          supplierSize: 'sme',
        }),
      ).expect(201);
      expect((await register(testApp, eventId, aRegistration('a3')).expect(201)).body).toEqual({
        status: 'waitlisted',
        waitlistPosition: 1,
      });
      expect(await outboxKinds(testApp, 'attendee.a1@leeds.gov.uk')).toEqual(['confirmation']);
      expect(await outboxKinds(testApp, 'attendee.a3@leeds.gov.uk')).toEqual(['waitlisted']);
      const { body } = await testApp.http.get(`/api/events/${eventId}/availability`).expect(200);
      expect(body).toMatchObject({ state: 'waitlist', placesLeft: 0 });
    });

    it('answers a repeat registration without revealing it, and re-sends the details', async () => {
      const again = await register(testApp, eventId, aRegistration('a1', { email: '  ATTENDEE.a1@Leeds.gov.uk ' }));
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ status: 'already-registered', waitlistPosition: null });
      expect(await outboxKinds(testApp, 'attendee.a1@leeds.gov.uk')).toEqual(['confirmation', 'confirmation']);
      expect((await rowsOf(eventId)).filter((row) => row.email_key === 'attendee.a1@leeds.gov.uk')).toHaveLength(1);
    });

    it('gives a retry with the same Idempotency-Key the first answer, and refuses the key for another request', async () => {
      const event = await publishedEvent(lga, { capacity: 1 });
      const first = await register(testApp, event, aRegistration('idem')).set('Idempotency-Key', 'key-12345678');
      const retry = await register(testApp, event, aRegistration('idem')).set('Idempotency-Key', 'key-12345678');
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      const other = await register(testApp, event, aRegistration('other')).set('Idempotency-Key', 'key-12345678');
      expect(other.status).toBe(422);
      expect(other.body.errors).toHaveProperty('Idempotency-Key');
      expect(await rowsOf(event)).toHaveLength(1);
    });

    it.each([
      ['missing fields', {}, ['name', 'email', 'organisationType', 'jobTitle']],
      ['a bad email', aRegistration('x', { email: 'not-an-email' }), ['email']],
      ['a council code not in the list', aRegistration('x', { councilCode: 'E99999999' }), ['councilCode']],
      ['a malformed council code', aRegistration('x', { councilCode: 'Leeds' }), ['councilCode']],
      ['an over-long name', aRegistration('x', { name: 'n'.repeat(201) }), ['name']],
      ['an unknown field', { ...aRegistration('x'), isAdmin: true }, ['isAdmin']],
      ['a wrong type', { ...aRegistration('x'), consentFollowUp: 'yes' }, ['consentFollowUp']],
      [
        'an organisation type not on the list',
        aRegistration('x', { organisationType: 'pirate' as never }),
        ['organisationType'],
      ],
      [
        'a supplier without size or name',
        aRegistration('x', { organisationType: 'supplier', councilCode: null }),
        ['organisationName', 'supplierSize'],
      ],
    ])('refuses %s with errors keyed by field and changes nothing', async (_label, input, fields) => {
      const before = await rowsOf(eventId);
      const response = await register(testApp, eventId, input as never).expect(422);
      expect(Object.keys(response.body.errors).sort()).toEqual([...fields].sort());
      expect(await rowsOf(eventId)).toEqual(before);
    });

    it('refuses registration before it opens, after it closes, and for drafts and cancelled events', async () => {
      const notYet = await publishedEvent(lga, { registrationOpensAt: '2098-05-01T09:00:00+01:00' });
      expect((await register(testApp, notYet, aRegistration('early')).expect(409)).body.message).toMatch(
        /^Registration opens on 2098-05-01 at 09:00/,
      );
      const { body: draft } = await lga.post('/api/events').send(aFutureWebinar()).expect(201);
      await register(testApp, draft.id, aRegistration('draft')).expect(404);
      const cancelled = await publishedEvent(lga);
      await lga.post(`/api/events/${cancelled}/cancel`).send({ reason: 'Speaker unwell' }).expect(200);
      expect((await register(testApp, cancelled, aRegistration('late')).expect(409)).body.message).toBe(
        'This event has been cancelled',
      );
      const closed = await publishedEvent(lga);
      await lga.post(`/api/events/${closed}/close-registration`).expect(200);
      expect((await testApp.http.get(`/api/events/${closed}/availability`)).body.state).toBe('closed');
      await register(testApp, closed, aRegistration('closed')).expect(409);
    });
  });

  describe('the waitlist and approvals', () => {
    it('gives a freed place to the first person waiting and tells them, in the same change', async () => {
      const eventId = await publishedEvent(lga, { capacity: 1 });
      await register(testApp, eventId, aRegistration('w1')).expect(201);
      await register(testApp, eventId, aRegistration('w2')).expect(201);
      await register(testApp, eventId, aRegistration('w3')).expect(201);
      const token = await manageTokenFor(testApp, 'attendee.w1@leeds.gov.uk');
      const cancelled = await testApp.http.delete(`/api/registrations/manage/${token}`).send({ reason: 'Clash' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect((await rowsOf(eventId)).map((row) => row.status)).toEqual(['cancelled', 'confirmed', 'waitlisted']);
      expect(await outboxKinds(testApp, 'attendee.w2@leeds.gov.uk')).toEqual(['waitlisted', 'promoted']);
      expect(await outboxKinds(testApp, 'attendee.w1@leeds.gov.uk')).toEqual([
        'confirmation',
        'registration-cancelled',
      ]);
      await testApp.http.delete(`/api/registrations/manage/${token}`).send({}).expect(409);
    });

    it('promotes waiting people when the capacity grows, and refuses a capacity below the confirmed places', async () => {
      const eventId = await publishedEvent(lga, { capacity: 2 });
      for (const n of ['c1', 'c2', 'c3', 'c4']) await register(testApp, eventId, aRegistration(n)).expect(201);
      const lowered = await lga.patch(`/api/events/${eventId}`).send({ capacity: 1 }).expect(422);
      expect(lowered.body.errors.capacity[0]).toMatch(/^2 people already have confirmed places/);
      await lga.patch(`/api/events/${eventId}`).send({ capacity: 3 }).expect(200);
      expect((await rowsOf(eventId)).map((row) => row.status)).toEqual([
        'confirmed',
        'confirmed',
        'confirmed',
        'waitlisted',
      ]);
      await lga.patch(`/api/events/${eventId}`).send({ capacity: null }).expect(200);
      expect((await rowsOf(eventId)).every((row) => row.status === 'confirmed')).toBe(true);
    });

    it('lets organisers promote out of turn only into a free place, or by raising the capacity on purpose', async () => {
      const eventId = await publishedEvent(lga, { capacity: 1 });
      for (const n of ['p1', 'p2', 'p3']) await register(testApp, eventId, aRegistration(n)).expect(201);
      const [, , third] = await rowsOf(eventId);
      await lga.post(`/api/registrations/${third?.id}/promote`).send({}).expect(409);
      const promoted = await lga
        .post(`/api/registrations/${third?.id}/promote`)
        .send({ raiseCapacity: true })
        .expect(200);
      expect(promoted.body.status).toBe('confirmed');
      const { body } = await lga.get(`/api/events/${eventId}/registrations`).expect(200);
      expect(body.counts).toMatchObject({ capacity: 2, confirmed: 2, waitlisted: 1 });
      expect(
        body.items.find((item: { id: number; status: string }) => item.id !== third?.id && item.status === 'waitlisted')
          .waitlistPosition,
      ).toBe(1);
    });

    it('holds approval-required registrations as pending; approval respects capacity; decline tells them', async () => {
      const eventId = await publishedEvent(lga, { capacity: 1, approvalRequired: true, type: 'roundtable' });
      for (const n of ['r1', 'r2', 'r3']) {
        expect((await register(testApp, eventId, aRegistration(n)).expect(201)).body.status).toBe('pending');
      }
      expect(await outboxKinds(testApp, 'attendee.r1@leeds.gov.uk')).toEqual(['request-received']);
      const [r1, r2, r3] = await rowsOf(eventId);
      expect((await lga.post(`/api/registrations/${r1?.id}/approve`).expect(200)).body.status).toBe('confirmed');
      expect((await lga.post(`/api/registrations/${r2?.id}/approve`).expect(200)).body.status).toBe('waitlisted');
      await lga.post(`/api/registrations/${r1?.id}/approve`).expect(409);
      const declined = await lga
        .post(`/api/registrations/${r3?.id}/decline`)
        .send({ message: 'This roundtable is for council buyers.' })
        .expect(200);
      expect(declined.body).toMatchObject({
        status: 'declined',
        decisionMessage: 'This roundtable is for council buyers.',
      });
      expect(await outboxKinds(testApp, 'attendee.r1@leeds.gov.uk')).toEqual(['request-received', 'confirmation']);
      expect(await outboxKinds(testApp, 'attendee.r3@leeds.gov.uk')).toEqual(['request-received', 'declined']);
    });

    it('adds a registration by hand without approval, confirmed or waitlisted by capacity, and audits it', async () => {
      const eventId = await publishedEvent(lga, { capacity: 1, approvalRequired: true });
      const first = await lga.post(`/api/events/${eventId}/registrations/manual`).send(aRegistration('m1')).expect(201);
      const second = await lga
        .post(`/api/events/${eventId}/registrations/manual`)
        .send(aRegistration('m2'))
        .expect(201);
      expect([first.body.status, second.body.status]).toEqual(['confirmed', 'waitlisted']);
      const audit = (await testApp.dataSource.query(
        "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'registration.added'",
      )) as { n: number | string }[];
      expect(Number(audit[0]?.n)).toBeGreaterThanOrEqual(2);
    });
  });

  describe('organisers only see their own events’ registrations', () => {
    it('answers 404 to another organisation for the list, actions, export and messages', async () => {
      const eventId = await publishedEvent(lga, { capacity: 5 });
      await register(testApp, eventId, aRegistration('private')).expect(201);
      const [row] = await rowsOf(eventId);
      await techuk.get(`/api/events/${eventId}/registrations`).expect(404);
      await techuk.get(`/api/events/${eventId}/registrations.csv`).expect(404);
      await techuk.post(`/api/registrations/${row?.id}/cancel`).send({}).expect(404);
      await techuk.post(`/api/events/${eventId}/registrations/manual`).send(aRegistration('intruder')).expect(404);
      await techuk
        .post(`/api/events/${eventId}/messages`)
        .send({ statuses: ['confirmed'], subject: 'Hi', body: 'Hi' })
        .expect(404);
      expect((await rowsOf(eventId)).map((r) => r.status)).toEqual(['confirmed']);
    });
  });

  describe('self-service through the manage link', () => {
    let eventId: number;
    let token: string;
    beforeAll(async () => {
      eventId = await publishedEvent(lga, { capacity: 10 });
      await register(testApp, eventId, aRegistration('self', { consentFollowUp: true })).expect(201);
      token = await manageTokenFor(testApp, 'attendee.self@leeds.gov.uk');
    });

    it('shows the registration with the joining link once confirmed, and 404s a made-up link', async () => {
      const { body } = await testApp.http.get(`/api/registrations/manage/${token}`).expect(200);
      expect(body).toMatchObject({
        status: 'confirmed',
        name: 'Attendee self',
        council: { gssCode: 'E08000035', name: 'Leeds City Council' },
        consentFollowUp: true,
        consentFutureEvents: false,
        event: { id: eventId, joiningUrl: 'https://meet.example.org/cyber-resilience' },
      });
      await testApp.http.get(`/api/registrations/manage/${'A'.repeat(43)}`).expect(404);
      await testApp.http.get('/api/registrations/manage/short').expect(404);
      await testApp.http.get('/api/registrations/manage/short/invite.ics').expect(404);
    });

    it('stores only a hash of the link', async () => {
      const rows = (await testApp.dataSource.query('SELECT token_hash FROM registration_links')) as {
        token_hash: string;
      }[];
      expect(rows.some((row) => row.token_hash === token)).toBe(false);
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    });

    it('changes details, re-checking the rules across fields, but never the email address', async () => {
      const changed = await testApp.http
        .patch(`/api/registrations/manage/${token}`)
        .send({ jobTitle: 'Chief Digital Officer', organisationType: 'central-government', organisationName: 'DSIT' })
        .expect(200);
      expect(changed.body).toMatchObject({
        jobTitle: 'Chief Digital Officer',
        council: null,
        organisationName: 'DSIT',
      });
      const incomplete = await testApp.http
        .patch(`/api/registrations/manage/${token}`)
        .send({ organisationType: 'supplier' })
        .expect(422);
      expect(Object.keys(incomplete.body.errors)).toEqual(['supplierSize']);
      await testApp.http.patch(`/api/registrations/manage/${token}`).send({ email: 'new@example.org' }).expect(422);
    });

    it('erases personal data on request, keeping the organisation and the counts, and the link stops working', async () => {
      await testApp.http.post(`/api/registrations/manage/${token}/erasure`).expect(204);
      const [row] = (await testApp.dataSource.query(
        'SELECT name, email, job_title, organisation_name, status, organisation_type, erased_at FROM registrations WHERE event_id = ?',
        [eventId],
      )) as Record<string, unknown>[];
      expect(row).toMatchObject({
        name: null,
        email: null,
        job_title: null,
        organisation_name: 'DSIT',
        status: 'cancelled',
      });
      expect(row?.['organisation_type']).toBe('central-government');
      expect(row?.['erased_at']).not.toBeNull();
      expect(await outboxKinds(testApp, 'attendee.self@leeds.gov.uk')).toEqual([]);
      await testApp.http.get(`/api/registrations/manage/${token}`).expect(404);
    });
  });

  describe('retention', () => {
    it('erases personal details 12 months after the end of the programme year, and nothing sooner', async () => {
      const [yearOne] = (await testApp.dataSource.query("SELECT id FROM programmes WHERE name = 'MoU year 1'")) as {
        id: number;
      }[];
      const past = await lga
        .post('/api/events')
        .send({ ...aFutureWebinar(), startsAt: '2025-10-26T10:00:00+00:00', endsAt: '2025-10-26T11:00:00+00:00' })
        .expect(201);
      expect(past.body.programmeId).toBe(Number(yearOne?.id));
      await lga.post(`/api/events/${past.body.id}/publish`).expect(200);
      await lga.post(`/api/events/${past.body.id}/registrations/manual`).send(aRegistration('old')).expect(201);
      const service = testApp.app.get(RegistrationsService);
      // Year one ends on 31 March 2026: its details are kept until 31 March 2027.
      expect(await service.eraseExpired(new Date('2027-03-31T12:00:00Z'))).toBe(0);
      expect(await service.eraseExpired(new Date('2027-04-02T12:00:00Z'))).toBeGreaterThanOrEqual(1);
      const rows = (await testApp.dataSource.query(
        'SELECT name, email, status, erased_at FROM registrations WHERE event_id = ?',
        [past.body.id],
      )) as Record<string, unknown>[];
      expect(rows).toEqual([expect.objectContaining({ name: null, email: null, status: 'confirmed' })]);
      expect(rows[0]?.['erased_at']).not.toBeNull();
      // Registrations for the later programme year are untouched.
      const live = (await testApp.dataSource.query(
        'SELECT COUNT(*) AS n FROM registrations WHERE erased_at IS NULL',
      )) as { n: number | string }[];
      expect(Number(live[0]?.n)).toBeGreaterThan(0);
    });
  });

  describe('export and messages', () => {
    it('exports CSV with formula-like text defused, and audits the export', async () => {
      const eventId = await publishedEvent(lga, { capacity: 5 });
      await register(
        testApp,
        eventId,
        aRegistration('csv', { name: '=HYPERLINK("x")', jobTitle: 'Head, Digital' }),
      ).expect(201);
      const response = await lga.get(`/api/events/${eventId}/registrations.csv`).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const lines = response.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^Name,Email,Status/);
      expect(lines[1]).toContain(`"'=HYPERLINK(""x"")",attendee.csv@leeds.gov.uk,confirmed`);
      expect(lines[1]).toContain('"Head, Digital"');
      const audit = (await testApp.dataSource.query(
        "SELECT details FROM audit_events WHERE action = 'registrations.exported' AND entity_id = ?",
        [String(eventId)],
      )) as { details: string }[];
      expect(audit).toHaveLength(1);
      expect(audit[0]?.details).not.toContain('attendee.csv');
    });

    it('queues one message per registrant of the chosen statuses', async () => {
      const eventId = await publishedEvent(lga, { capacity: 1 });
      await register(testApp, eventId, aRegistration('msg1')).expect(201);
      await register(testApp, eventId, aRegistration('msg2')).expect(201);
      const { body } = await lga
        .post(`/api/events/${eventId}/messages`)
        .send({ statuses: ['confirmed'], subject: 'Room change', body: 'We have moved to room 2.' })
        .expect(202);
      expect(body).toEqual({ queued: 1 });
      expect(await outboxKinds(testApp, 'attendee.msg1@leeds.gov.uk')).toEqual(['confirmation', 'organiser-message']);
      expect(await outboxKinds(testApp, 'attendee.msg2@leeds.gov.uk')).toEqual(['waitlisted']);
      const invalid = await lga
        .post(`/api/events/${eventId}/messages`)
        .send({ statuses: [], subject: '', body: '' })
        .expect(422);
      expect(Object.keys(invalid.body.errors).sort()).toEqual(['body', 'statuses', 'subject']);
    });
  });
});

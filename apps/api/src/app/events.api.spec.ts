import { DomainEventBus } from '@epm/api/platform';
import type { EventInput } from '@epm/shared/contracts';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

function aWorkshop(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Procurement reform roundtable',
    summary: 'How councils can buy outcomes, not outputs.',
    description: 'A working session for council buyers and suppliers.',
    type: 'workshop',
    format: 'in-person',
    venue: {
      name: 'Local Government House',
      address: '18 Smith Square, London',
      postcode: 'sw1p 3hz',
      accessInformation: 'Step-free entrance; hearing loop in the main hall.',
    },
    startsAt: '2025-06-02T10:00:00+01:00',
    endsAt: '2025-06-02T12:00:00+01:00',
    capacity: 40,
    audience: 'all',
    leadOrganisation: 'lga',
    tags: ['procurement-reform', 'mission-services'],
    speakers: [{ name: 'Sam Okafor', role: 'Head of Procurement', organisation: 'Leeds City Council' }],
    ...overrides,
  };
}

describe.each(DATABASE_KINDS)('events API on %s', (kind) => {
  let testApp: TestApp;
  let lga: SignedInClient;
  let techuk: SignedInClient;
  let admin: SignedInClient;
  const published: { type: string; eventId: number; sequence: number }[] = [];

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { demoAccounts: true });
    lga = await signInAs(testApp, 'lgaOrganiser');
    techuk = await signInAs(testApp, 'techukOrganiser');
    admin = await signInAs(testApp, 'admin');
    const bus = testApp.app.get(DomainEventBus);
    for (const type of ['EventRescheduled', 'EventUpdated', 'EventCancelled']) {
      bus.subscribe(type, async (event) => {
        published.push(event as unknown as (typeof published)[number]);
      });
    }
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function createEvent(client: SignedInClient, input: EventInput = aWorkshop()): Promise<{ id: number }> {
    const response = await client.post('/api/events').send(input).expect(201);
    return response.body;
  }

  describe('creating', () => {
    it('creates a draft with UK times, tags, speakers and the programme year of its date', async () => {
      const response = await lga.post('/api/events').send(aWorkshop()).expect(201);
      expect(response.body).toMatchObject({
        status: 'draft',
        startsAt: '2025-06-02T10:00:00+01:00',
        endsAt: '2025-06-02T12:00:00+01:00',
        venue: { postcode: 'SW1P 3HZ', accessInformation: 'Step-free entrance; hearing loop in the main hall.' },
        leadOrganisation: { code: 'lga', name: 'Local Government Association' },
        partnerOrganisation: null,
        tags: ['mission-services', 'procurement-reform'],
        speakers: [{ name: 'Sam Okafor', role: 'Head of Procurement', organisation: 'Leeds City Council' }],
        sequence: 0,
      });
      const { body: programmes } = await testApp.http.get('/api/programme').expect(200);
      expect(response.body.programmeId).toBe(programmes.find((p: { name: string }) => p.name === 'MoU year 1').id);
    });

    it('accepts times in any offset and answers them in London time across the clock changes', async () => {
      const winter = await createEvent(
        lga,
        aWorkshop({ startsAt: '2025-10-26T10:00:00Z', endsAt: '2025-10-26T11:00:00Z' }),
      );
      const { body: first } = await lga.get(`/api/events/${winter.id}`).expect(200);
      expect(first.startsAt).toBe('2025-10-26T10:00:00+00:00');
      const spring = await createEvent(
        lga,
        aWorkshop({ startsAt: '2026-03-29T09:00:00Z', endsAt: '2026-03-29T10:00:00Z' }),
      );
      const { body: second } = await lga.get(`/api/events/${spring.id}`).expect(200);
      expect(second.startsAt).toBe('2026-03-29T10:00:00+01:00');
    });

    it.each<[string, Partial<EventInput> | Record<string, unknown>, string[]]>([
      ['a missing title', { title: '' }, ['title']],
      ['an unknown type', { type: 'party' }, ['type']],
      ['a time without an offset', { startsAt: '2025-06-02T10:00:00' }, ['startsAt']],
      ['an end before the start', { endsAt: '2025-06-02T09:00:00+01:00' }, ['endsAt']],
      ['a capacity of zero', { capacity: 0 }, ['capacity']],
      ['a fractional capacity', { capacity: 2.5 }, ['capacity']],
      [
        'registration closing after the end',
        { registrationClosesAt: '2025-06-03T10:00:00+01:00' },
        ['registrationClosesAt'],
      ],
      ['an online event without a link', { format: 'online', venue: null }, ['joiningUrl']],
      ['an in-person event without a venue', { venue: null }, ['venue']],
      ['a link that is not https', { format: 'hybrid', joiningUrl: 'http://example.org/join' }, ['joiningUrl']],
      ['a bad postcode', { venue: { name: 'Hall', address: '1 Street', postcode: 'NOT A CODE' } }, ['venue.postcode']],
      ['the lead as partner', { partnerOrganisation: 'lga' }, ['partnerOrganisation']],
      ['an unknown tag', { tags: ['blockchain'] }, ['tags']],
      ['a consultation without questions', { type: 'consultation' }, ['consultation']],
      [
        'a date outside every programme year',
        { startsAt: '2024-06-02T10:00:00+01:00', endsAt: '2024-06-02T12:00:00+01:00' },
        ['startsAt'],
      ],
      ['an unknown field', { secret: true }, ['secret']],
      ['a speaker without a name', { speakers: [{ name: '' }] }, ['speakers.0.name']],
    ])('refuses %s, keyed by field, and creates nothing', async (_case, overrides, fields) => {
      const before = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM events');
      const response = await lga
        .post('/api/events')
        .send({ ...aWorkshop(), ...overrides })
        .expect(422);
      expect(Object.keys(response.body.errors).sort()).toEqual(fields);
      const after = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM events');
      expect(Number(after[0].count)).toBe(Number(before[0].count));
    });

    it('lets an organiser create only events their organisation leads or partners', async () => {
      const refused = await techuk
        .post('/api/events')
        .send(aWorkshop({ leadOrganisation: 'lga' }))
        .expect(422);
      expect(Object.keys(refused.body.errors)).toEqual(['leadOrganisation']);
      await createEvent(techuk, aWorkshop({ leadOrganisation: 'lga', partnerOrganisation: 'techuk' }));
    });
  });

  describe('who sees what', () => {
    it('hides drafts from the public and from the other partner, answering 404', async () => {
      const draft = await createEvent(lga);
      await testApp.http.get(`/api/events/${draft.id}`).expect(404);
      await techuk.get(`/api/events/${draft.id}`).expect(404);
      await techuk.patch(`/api/events/${draft.id}`).send({ title: 'Taken over' }).expect(404);
      await techuk.post(`/api/events/${draft.id}/publish`).expect(404);
      await lga.get(`/api/events/${draft.id}`).expect(200);
      await admin.get(`/api/events/${draft.id}`).expect(200);
    });

    it('shows the joining link only to those who manage the event', async () => {
      const online = await createEvent(
        lga,
        aWorkshop({ format: 'online', venue: null, joiningUrl: 'https://teams.example/meet/abc' }),
      );
      await lga.post(`/api/events/${online.id}/publish`).expect(200);
      const { body: publicView } = await testApp.http.get(`/api/events/${online.id}`).expect(200);
      expect(publicView.joiningUrl).toBeNull();
      const { body: organiserView } = await lga.get(`/api/events/${online.id}`).expect(200);
      expect(organiserView.joiningUrl).toBe('https://teams.example/meet/abc');
    });

    it('lists for an organiser their organisation’s events, including joint ones, in every status', async () => {
      const joint = await createEvent(
        techuk,
        aWorkshop({ leadOrganisation: 'techuk', partnerOrganisation: 'lga', title: 'Joint AI webinar' }),
      );
      const { body: lgaList } = await lga.get('/api/organiser/events').query({ pageSize: 100 }).expect(200);
      expect(lgaList.items.map((event: { id: number }) => event.id)).toContain(joint.id);
      const { body: techukList } = await techuk.get('/api/organiser/events').query({ pageSize: 100 }).expect(200);
      expect(
        techukList.items.every(
          (event: { leadOrganisation: { code: string }; partnerOrganisation: { code: string } | null }) =>
            event.leadOrganisation.code === 'techuk' || event.partnerOrganisation?.code === 'techuk',
        ),
      ).toBe(true);
    });
  });

  describe('the public programme', () => {
    let cyberId: number;

    beforeAll(async () => {
      const cyber = await createEvent(
        techuk,
        aWorkshop({
          title: 'Cyber resilience for councils',
          summary: 'Lessons from recent incidents.',
          type: 'webinar',
          format: 'online',
          venue: null,
          joiningUrl: 'https://zoom.example/j/1',
          leadOrganisation: 'techuk',
          tags: ['cybersecurity'],
          startsAt: '2025-09-10T14:00:00+01:00',
          endsAt: '2025-09-10T15:00:00+01:00',
        }),
      );
      cyberId = cyber.id;
      await techuk.post(`/api/events/${cyberId}/publish`).expect(200);
    });

    it('lists only published events, filtered by type, theme, format, dates and words', async () => {
      const all = await testApp.http.get('/api/events').query({ pageSize: 100 }).expect(200);
      expect(all.body.items.every((event: { status: string }) => event.status !== 'draft')).toBe(true);
      const ids = (response: { body: { items: { id: number }[] } }) => response.body.items.map((event) => event.id);
      expect(ids(await testApp.http.get('/api/events').query({ type: 'webinar' }))).toContain(cyberId);
      expect(ids(await testApp.http.get('/api/events').query({ type: 'workshop' }))).not.toContain(cyberId);
      expect(ids(await testApp.http.get('/api/events').query({ theme: 'cybersecurity' }))).toEqual([cyberId]);
      expect(ids(await testApp.http.get('/api/events').query({ format: 'online', q: 'CYBER resilience' }))).toEqual([
        cyberId,
      ]);
      expect(ids(await testApp.http.get('/api/events').query({ from: '2025-09-10', to: '2025-09-10' }))).toEqual([
        cyberId,
      ]);
      expect(ids(await testApp.http.get('/api/events').query({ from: '2025-09-11' }))).not.toContain(cyberId);
    });

    it('filters by organisation, counting joint events for both partners', async () => {
      const ids = async (organisation: string) =>
        (await testApp.http.get('/api/events').query({ organisation, pageSize: 100 })).body.items.map(
          (event: { leadOrganisation: { code: string }; partnerOrganisation: { code: string } | null }) => [
            event.leadOrganisation.code,
            event.partnerOrganisation?.code ?? null,
          ],
        );
      for (const [lead, partner] of await ids('techuk')) expect([lead, partner]).toContain('techuk');
      for (const [lead, partner] of await ids('lga')) expect([lead, partner]).toContain('lga');
      expect((await ids('techuk')).length).toBeGreaterThan(0);
      await testApp.http.get('/api/events').query({ organisation: 'gds' }).expect(422);
    });

    it('pages, and refuses bad filters by name', async () => {
      const page = await testApp.http.get('/api/events').query({ pageSize: 1, page: 1 }).expect(200);
      expect(page.body.items).toHaveLength(1);
      expect(page.body.total).toBeGreaterThanOrEqual(2);
      const bad = await testApp.http.get('/api/events').query({ from: '10/09/2025', type: 'party' }).expect(422);
      expect(Object.keys(bad.body.errors).sort()).toEqual(['from', 'type']);
    });
  });

  describe('lifecycle', () => {
    it.each(['title', 'summary', 'type', 'format', 'startsAt', 'endsAt', 'audience', 'leadOrganisation'])(
      'refuses a change that empties the required field %s, keyed by that field, and changes nothing',
      async (field) => {
        const event = await createEvent(lga);
        const before = (await lga.get(`/api/events/${event.id}`)).body;
        const response = await lga
          .patch(`/api/events/${event.id}`)
          .send({ [field]: null })
          .expect(422);
        expect(Object.keys(response.body.errors)).toContain(field);
        expect((await lga.get(`/api/events/${event.id}`)).body).toEqual(before);
      },
    );

    it('publishes a draft once, then refuses to publish it again', async () => {
      const event = await createEvent(lga);
      await lga.post(`/api/events/${event.id}/publish`).expect(200);
      await lga.post(`/api/events/${event.id}/publish`).expect(409);
    });

    it('raises SEQUENCE and announces EventRescheduled when a published event moves, but not for a draft', async () => {
      const event = await createEvent(lga);
      await lga.patch(`/api/events/${event.id}`).send({ startsAt: '2025-06-02T11:00:00+01:00' }).expect(200);
      expect((await lga.get(`/api/events/${event.id}`)).body.sequence).toBe(0);

      await lga.post(`/api/events/${event.id}/publish`).expect(200);
      const moved = await lga
        .patch(`/api/events/${event.id}`)
        .send({ startsAt: '2025-06-03T10:00:00+01:00', endsAt: '2025-06-03T12:00:00+01:00' })
        .expect(200);
      expect(moved.body).toMatchObject({ sequence: 1, startsAt: '2025-06-03T10:00:00+01:00' });
      expect(published).toContainEqual({ type: 'EventRescheduled', eventId: event.id, sequence: 1 });

      const relocated = await lga
        .patch(`/api/events/${event.id}`)
        .send({ venue: { name: 'Guildhall', address: 'Gresham Street, London', postcode: 'EC2V 7HH' } })
        .expect(200);
      expect(relocated.body.sequence).toBe(2);
      expect(published).toContainEqual({ type: 'EventUpdated', eventId: event.id, sequence: 2 });

      const reworded = await lga.patch(`/api/events/${event.id}`).send({ summary: 'A clearer summary.' }).expect(200);
      expect(reworded.body.sequence).toBe(2);
    });

    it('cancels with a reason, announces it, and then allows no change', async () => {
      const event = await createEvent(lga);
      await lga.post(`/api/events/${event.id}/publish`).expect(200);
      const missing = await lga.post(`/api/events/${event.id}/cancel`).send({}).expect(422);
      expect(Object.keys(missing.body.errors)).toEqual(['reason']);
      const cancelled = await lga.post(`/api/events/${event.id}/cancel`).send({ reason: 'Speaker unwell' }).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Speaker unwell', sequence: 1 });
      expect(published).toContainEqual({ type: 'EventCancelled', eventId: event.id, sequence: 1 });
      await lga.post(`/api/events/${event.id}/cancel`).send({ reason: 'Again' }).expect(409);
      await lga.post(`/api/events/${event.id}/publish`).expect(409);
      await lga.patch(`/api/events/${event.id}`).send({ title: 'Revived' }).expect(409);
      const { body: publicView } = await testApp.http.get(`/api/events/${event.id}`).expect(200);
      expect(publicView.status).toBe('cancelled');
    });

    it('closes registration, and completes only after the end', async () => {
      const past = await createEvent(lga);
      await lga.post(`/api/events/${past.id}/complete`).expect(409);
      await lga.post(`/api/events/${past.id}/publish`).expect(200);
      await lga.post(`/api/events/${past.id}/close-registration`).expect(200);
      await lga.post(`/api/events/${past.id}/close-registration`).expect(409);
      await lga.post(`/api/events/${past.id}/complete`).expect(200);
      await lga.post(`/api/events/${past.id}/cancel`).send({ reason: 'Too late' }).expect(409);

      const future = await createEvent(
        lga,
        aWorkshop({ startsAt: '2026-03-30T10:00:00+01:00', endsAt: '2026-03-30T12:00:00+01:00' }),
      );
      await lga.post(`/api/events/${future.id}/publish`).expect(200);
      const { body: programmes } = await testApp.http.get('/api/programme');
      expect(programmes).toHaveLength(1);
    });

    it('records event changes in the audit log', async () => {
      const { body: log } = await admin.get('/api/audit').query({ action: 'event.' }).expect(200);
      expect(log.items.map((entry: { action: string }) => entry.action)).toEqual(
        expect.arrayContaining(['event.created', 'event.published', 'event.rescheduled', 'event.cancelled']),
      );
    });
  });

  describe('series and copies', () => {
    it('creates a monthly webinar series in one go, each occurrence its own draft at the same UK time', async () => {
      const response = await lga
        .post('/api/events/series')
        .send({
          event: aWorkshop({
            title: 'Local Digital Lunchtime',
            type: 'webinar',
            format: 'online',
            venue: null,
            joiningUrl: 'https://teams.example/meet/lunch',
            startsAt: '2025-09-09T12:30:00+01:00',
            endsAt: '2025-09-09T13:30:00+01:00',
          }),
          frequency: 'monthly',
          occurrences: 3,
        })
        .expect(201);
      expect(response.body.events.map((event: { startsAt: string }) => event.startsAt)).toEqual([
        '2025-09-09T12:30:00+01:00',
        '2025-10-14T12:30:00+01:00',
        '2025-11-11T12:30:00+00:00',
      ]);
      expect(new Set(response.body.events.map((event: { seriesId: number }) => event.seriesId))).toEqual(
        new Set([response.body.seriesId]),
      );
      const [, second] = response.body.events;
      await lga
        .patch(`/api/events/${second.id}`)
        .send({ title: 'Local Digital Lunchtime: cloud contracts' })
        .expect(200);
      const { body: first } = await lga.get(`/api/events/${response.body.events[0].id}`).expect(200);
      expect(first.title).toBe('Local Digital Lunchtime');
    });

    it('creates no part of a series that runs past the programme years, and says which occurrence failed', async () => {
      const before = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM events');
      const response = await lga
        .post('/api/events/series')
        .send({
          event: aWorkshop({ startsAt: '2026-02-10T10:00:00+00:00', endsAt: '2026-02-10T11:00:00+00:00' }),
          frequency: 'monthly',
          occurrences: 3,
        })
        .expect(422);
      expect(response.body.errors.occurrences[0]).toMatch(
        /^Occurrence 3 \(2026-04-14\): No programme year covers this date/,
      );
      const after = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM events');
      expect(Number(after[0].count)).toBe(Number(before[0].count));
      const tooMany = await lga
        .post('/api/events/series')
        .send({ event: aWorkshop(), frequency: 'daily', occurrences: 40 })
        .expect(422);
      expect(Object.keys(tooMany.body.errors).sort()).toEqual(['frequency', 'occurrences']);
    });

    it('duplicates an event into a new draft, only for those who manage it', async () => {
      const source = await createEvent(lga);
      await lga.post(`/api/events/${source.id}/publish`).expect(200);
      const copy = await lga.post(`/api/events/${source.id}/duplicate`).expect(201);
      expect(copy.body).toMatchObject({ status: 'draft', title: 'Copy of Procurement reform roundtable', sequence: 0 });
      expect(copy.body.id).not.toBe(source.id);
      await techuk.post(`/api/events/${source.id}/duplicate`).expect(404);
    });
  });

  describe('programme years and objectives', () => {
    it('adds a year that does not overlap, with objectives events can link to', async () => {
      const overlap = await admin
        .post('/api/programme')
        .send({ name: 'Overlap', startsOn: '2026-03-01', endsOn: '2027-02-28' })
        .expect(422);
      expect(Object.keys(overlap.body.errors)).toEqual(['startsOn']);
      const { body: year2 } = await admin
        .post('/api/programme')
        .send({ name: 'MoU year 2', startsOn: '2026-04-01', endsOn: '2027-03-31' })
        .expect(201);
      await lga.post('/api/programme').send({ name: 'Mine', startsOn: '2030-04-01', endsOn: '2031-03-31' }).expect(403);

      const { body: objective } = await lga
        .post(`/api/programme/${year2.id}/objectives`)
        .send({ title: 'Reach 150 councils', targetUnit: 'councils reached', targetValue: 150 })
        .expect(201);
      const linked = await lga
        .post('/api/events')
        .send(
          aWorkshop({
            startsAt: '2026-05-05T10:00:00+01:00',
            endsAt: '2026-05-05T12:00:00+01:00',
            objectiveIds: [objective.id],
          }),
        )
        .expect(201);
      expect(linked.body).toMatchObject({ programmeId: year2.id, objectiveIds: [objective.id] });

      const wrongYear = await lga
        .post('/api/events')
        .send(aWorkshop({ objectiveIds: [objective.id] }))
        .expect(422);
      expect(Object.keys(wrongYear.body.errors)).toEqual(['objectiveIds']);

      const { body: changed } = await lga
        .patch(`/api/programme/${year2.id}/objectives/${objective.id}`)
        .send({ targetValue: 175 })
        .expect(200);
      expect(changed.targetValue).toBe(175);
    });
  });
});

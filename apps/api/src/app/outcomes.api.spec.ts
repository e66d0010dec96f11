import type { EventInput, OutcomeInput, OutcomeResponse, ProgrammeResponse } from '@epm/shared/contracts';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

function anOnlineEvent(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Procurement reform roundtable: buying outcomes, not outputs',
    summary: 'Council heads of procurement and suppliers on the Procurement Act 2023.',
    type: 'roundtable',
    format: 'online',
    joiningUrl: 'https://meet.example.org/procurement',
    startsAt: '2025-07-09T10:00:00+01:00',
    endsAt: '2025-07-09T12:00:00+01:00',
    capacity: 20,
    audience: 'all',
    leadOrganisation: 'lga',
    ...overrides,
  };
}

interface Ids {
  yearOne: number;
  yearTwo: number;
  reach: number;
  yearTwoObjective: number;
  /** Completed LGA roundtable, year 1. */
  lgaRoundtable: number;
  /** Completed techUK webinar, year 1. */
  techukWebinar: number;
  /** Completed joint consultation led by techUK with the LGA, year 1. */
  jointConsultation: number;
  /** LGA draft, year 1. */
  lgaDraft: number;
  /** LGA cancelled event, year 1. */
  lgaCancelled: number;
  /** Published LGA workshop, year 2. */
  lgaYearTwo: number;
}

describe.each(DATABASE_KINDS)('outcomes API on %s', (kind) => {
  let testApp: TestApp;
  let lga: SignedInClient;
  let techuk: SignedInClient;
  let admin: SignedInClient;
  let reviewer: SignedInClient;
  const ids = {} as Ids;

  async function event(
    client: SignedInClient,
    input: EventInput,
    then: 'draft' | 'published' | 'completed' | 'cancelled',
  ) {
    const { body } = await client.post('/api/events').send(input).expect(201);
    if (then === 'cancelled') {
      await client.post(`/api/events/${body.id}/cancel`).send({ reason: 'Speaker unwell' }).expect(200);
      return body.id as number;
    }
    if (then !== 'draft') await client.post(`/api/events/${body.id}/publish`).expect(200);
    if (then === 'completed') await client.post(`/api/events/${body.id}/complete`).expect(200);
    return body.id as number;
  }

  /** A done outcome of the LGA roundtable, owned by the LGA. */
  function anOutcome(overrides: Partial<OutcomeInput> = {}): OutcomeInput {
    return {
      kind: 'resource-published',
      title: 'Joint guidance on outcome-based procurement published',
      description: 'Guidance for council buyers on specifying outcomes.',
      ownerOrganisation: 'lga',
      date: '2025-10-15',
      status: 'done',
      link: 'https://www.local.gov.uk/publications/outcome-based-procurement',
      programmeId: ids.yearOne,
      eventIds: [ids.lgaRoundtable],
      objectiveIds: [ids.reach],
      ...overrides,
    };
  }

  async function record(client: SignedInClient, input: OutcomeInput): Promise<OutcomeResponse> {
    return (await client.post('/api/outcomes').send(input).expect(201)).body;
  }

  const count = async (table: string) =>
    Number((await testApp.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { demoAccounts: true });
    lga = await signInAs(testApp, 'lgaOrganiser');
    techuk = await signInAs(testApp, 'techukOrganiser');
    admin = await signInAs(testApp, 'admin');
    reviewer = await signInAs(testApp, 'reviewer');
    const { body: yearTwo } = await admin
      .post('/api/programme')
      .send({ name: 'MoU year 2', startsOn: '2026-04-01', endsOn: '2027-03-31' })
      .expect(201);
    const { body: programmes } = (await testApp.http.get('/api/programme').expect(200)) as {
      body: ProgrammeResponse[];
    };
    ids.yearOne = programmes.find((programme) => programme.name === 'MoU year 1')?.id ?? 0;
    ids.yearTwo = yearTwo.id;
    ids.reach = (
      await lga.post(`/api/programme/${ids.yearOne}/objectives`).send({ title: 'Reach 150 councils' })
    ).body.id;
    ids.yearTwoObjective = (
      await lga.post(`/api/programme/${ids.yearTwo}/objectives`).send({ title: 'Two pilots in live service' })
    ).body.id;
    ids.lgaRoundtable = await event(lga, anOnlineEvent(), 'completed');
    ids.techukWebinar = await event(
      techuk,
      anOnlineEvent({ title: 'AI in local government', type: 'webinar', leadOrganisation: 'techuk' }),
      'completed',
    );
    ids.jointConsultation = await event(
      techuk,
      anOnlineEvent({
        title: 'Digital inclusion consultation',
        type: 'consultation',
        leadOrganisation: 'techuk',
        partnerOrganisation: 'lga',
        consultation: { questions: ['Who is hardest to reach?'], responsesCloseAt: '2025-08-09T17:00:00+01:00' },
      }),
      'completed',
    );
    ids.lgaDraft = await event(lga, anOnlineEvent({ title: 'Draft roundtable' }), 'draft');
    ids.lgaCancelled = await event(lga, anOnlineEvent({ title: 'Cancelled roundtable' }), 'cancelled');
    ids.lgaYearTwo = await event(
      lga,
      anOnlineEvent({
        title: 'AI assurance workshop',
        type: 'workshop',
        startsAt: '2026-06-10T10:00:00+01:00',
        endsAt: '2026-06-10T12:00:00+01:00',
      }),
      'published',
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('recording', () => {
    it('records what a completed roundtable led to, with its event, objective and owner, and audits it', async () => {
      const outcome = await record(lga, anOutcome());
      expect(outcome).toMatchObject({
        programmeId: ids.yearOne,
        kind: 'resource-published',
        title: 'Joint guidance on outcome-based procurement published',
        ownerOrganisation: 'lga',
        ownerName: 'Local Government Association',
        date: '2025-10-15',
        status: 'done',
        link: 'https://www.local.gov.uk/publications/outcome-based-procurement',
        events: [
          {
            id: ids.lgaRoundtable,
            title: 'Procurement reform roundtable: buying outcomes, not outputs',
            type: 'roundtable',
            startsAt: '2025-07-09T10:00:00+01:00',
          },
        ],
        objectives: [{ id: ids.reach, title: 'Reach 150 councils' }],
      });
      const audit = (await testApp.dataSource.query(
        "SELECT actor_email, details FROM audit_events WHERE action = 'outcome.created' AND entity_id = ?",
        [String(outcome.id)],
      )) as { actor_email: string; details: string }[];
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor_email).toBe('organiser@lga.demo.example');
      expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({
        kind: 'resource-published',
        status: 'done',
        eventIds: [ids.lgaRoundtable],
      });
    });

    it('records a programme-level outcome of another organisation, named, with no events', async () => {
      const outcome = await record(
        admin,
        anOutcome({
          kind: 'policy-input',
          title: 'Evidence to the department on council procurement capability',
          ownerOrganisation: 'other',
          ownerName: '  Department for Science, Innovation and Technology ',
          eventIds: [],
          objectiveIds: [],
          link: null,
          description: undefined,
        }),
      );
      expect(outcome).toMatchObject({
        ownerOrganisation: 'other',
        ownerName: 'Department for Science, Innovation and Technology',
        events: [],
        objectives: [],
        link: null,
        description: '',
      });
    });

    it('lets a planned outcome look ahead and takes a joint event from either partner', async () => {
      const outcome = await record(
        lga,
        anOutcome({
          kind: 'consultation-response',
          status: 'planned',
          date: '2099-01-31',
          eventIds: [ids.jointConsultation, ids.lgaRoundtable],
        }),
      );
      // Oldest event first; both took place on the same day, so by id.
      expect(outcome.events.map((item) => item.id)).toEqual([ids.lgaRoundtable, ids.jointConsultation]);
    });

    it.each<[string, (ids: Ids) => Partial<OutcomeInput> | Record<string, unknown>, string[]]>([
      ['a missing title', () => ({ title: '  ' }), ['title']],
      ['a title over 200 characters', () => ({ title: 'x'.repeat(201) }), ['title']],
      ['a description over 2000 characters', () => ({ description: 'x'.repeat(2001) }), ['description']],
      ['an unknown kind', () => ({ kind: 'party' }), ['kind']],
      ['an unknown status', () => ({ status: 'finished' }), ['status']],
      ['a missing date', () => ({ date: undefined }), ['date']],
      ['a date not written YYYY-MM-DD', () => ({ date: '15/10/2025' }), ['date']],
      ['a date not on the calendar', () => ({ date: '2025-02-29' }), ['date']],
      ['a done outcome dated in the future', () => ({ date: '2099-01-01' }), ['date']],
      ['an unknown owner', () => ({ ownerOrganisation: 'acme' }), ['ownerOrganisation']],
      ['another organisation without its name', () => ({ ownerOrganisation: 'other', ownerName: '' }), ['ownerName']],
      [
        'another organisation’s name over 200 characters',
        () => ({ ownerOrganisation: 'other', ownerName: 'x'.repeat(201) }),
        ['ownerName'],
      ],
      ['a link that is not https', () => ({ link: 'http://example.org/guidance' }), ['link']],
      ['a link that is not a link', () => ({ link: 'see the LGA website' }), ['link']],
      ['an unknown programme year', () => ({ programmeId: 999_999, objectiveIds: [] }), ['programmeId']],
      ['event ids that are not a list', () => ({ eventIds: String(ids.lgaRoundtable) }), ['eventIds']],
      ['an unknown event', () => ({ eventIds: [ids.lgaRoundtable, 999_999] }), ['eventIds']],
      ['another organisation’s event', (ids) => ({ eventIds: [ids.lgaRoundtable, ids.techukWebinar] }), ['eventIds']],
      ['a draft event', (ids) => ({ eventIds: [ids.lgaDraft] }), ['eventIds']],
      ['a cancelled event', (ids) => ({ eventIds: [ids.lgaCancelled] }), ['eventIds']],
      ['an event of another programme year', (ids) => ({ eventIds: [ids.lgaYearTwo] }), ['eventIds']],
      ['an objective of another programme year', (ids) => ({ objectiveIds: [ids.yearTwoObjective] }), ['objectiveIds']],
      [
        'an outcome the organiser’s organisation neither owns nor ran an event of',
        () => ({ ownerOrganisation: 'techuk', eventIds: [] }),
        ['ownerOrganisation'],
      ],
      ['an unknown field', () => ({ secret: true }), ['secret']],
    ])('refuses %s, keyed by field, and records nothing', async (_case, overrides, fields) => {
      const before = await count('outcomes');
      const response = await lga
        .post('/api/outcomes')
        .send({ ...anOutcome(), ...overrides(ids) })
        .expect(422);
      expect(Object.keys(response.body.errors).sort()).toEqual(fields);
      expect(await count('outcomes')).toBe(before);
    });

    it('is not for the review panel', async () => {
      await reviewer.post('/api/outcomes').send(anOutcome()).expect(403);
    });
  });

  describe('who sees and changes what', () => {
    let lgaOnly: OutcomeResponse;
    let ownedByLgaFromTechuk: OutcomeResponse;
    let fromJoint: OutcomeResponse;

    beforeAll(async () => {
      lgaOnly = await record(lga, anOutcome({ title: 'LGA only' }));
      // techUK's webinar led to something the LGA owns: both may see it.
      ownedByLgaFromTechuk = await record(
        techuk,
        anOutcome({ title: 'Owned by the LGA', eventIds: [ids.techukWebinar], objectiveIds: [] }),
      );
      fromJoint = await record(
        techuk,
        anOutcome({
          title: 'From the joint consultation',
          ownerOrganisation: 'techuk',
          eventIds: [ids.jointConsultation],
        }),
      );
    });

    it('answers 404 to another organisation for an outcome it neither owns nor ran an event of', async () => {
      await techuk.get(`/api/outcomes/${lgaOnly.id}`).expect(404);
      await techuk.patch(`/api/outcomes/${lgaOnly.id}`).send({ status: 'in-progress' }).expect(404);
      const { body } = await techuk.get('/api/outcomes').query({ pageSize: 100 }).expect(200);
      expect(body.items.map((item: OutcomeResponse) => item.id)).not.toContain(lgaOnly.id);
      await techuk.get('/api/outcomes/999999').expect(404);
    });

    it('shows an outcome to the organisation that owns it and to those that ran its events', async () => {
      await lga.get(`/api/outcomes/${ownedByLgaFromTechuk.id}`).expect(200);
      await techuk.get(`/api/outcomes/${ownedByLgaFromTechuk.id}`).expect(200);
      await lga.get(`/api/outcomes/${fromJoint.id}`).expect(200);
      const { body } = await lga.get('/api/outcomes').query({ pageSize: 100 }).expect(200);
      const titles = body.items.map((item: OutcomeResponse) => item.title);
      expect(titles).toEqual(expect.arrayContaining(['LGA only', 'Owned by the LGA', 'From the joint consultation']));
    });

    it('shows administrators and the review panel every outcome, and lets only administrators change any', async () => {
      for (const client of [admin, reviewer]) {
        const { body } = await client.get('/api/outcomes').query({ pageSize: 100 }).expect(200);
        expect(body.total).toBe(await count('outcomes'));
        await client.get(`/api/outcomes/${lgaOnly.id}`).expect(200);
      }
      await reviewer.patch(`/api/outcomes/${lgaOnly.id}`).send({ status: 'in-progress' }).expect(403);
      await admin.patch(`/api/outcomes/${lgaOnly.id}`).send({ status: 'in-progress' }).expect(200);
    });

    it('keeps events linked before when an organiser who could not link them changes the outcome', async () => {
      const joint = await record(admin, anOutcome({ eventIds: [ids.lgaRoundtable, ids.techukWebinar] }));
      const { body } = await lga.patch(`/api/outcomes/${joint.id}`).send({ status: 'in-progress' }).expect(200);
      expect(body.events.map((item: { id: number }) => item.id).sort()).toEqual(
        [ids.lgaRoundtable, ids.techukWebinar].sort(),
      );
    });

    it('refuses a change that would leave the organiser unable to see the outcome', async () => {
      const response = await lga
        .patch(`/api/outcomes/${lgaOnly.id}`)
        .send({ ownerOrganisation: 'techuk', eventIds: [] })
        .expect(422);
      expect(Object.keys(response.body.errors)).toEqual(['ownerOrganisation']);
    });
  });

  describe('changing', () => {
    it('moves an outcome on from planned to done, checks the whole outcome, and audits the fields changed', async () => {
      const planned = await record(
        lga,
        anOutcome({ kind: 'pilot-started', status: 'planned', date: '2099-06-30', title: 'Pilot in two councils' }),
      );
      const early = await lga.patch(`/api/outcomes/${planned.id}`).send({ status: 'done' }).expect(422);
      expect(Object.keys(early.body.errors)).toEqual(['date']);
      const { body } = await lga
        .patch(`/api/outcomes/${planned.id}`)
        .send({ status: 'done', date: '2025-11-03' })
        .expect(200);
      expect(body).toMatchObject({ status: 'done', date: '2025-11-03', title: 'Pilot in two councils' });
      expect(Date.parse(body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(planned.updatedAt));
      const audit = (await testApp.dataSource.query(
        "SELECT details FROM audit_events WHERE action = 'outcome.updated' AND entity_id = ? ORDER BY id",
        [String(planned.id)],
      )) as { details: string }[];
      expect(audit.map((row) => JSON.parse(row.details))).toEqual([{ fields: ['status', 'date'] }]);
    });

    it('clears the link with null, the events with an empty list, and names another owner', async () => {
      const outcome = await record(lga, anOutcome());
      const { body } = await lga
        .patch(`/api/outcomes/${outcome.id}`)
        .send({ link: null, eventIds: [], ownerOrganisation: 'lga', objectiveIds: [] })
        .expect(200);
      expect(body).toMatchObject({ link: null, events: [], objectives: [], ownerOrganisation: 'lga' });
      const other = await lga
        .patch(`/api/outcomes/${outcome.id}`)
        .send({ ownerOrganisation: 'other', ownerName: 'Leeds City Council' })
        .expect(422);
      // Owned by another organisation and stemming from none of the LGA's events: the LGA could not see it again.
      expect(Object.keys(other.body.errors)).toEqual(['ownerOrganisation']);
      const named = await lga
        .patch(`/api/outcomes/${outcome.id}`)
        .send({ ownerOrganisation: 'other', ownerName: 'Leeds City Council', eventIds: [ids.lgaRoundtable] })
        .expect(200);
      expect(named.body).toMatchObject({ ownerOrganisation: 'other', ownerName: 'Leeds City Council' });
    });

    it('refuses to clear a field every outcome has, keyed by field, and changes nothing', async () => {
      const outcome = await record(lga, anOutcome());
      const response = await lga
        .patch(`/api/outcomes/${outcome.id}`)
        .send({ title: null, kind: null, programmeId: null, date: null })
        .expect(422);
      expect(Object.keys(response.body.errors).sort()).toEqual(['date', 'kind', 'programmeId', 'title']);
      const { body } = await lga.get(`/api/outcomes/${outcome.id}`).expect(200);
      expect(body).toEqual(outcome);
    });

    it('answers 422 for an id that is not a number, and 404 for none', async () => {
      await lga.patch('/api/outcomes/abc').send({ status: 'done' }).expect(422);
      await lga.patch('/api/outcomes/999999').send({ status: 'done' }).expect(404);
    });
  });

  describe('the log, filtered and paged', () => {
    let yearTwo: OutcomeResponse[];

    beforeAll(async () => {
      const inYearTwo = (overrides: Partial<OutcomeInput>) =>
        anOutcome({
          programmeId: ids.yearTwo,
          eventIds: [ids.lgaYearTwo],
          objectiveIds: [],
          date: '2026-07-01',
          ...overrides,
        });
      yearTwo = [
        await record(lga, inYearTwo({ title: 'A', kind: 'action-agreed', status: 'done', date: '2026-06-11' })),
        await record(lga, inYearTwo({ title: 'B', kind: 'pilot-started', status: 'in-progress', date: '2026-08-01' })),
        await record(
          lga,
          inYearTwo({ title: 'C', kind: 'action-agreed', status: 'planned', date: '2027-01-15', eventIds: [] }),
        ),
        await record(
          lga,
          inYearTwo({ title: 'D', kind: 'procurement-change', status: 'done', objectiveIds: [ids.yearTwoObjective] }),
        ),
      ];
    });

    const titles = (body: { items: OutcomeResponse[] }) => body.items.map((item) => item.title);

    it('lists a programme year newest first', async () => {
      const { body } = await lga.get('/api/outcomes').query({ programmeId: ids.yearTwo }).expect(200);
      expect(titles(body)).toEqual(['C', 'B', 'D', 'A']);
      expect(body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    });

    it.each([
      ['kind', { kind: 'action-agreed' }, ['C', 'A']],
      ['status', { status: 'done' }, ['D', 'A']],
      ['event', () => ({ eventId: ids.lgaYearTwo }), ['B', 'D', 'A']],
      ['objective', () => ({ objectiveId: ids.yearTwoObjective }), ['D']],
      ['kind and status together', { kind: 'action-agreed', status: 'planned' }, ['C']],
    ])('filters by %s', async (_filter, query, expected) => {
      const params = typeof query === 'function' ? query() : query;
      const { body } = await lga
        .get('/api/outcomes')
        .query({ programmeId: ids.yearTwo, ...params })
        .expect(200);
      expect(titles(body)).toEqual(expected);
    });

    it('pages through the log', async () => {
      const { body: first } = await lga
        .get('/api/outcomes')
        .query({ programmeId: ids.yearTwo, pageSize: 3 })
        .expect(200);
      const { body: second } = await lga
        .get('/api/outcomes')
        .query({ programmeId: ids.yearTwo, pageSize: 3, page: 2 })
        .expect(200);
      expect([...titles(first), ...titles(second)]).toEqual(['C', 'B', 'D', 'A']);
      expect(yearTwo).toHaveLength(4);
      expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    });

    it.each([
      [{ kind: 'party' }, 'kind'],
      [{ status: 'finished' }, 'status'],
      [{ eventId: 'twelve' }, 'eventId'],
      [{ pageSize: 500 }, 'pageSize'],
    ])('refuses the filter %o, keyed by field', async (query, field) => {
      const response = await lga.get('/api/outcomes').query(query).expect(422);
      expect(Object.keys(response.body.errors)).toEqual([field]);
    });
  });
});

import type { EventResponse, ImpactReport, ProgrammeResponse } from '@epm/shared/contracts';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS, type DatabaseKind } from '../testing/test-database';
import { seedDemoData } from './seed-demo-data';

// Seeding the whole demo (accounts hashed with argon2, events, registrations, a year of attendance and feedback,
// outcomes) takes seconds on MySQL while the other suites share the cores.
jest.setTimeout(90_000);

/** The first MoU year's figures on each database, which must be the same: the history is drawn from a seed. */
const yearFigures = new Map<DatabaseKind, unknown>();

describe.each(DATABASE_KINDS)('the demo data npm start seeds, on %s', (kind) => {
  let testApp: TestApp;
  let events: EventResponse[];
  let year: ImpactReport;

  const count = async (sql: string, parameters: unknown[] = []): Promise<number> =>
    Number(((await testApp.dataSource.query(sql, parameters)) as { count: number | string }[])[0]?.count);

  beforeAll(async () => {
    testApp = await createTestApp(kind, { DEMO_DATA: 'true' });
    const signIn = async (email: string, password: string) => {
      const response = await testApp.http.post('/api/auth/login').send({ email, password }).expect(200);
      return ([] as string[]).concat(response.headers['set-cookie'] ?? []).join('; ');
    };
    const admin = await signIn('admin@demo.example', 'demo admin passphrase');
    events = (await testApp.http.get('/api/organiser/events').query({ pageSize: 100 }).set('Cookie', admin).expect(200))
      .body.items;
    const reviewer = await signIn('reviewer@demo.example', 'demo reviewer passphrase');
    year = (await testApp.http.get('/api/reports/impact').set('Cookie', reviewer).expect(200)).body;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('holds the real 2 April 2025 Blueprint workshop, at 10:00 UK time, completed', () => {
    const blueprint = events.find((event) => event.title.startsWith('Blueprint for Digital Government'));
    expect(blueprint).toMatchObject({ type: 'workshop', status: 'completed', startsAt: '2025-04-02T10:00:00+01:00' });
  });

  it('mixes types, formats, leads, joint events, past and upcoming, with one cancellation and one draft', () => {
    const count = (predicate: (event: EventResponse) => boolean) => events.filter(predicate).length;
    expect(new Set(events.map((event) => event.type))).toEqual(
      new Set(['workshop', 'webinar', 'roundtable', 'consultation']),
    );
    expect(new Set(events.map((event) => event.format))).toEqual(new Set(['in-person', 'online', 'hybrid']));
    expect(count((event) => event.leadOrganisation.code === 'techuk' && !event.partnerOrganisation)).toBeGreaterThan(0);
    expect(count((event) => event.leadOrganisation.code === 'lga' && !event.partnerOrganisation)).toBeGreaterThan(0);
    expect(count((event) => !!event.partnerOrganisation)).toBeGreaterThan(0);
    expect(count((event) => event.status === 'completed')).toBeGreaterThanOrEqual(15);
    expect(
      count((event) => event.status === 'published' && Date.parse(event.startsAt) > Date.parse('2026-11-01')),
    ).toBe(3);
    expect(count((event) => event.status === 'cancelled')).toBe(1);
    expect(count((event) => event.status === 'draft')).toBe(1);
  });

  it('runs a monthly lunchtime webinar series at 12:30 UK time in both summer and winter', () => {
    const series = events.filter((event) => event.title.startsWith('Local Digital Lunchtime'));
    expect(series).toHaveLength(10);
    expect(series.every((event) => /T12:30:00\+0[01]:00$/.test(event.startsAt))).toBe(true);
    expect(series.map((event) => event.startsAt.slice(-6))).toEqual(expect.arrayContaining(['+01:00', '+00:00']));
  });

  it('sets objectives with targets for the first MoU year and adds the renewed second year', async () => {
    const { body: programmes } = (await testApp.http.get('/api/programme').expect(200)) as {
      body: ProgrammeResponse[];
    };
    expect(programmes.map((programme) => programme.name)).toEqual(['MoU year 1', 'MoU year 2']);
    expect(programmes[0]?.objectives.map((objective) => objective.targetValue)).toEqual([150, 10, 4.2]);
  });

  it('registers people from real councils and suppliers for the upcoming events, through the public rules', async () => {
    const upcoming = events.filter((event) => event.status === 'published' && Date.parse(event.startsAt) > Date.now());
    const ids = upcoming.map((event) => event.id).join(', ');
    const rows = (await testApp.dataSource.query(
      'SELECT r.status, r.council_code, r.organisation_type, e.approval_required FROM registrations r ' +
        `JOIN events e ON e.id = r.event_id WHERE r.event_id IN (${ids})`,
    )) as { status: string; council_code: string | null; organisation_type: string; approval_required: unknown }[];
    expect(rows.length).toBe(upcoming.length * 8);
    expect(rows.some((row) => row.council_code !== null)).toBe(true);
    expect(rows.some((row) => row.organisation_type === 'supplier')).toBe(true);
    // The roundtable needs approval, so its requests wait for an organiser.
    for (const row of rows) expect(row.status).toBe(Number(row.approval_required) ? 'pending' : 'confirmed');
    expect(rows.some((row) => row.status === 'pending')).toBe(true);
    expect(await count(`SELECT COUNT(*) AS count FROM outbox_messages WHERE event_id IN (${ids})`)).toBe(rows.length);
  });

  describe('the first MoU year, as the review panel reads it', () => {
    it('reaches councils in every region, but far from all of them: the gaps the panel asks about', () => {
      expect(year.filters).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
      expect(year.events.held).toBe(events.filter((event) => event.status === 'completed').length);
      const { councils } = year.reach;
      expect(councils.total).toBe(317);
      expect(councils.reached).toBeGreaterThan(80);
      expect(councils.reached).toBeLessThan(councils.total * 0.6);
      expect(councils.byRegion).toHaveLength(9);
      for (const region of councils.byRegion) {
        expect(region.reached).toBeGreaterThan(0);
        expect(region.reached).toBeLessThan(region.total);
      }
      expect(councils.byType.filter((type) => type.reached > 0).length).toBeGreaterThanOrEqual(5);
      // Districts, the most numerous, are the least reached.
      const share = (type: string) => {
        const row = councils.byType.find((candidate) => candidate.type === type);
        return row ? row.reached / row.total : NaN;
      };
      expect(share('Non-metropolitan district')).toBeLessThan(share('County'));
    });

    it('has suppliers of both sizes, central government and other sectors, and people who came back', () => {
      const { suppliers, sectors, people } = year.reach;
      expect(suppliers.sme).toBeGreaterThan(0);
      expect(suppliers.large).toBeGreaterThan(0);
      expect(suppliers.smeShare.value).toBeGreaterThan(0.5);
      expect(sectors.map((sector) => sector.organisationType)).toEqual(
        expect.arrayContaining(['council', 'supplier', 'central-government', 'academia', 'voluntary-sector']),
      );
      expect(people).toBeGreaterThan(200);
      expect(year.repeat.people).toBeGreaterThan(0);
      expect(year.repeat.people).toBeLessThan(people);
      expect(year.repeat.organisations).toBeGreaterThan(0);
    });

    it('has a believable attendance rate, cancellations and a waitlist that was never cleared', () => {
      const rate = year.attendance.rate.value ?? 0;
      expect(rate).toBeGreaterThan(0.6);
      expect(rate).toBeLessThan(0.85);
      expect(year.attendance.noShows).toBeGreaterThan(0);
      expect(year.registrations.cancelled).toBeGreaterThan(0);
      expect(year.registrations.waitlisted).toBeGreaterThan(0);
      expect(year.registrations.total).toBeGreaterThan(year.registrations.confirmed);
    });

    it('has feedback from 30 to 60% of attendees, with satisfaction, NPS, intent, themes and consented quotes', () => {
      const { feedback } = year;
      expect(feedback.responses).toBeGreaterThan(0);
      expect(feedback.responseRate.value).toBeGreaterThan(0.3);
      expect(feedback.responseRate.value).toBeLessThan(0.6);
      expect(feedback.satisfaction.value).toBeGreaterThan(3.8);
      expect(feedback.satisfaction.value).toBeLessThan(4.7);
      expect(feedback.nps.value).not.toBeNull();
      expect(feedback.nps.value).toBeGreaterThan(0);
      expect(feedback.nps.detractors).toBeGreaterThan(0);
      expect(feedback.intendToAct.value).toBeGreaterThan(0.3);
      expect(feedback.themesRequested.length).toBeGreaterThanOrEqual(5);
      expect(feedback.themesRequested.slice(0, 2).map((theme) => theme.key)).toEqual(
        expect.arrayContaining(['artificial-intelligence']),
      );
      expect(feedback.quotes.length).toBeGreaterThan(0);
      expect(feedback.quotes.length).toBeLessThan(feedback.responses / 10);
      expect(year.funnel.reportedAction).toBeGreaterThan(0);
      expect(year.funnel.reportedAction).toBeLessThan(year.funnel.gaveFeedback);
    });

    it('measures each objective through its events, and links outcomes to the events they stem from', () => {
      const actual = (title: string) => year.objectives.find((objective) => objective.title === title)?.actual;
      expect(actual('Reach 150 councils')).toBe(year.reach.councils.reached);
      expect(actual('Hold 10 roundtables and workshops')).toBe(3);
      expect(actual('Satisfaction of at least 4.2 out of 5')).toBeGreaterThan(3.8);
      expect(year.outcomes.items.filter((outcome) => outcome.eventIds.length > 0).length).toBeGreaterThanOrEqual(4);
      yearFigures.set(kind, {
        registrations: year.registrations,
        attendance: year.attendance,
        reach: year.reach,
        repeat: year.repeat,
        feedback: { ...year.feedback, quotes: year.feedback.quotes.map((quote) => quote.text).sort() },
        funnel: year.funnel,
        objectives: year.objectives.map((objective) => objective.actual),
      });
    });
  });

  describe('the history went in by the rules of real use', () => {
    it('uses example.org addresses only, in registrations and in every message', async () => {
      expect(await count('SELECT COUNT(*) AS count FROM registrations')).toBeGreaterThan(500);
      expect(
        await count(
          "SELECT COUNT(*) AS count FROM registrations WHERE email IS NULL OR email NOT LIKE '%@example.org'",
        ),
      ).toBe(0);
      expect(
        await count("SELECT COUNT(*) AS count FROM outbox_messages WHERE to_address NOT LIKE '%@example.org'"),
      ).toBe(0);
    });

    it('filled the workshop to capacity, promoted from the waitlist when people cancelled, and declined some', async () => {
      const blueprint = events.find((event) => event.title.startsWith('Blueprint for Digital Government'));
      const byStatus = async (eventId: number | undefined, status: string) =>
        count('SELECT COUNT(*) AS count FROM registrations WHERE event_id = ? AND status = ?', [eventId, status]);
      // Every place taken from bookings; the walk-ins came on top (capacity governs bookings, not the room).
      const walkIns = await count(
        "SELECT COUNT(*) AS count FROM attendance_records WHERE event_id = ? AND source = 'walk-in'",
        [blueprint?.id],
      );
      expect(walkIns).toBeGreaterThan(0);
      expect((await byStatus(blueprint?.id, 'confirmed')) - walkIns).toBe(blueprint?.capacity);
      expect(await byStatus(blueprint?.id, 'waitlisted')).toBeGreaterThan(0);
      expect(await byStatus(blueprint?.id, 'cancelled')).toBeGreaterThan(0);
      expect(await count("SELECT COUNT(*) AS count FROM outbox_messages WHERE kind = 'promoted'")).toBeGreaterThan(0);
      expect(await count("SELECT COUNT(*) AS count FROM registrations WHERE status = 'declined'")).toBeGreaterThan(0);
      // Only people with a place have attendance; a couple came without booking.
      expect(
        await count(
          "SELECT COUNT(*) AS count FROM attendance_records a JOIN registrations r ON r.id = a.registration_id WHERE r.status <> 'confirmed'",
        ),
      ).toBe(0);
      expect(
        await count("SELECT COUNT(*) AS count FROM attendance_records WHERE source = 'walk-in'"),
      ).toBeGreaterThanOrEqual(2);
      // Webinars from the Teams report: minutes in the session, and nobody emailed about them.
      expect(
        await count(
          "SELECT COUNT(*) AS count FROM attendance_records WHERE source = 'import' AND minutes_attended > 0",
        ),
      ).toBeGreaterThan(100);
      const webinars = events.filter((event) => event.format === 'online' && event.status === 'completed');
      expect(
        await count(
          `SELECT COUNT(*) AS count FROM outbox_messages WHERE event_id IN (${webinars.map((e) => e.id).join(', ')})`,
        ),
      ).toBe(0);
    });

    it('has feedback only from people who came, and follow-up answers only from those who agreed to be asked', async () => {
      expect(
        await count(
          'SELECT COUNT(*) AS count FROM feedback_responses f LEFT JOIN attendance_records a ON a.registration_id = f.registration_id ' +
            "WHERE a.status IS NULL OR a.status <> 'attended'",
        ),
      ).toBe(0);
      expect(
        await count(
          "SELECT COUNT(*) AS count FROM feedback_responses f JOIN registrations r ON r.id = f.registration_id WHERE f.survey = 'follow-up' AND r.consent_follow_up = 0",
        ),
      ).toBe(0);
      expect(
        await count("SELECT COUNT(*) AS count FROM feedback_responses WHERE survey = 'follow-up'"),
      ).toBeGreaterThan(0);
      expect(
        await count(
          'SELECT COUNT(*) AS count FROM feedback_responses WHERE quote_consent = 1 AND comments IS NULL AND intent_detail IS NULL AND acted_detail IS NULL',
        ),
      ).toBe(0);
    });
  });

  it('records what year 1 led to, linked to its events, and leaves the SMEs roundtable for its organisers', async () => {
    const rows = (await testApp.dataSource.query(
      'SELECT o.kind, o.status, e.title FROM outcomes o LEFT JOIN outcome_events oe ON oe.outcome_id = o.id ' +
        'LEFT JOIN events e ON e.id = oe.event_id',
    )) as { kind: string; status: string; title: string | null }[];
    expect(rows).toEqual(
      expect.arrayContaining([
        { kind: 'resource-published', status: 'done', title: expect.stringMatching(/buying outcomes/) },
        { kind: 'consultation-response', status: 'done', title: expect.stringMatching(/^Digital inclusion/) },
        expect.objectContaining({ title: null }),
      ]),
    );
    expect(rows.some((row) => row.title?.includes('SMEs and the new procurement regime'))).toBe(false);
    await seedDemoData(testApp.app);
    const [{ count }] = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM outcomes');
    expect(Number(count)).toBe(5);
  });

  it('adds nothing when seeded again, so a restarted demo keeps what people did', async () => {
    const tables = [
      'registrations',
      'attendance_records',
      'feedback_requests',
      'feedback_responses',
      'outbox_messages',
      'outcomes',
    ];
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(tables.map(async (table) => [table, await count(`SELECT COUNT(*) AS count FROM ${table}`)])),
      );
    const before = await counts();
    await seedDemoData(testApp.app);
    expect(await count('SELECT COUNT(*) AS count FROM events')).toBe(events.length);
    expect(await counts()).toEqual(before);
  });
});

describe('the demo history', () => {
  it('is the same on every database, drawn from a seed rather than at random', () => {
    const figures = DATABASE_KINDS.map((kind) => yearFigures.get(kind));
    expect(figures.every(Boolean)).toBe(true);
    expect(figures[1]).toEqual(figures[0]);
  });
});

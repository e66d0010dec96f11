import type { EventResponse, ProgrammeResponse } from '@epm/shared/contracts';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';
import { seedDemoData } from './seed-demo-data';

// Seeding the whole demo (accounts hashed with argon2, events, registrations, outcomes) takes seconds on MySQL
// while the other suites share the cores.
jest.setTimeout(30_000);

describe.each(DATABASE_KINDS)('the demo data npm start seeds, on %s', (kind) => {
  let testApp: TestApp;
  let events: EventResponse[];

  beforeAll(async () => {
    testApp = await createTestApp(kind, { DEMO_DATA: 'true' });
    const admin = await testApp.http
      .post('/api/auth/login')
      .send({ email: 'admin@demo.example', password: 'demo admin passphrase' })
      .expect(200);
    const cookie = ([] as string[]).concat(admin.headers['set-cookie'] ?? []).join('; ');
    events = (
      await testApp.http.get('/api/organiser/events').query({ pageSize: 100 }).set('Cookie', cookie).expect(200)
    ).body.items;
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
    const rows = (await testApp.dataSource.query(
      'SELECT r.status, r.council_code, r.organisation_type, e.approval_required FROM registrations r JOIN events e ON e.id = r.event_id',
    )) as { status: string; council_code: string | null; organisation_type: string; approval_required: unknown }[];
    const upcoming = events.filter((event) => event.status === 'published' && Date.parse(event.startsAt) > Date.now());
    expect(rows.length).toBe(upcoming.length * 8);
    expect(rows.some((row) => row.council_code !== null)).toBe(true);
    expect(rows.some((row) => row.organisation_type === 'supplier')).toBe(true);
    // The roundtable needs approval, so its requests wait for an organiser.
    for (const row of rows) expect(row.status).toBe(Number(row.approval_required) ? 'pending' : 'confirmed');
    const [{ count }] = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM outbox_messages');
    expect(Number(count)).toBe(rows.length);
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
    const before = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM registrations');
    await seedDemoData(testApp.app);
    const [{ count }] = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM events');
    expect(Number(count)).toBe(events.length);
    expect(await testApp.dataSource.query('SELECT COUNT(*) AS count FROM registrations')).toEqual(before);
  });
});

import type { EventInput, ImpactReport, RegistrationInput } from '@epm/shared/contracts';
import { METRIC_DEFINITIONS } from '@epm/shared/contracts/metrics';
import { RegistrationsService } from '@epm/api/registrations';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { aRegistration } from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

jest.setTimeout(60_000);

const webinar = (overrides: Partial<EventInput>): EventInput => ({
  title: 'Past webinar',
  summary: 'A webinar of the first MoU year.',
  type: 'webinar',
  format: 'online',
  joiningUrl: 'https://meet.example.org/x',
  startsAt: '2025-06-10T10:00:00+01:00',
  endsAt: '2025-06-10T11:00:00+01:00',
  capacity: 2,
  audience: 'all',
  leadOrganisation: 'lga',
  tags: ['cybersecurity'],
  ...overrides,
});

const council = (n: string, code: string): RegistrationInput => aRegistration(n, { councilCode: code });
const supplier = (n: string, name: string, size: 'sme' | 'large'): RegistrationInput =>
  aRegistration(n, { organisationType: 'supplier', councilCode: null, organisationName: name, supplierSize: size });

/**
 * A small first MoU year with known answers, built through the API:
 * - June (LGA, webinar, cyber): Leeds and Manchester councils attend, an SME attends; one waits (capacity 2 + 1
 *   walk-in-free); Kent is a no-show.
 * - October (joint, roundtable, procurement): Leeds (the same person) again, Bristol, a large supplier.
 * - November (techUK, workshop): cancelled.
 * - February 2027 (year 2): not in the period.
 */
describe.each(DATABASE_KINDS)('the impact report on %s', (kind) => {
  let testApp: TestApp;
  let lga: SignedInClient;
  let reviewer: SignedInClient;
  let report: ImpactReport;
  let programmeId: number;
  let reach: number;
  let satisfaction: number;
  let octoberId: number;
  let juneId: number;
  let draftId: number;
  let outcomeId: number;
  let yearOne: { id: number; startsOn: string; endsOn: string };

  /** Answers the feedback form from the link in the person's latest feedback request. */
  async function answer(email: string, eventId: number, answers: Record<string, unknown>): Promise<void> {
    const rows = (await testApp.dataSource.query(
      "SELECT text_body FROM outbox_messages WHERE to_address = ? AND event_id = ? AND kind = 'feedback-request' ORDER BY id DESC",
      [email, eventId],
    )) as { text_body: string }[];
    const token = rows[0]?.text_body.match(/\/feedback\/([A-Za-z0-9_-]{43})/)?.[1];
    await testApp.http.post(`/api/feedback/${token}`).send(answers).expect(201);
  }

  async function event(input: EventInput): Promise<number> {
    const { body } = await lga.post('/api/events').send(input).expect(201);
    await lga.post(`/api/events/${body.id}/publish`).expect(200);
    return body.id as number;
  }

  async function add(eventId: number, input: RegistrationInput): Promise<number> {
    await lga.post(`/api/events/${eventId}/registrations/manual`).send(input).expect(201);
    const rows = (await testApp.dataSource.query('SELECT id FROM registrations WHERE event_id = ? AND email_key = ?', [
      eventId,
      input.email.toLowerCase(),
    ])) as { id: number }[];
    return Number(rows[0]?.id);
  }

  async function attended(eventId: number, registrationId: number, status: 'attended' | 'no-show' = 'attended') {
    await lga.patch(`/api/events/${eventId}/attendance/${registrationId}`).send({ status }).expect(200);
  }

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { demoAccounts: true });
    lga = await signInAs(testApp, 'lgaOrganiser');
    reviewer = await signInAs(testApp, 'reviewer');
    [yearOne] = (await lga.get('/api/programme').expect(200)).body as (typeof yearOne)[];
    programmeId = Number(yearOne.id);
    reach = (
      await lga
        .post(`/api/programme/${programmeId}/objectives`)
        .send({ title: 'Reach 150 councils', targetUnit: 'councils reached', targetValue: 150 })
        .expect(201)
    ).body.id;
    satisfaction = (
      await lga
        .post(`/api/programme/${programmeId}/objectives`)
        .send({ title: 'Satisfaction of 4.2', targetUnit: 'mean satisfaction (1-5)', targetValue: 4.2 })
        .expect(201)
    ).body.id;
    const june = await event(webinar({ capacity: 3, objectiveIds: [reach, satisfaction] }));
    juneId = june;
    const leeds = await add(june, council('leeds', 'E08000035'));
    const manchester = await add(june, council('manchester', 'E08000003'));
    const kent = await add(june, council('kent', 'E10000016'));
    await add(june, supplier('waiting', 'Waiting Ltd', 'sme')); // capacity 3: waitlisted
    await attended(june, leeds);
    await attended(june, manchester);
    await attended(june, kent, 'no-show');
    const walkIn = await lga
      .post(`/api/events/${june}/walk-ins`)
      .send(supplier('sme', 'Northgate Cloud Ltd', 'sme'))
      .expect(201);
    expect(walkIn.body.entry.attendance).toBe('attended');

    const october = await event(
      webinar({
        title: 'Procurement roundtable',
        type: 'roundtable',
        format: 'in-person',
        joiningUrl: null,
        venue: { name: 'LGH', address: '18 Smith Square, London', postcode: 'SW1P 3HZ' },
        startsAt: '2025-10-26T10:00:00+00:00',
        endsAt: '2025-10-26T12:00:00+00:00',
        capacity: 10,
        partnerOrganisation: 'techuk',
        tags: ['procurement-reform'],
      }),
    );
    octoberId = october;
    await attended(october, await add(october, council('leeds', 'E08000035')));
    await attended(october, await add(october, council('bristol', 'E06000023')));
    await attended(october, await add(october, supplier('large', 'Atlas Systems plc', 'large')));

    // techUK-led and cancelled: an administrator may run it for them.
    const admin = await signInAs(testApp, 'admin');
    const { body: cancelled } = await admin
      .post('/api/events')
      .send(
        webinar({
          title: 'Cancelled',
          leadOrganisation: 'techuk',
          startsAt: '2025-11-12T10:00:00+00:00',
          endsAt: '2025-11-12T11:00:00+00:00',
        }),
      )
      .expect(201);
    await admin.post(`/api/events/${cancelled.id}/publish`).expect(200);
    await admin.post(`/api/events/${cancelled.id}/cancel`).send({ reason: 'Speaker unwell' }).expect(200);

    // Feedback, asked for now (these events are backfilled): three answers.
    await lga.post(`/api/events/${june}/feedback/requests`).expect(200);
    await lga.post(`/api/events/${october}/feedback/requests`).expect(200);
    const base = { usefulness: 4 };
    await answer('attendee.leeds@leeds.gov.uk', june, {
      ...base,
      satisfaction: 5,
      recommend: 10,
      intent: 'yes',
      themes: ['artificial-intelligence'],
      comments: 'Really useful to hear from other councils.',
      quoteConsent: true,
    });
    await answer('attendee.manchester@leeds.gov.uk', june, {
      ...base,
      satisfaction: 4,
      recommend: 6,
      intent: 'maybe',
      themes: ['artificial-intelligence', 'cybersecurity'],
      comments: 'Too short.',
      quoteConsent: false,
    });
    await answer('attendee.bristol@leeds.gov.uk', october, { ...base, satisfaction: 3, recommend: 8, intent: 'no' });

    // A draft linked to the objective: no figure, and no evidence page.
    draftId = (
      await lga
        .post('/api/events')
        .send(
          webinar({
            title: 'Draft',
            startsAt: '2025-07-01T10:00:00+01:00',
            endsAt: '2025-07-01T11:00:00+01:00',
            objectiveIds: [reach],
          }),
        )
        .expect(201)
    ).body.id;

    outcomeId = (
      await lga
        .post('/api/outcomes')
        .send({
          programmeId,
          kind: 'action-agreed',
          title: 'Joint procurement guidance agreed',
          ownerOrganisation: 'lga',
          date: '2025-11-01',
          status: 'done',
          eventIds: [october],
          objectiveIds: [reach],
        })
        .expect(201)
    ).body.id;

    report = (await reviewer.get('/api/reports/impact?from=2025-04-01&to=2026-03-31').expect(200)).body;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('counts events held, cancelled, and by type, month, organisation and format', () => {
    expect(report.events).toMatchObject({ held: 2, upcoming: 0, cancelled: 1 });
    const counts = (list: { key: string; count: number }[]) =>
      Object.fromEntries(list.filter((entry) => entry.count > 0).map((entry) => [entry.key, entry.count]));
    expect(counts(report.events.byType)).toEqual({ webinar: 1, roundtable: 1 });
    expect(counts(report.events.byMonth)).toEqual({ '2025-06': 1, '2025-10': 1 });
    expect(report.events.byMonth).toHaveLength(12);
    expect(counts(report.events.byOrganisation)).toEqual({ lga: 1, joint: 1 });
    expect(counts(report.events.byFormat)).toEqual({ online: 1, 'in-person': 1 });
    expect(counts(report.events.byTheme)).toEqual({ cybersecurity: 1, 'procurement-reform': 1 });
    // The held events one by one, as they started, each with who came and who answered.
    expect(report.events.items).toEqual([
      {
        id: juneId,
        title: 'Past webinar',
        type: 'webinar',
        format: 'online',
        startsAt: '2025-06-10T10:00:00+01:00',
        organisation: 'lga',
        attended: 3,
        responses: 2,
      },
      {
        id: octoberId,
        title: 'Procurement roundtable',
        type: 'roundtable',
        format: 'in-person',
        startsAt: '2025-10-26T10:00:00+00:00',
        organisation: 'joint',
        attended: 3,
        responses: 1,
      },
    ]);
  });

  it('counts registrations, unmet demand and attendance with its numerator and denominator', () => {
    expect(report.registrations).toEqual({ total: 8, confirmed: 7, waitlisted: 1, cancelled: 0, pending: 0 });
    expect(report.attendance).toEqual({
      attended: 6,
      noShows: 1,
      rate: { value: Number((6 / 7).toFixed(4)), numerator: 6, denominator: 7 },
    });
  });

  it('counts reach: people, organisations, councils by region and type, suppliers and the SME share', () => {
    expect(report.reach.people).toBe(5);
    expect(report.reach.organisations).toBe(5);
    expect(report.reach.councils.reached).toBe(3);
    expect(report.reach.councils.total).toBe(317);
    expect(report.reach.councils.share).toEqual({
      value: Number((3 / 317).toFixed(4)),
      numerator: 3,
      denominator: 317,
    });
    const region = (name: string) => report.reach.councils.byRegion.find((entry) => entry.region === name);
    expect(region('Yorkshire and The Humber')).toEqual({ region: 'Yorkshire and The Humber', reached: 1, total: 15 });
    expect(region('North West')?.reached).toBe(1);
    expect(region('South West')?.reached).toBe(1);
    expect(region('South East')?.reached).toBe(0);
    expect(report.reach.suppliers).toEqual({
      organisations: 2,
      sme: 1,
      large: 1,
      smeShare: { value: 0.5, numerator: 1, denominator: 2 },
    });
    expect(report.reach.sectors).toEqual([
      { organisationType: 'council', people: 3 },
      { organisationType: 'supplier', people: 2 },
    ]);
  });

  it('counts repeat engagement by person and organisation', () => {
    expect(report.repeat.people).toBe(1);
    expect(report.repeat.organisations).toBe(1);
    const month = (name: string) => report.repeat.byMonth.find((entry) => entry.month === name);
    expect(month('2025-06')).toEqual({ month: '2025-06', firstTime: 3, returning: 0 });
    expect(month('2025-10')).toEqual({ month: '2025-10', firstTime: 2, returning: 1 });
  });

  it('filters by organisation and type, and refuses a period that ends before it starts', async () => {
    const techuk = (await reviewer.get('/api/reports/impact?from=2025-04-01&to=2026-03-31&organisation=techuk')).body;
    expect(techuk.events).toMatchObject({ held: 1, cancelled: 1 });
    const webinars = (await reviewer.get('/api/reports/impact?from=2025-04-01&to=2026-03-31&type=webinar')).body;
    expect(webinars.attendance.attended).toBe(3);
    const bad = await reviewer.get('/api/reports/impact?from=2026-03-31&to=2025-04-01').expect(422);
    expect(bad.body.errors).toHaveProperty('to');
  });

  it('summarises feedback: response rate, means and NPS with what they are made of, intent, themes, quotes', () => {
    expect(report.feedback).toEqual({
      responses: 3,
      responseRate: { value: 0.5, numerator: 3, denominator: 6 },
      satisfaction: { value: 4, numerator: 12, denominator: 3 },
      usefulness: { value: 4, numerator: 12, denominator: 3 },
      nps: { value: 0, promoters: 1, passives: 1, detractors: 1, answered: 3 },
      intendToAct: { value: 0.3333, numerator: 1, denominator: 3 },
      themesRequested: [
        { key: 'artificial-intelligence', label: expect.any(String), count: 2 },
        { key: 'cybersecurity', label: expect.any(String), count: 1 },
      ],
      // Only the comment whose author agreed, without any name.
      quotes: [
        { text: 'Really useful to hear from other councils.', eventTitle: 'Past webinar', eventType: 'webinar' },
      ],
    });
  });

  it('lists outcomes, measures each objective against its target with its evidence, and gives the funnel', () => {
    expect(report.outcomes.total).toBe(1);
    expect(report.outcomes.items).toEqual([
      {
        id: expect.any(Number),
        title: 'Joint procurement guidance agreed',
        kind: 'action-agreed',
        status: 'done',
        date: '2025-11-01',
        eventIds: [octoberId],
        objectiveIds: [reach],
      },
    ]);
    const objective = (id: number) => report.objectives.find((entry) => entry.id === id);
    // Leeds and Manchester came to the June webinar linked to the objective; Kent did not come.
    expect(objective(reach)).toMatchObject({ measure: 'councils', targetValue: 150, actual: 2 });
    expect(objective(reach)?.evidence).toMatchObject({ events: 1, outcomes: 1 });
    expect(objective(satisfaction)).toMatchObject({ measure: 'satisfaction', targetValue: 4.2, actual: 4.5 });
    expect(report.funnel).toEqual({ registered: 7, attended: 6, gaveFeedback: 3, reportedAction: 0 });
  });

  it('narrows every figure to one event for its evidence page, with what the event was and no personal data', async () => {
    const { body } = await reviewer.get(`/api/reports/impact?event=${juneId}`).expect(200);
    const june = body as ImpactReport;
    // Without dates, the event's programme year.
    expect(june.filters).toEqual({ from: yearOne.startsOn, to: yearOne.endsOn, event: juneId });
    expect(june.event).toEqual({
      id: juneId,
      title: 'Past webinar',
      summary: 'A webinar of the first MoU year.',
      type: 'webinar',
      format: 'online',
      status: 'published',
      startsAt: '2025-06-10T10:00:00+01:00',
      endsAt: '2025-06-10T11:00:00+01:00',
      held: true,
      venue: null,
      leadOrganisation: { code: 'lga', name: expect.stringContaining('Local Government Association') },
      partnerOrganisation: null,
      tags: [{ code: 'cybersecurity', label: expect.any(String) }],
      objectives: [
        { id: reach, title: 'Reach 150 councils' },
        { id: satisfaction, title: 'Satisfaction of 4.2' },
      ],
      programme: { id: programmeId, name: expect.any(String) },
    });
    expect(june.objective).toBeUndefined();
    expect(june.events).toMatchObject({ held: 1, upcoming: 0, cancelled: 0 });
    // Leeds, Manchester and Kent confirmed, one waiting, and the walk-in.
    expect(june.registrations).toEqual({ total: 5, confirmed: 4, waitlisted: 1, cancelled: 0, pending: 0 });
    expect(june.attendance).toEqual({ attended: 3, noShows: 1, rate: { value: 0.75, numerator: 3, denominator: 4 } });
    expect(june.reach.people).toBe(3);
    expect(june.reach.councils).toMatchObject({ reached: 2, total: 317 });
    expect(june.reach.suppliers).toEqual({
      organisations: 1,
      sme: 1,
      large: 0,
      smeShare: { value: 1, numerator: 1, denominator: 1 },
    });
    expect(june.reach.sectors).toEqual([
      { organisationType: 'council', people: 2 },
      { organisationType: 'supplier', people: 1 },
    ]);
    expect(june.repeat).toMatchObject({ people: 0, organisations: 0 });
    expect(june.feedback).toMatchObject({
      responses: 2,
      responseRate: { value: 0.6667, numerator: 2, denominator: 3 },
      satisfaction: { value: 4.5, numerator: 9, denominator: 2 },
      nps: { value: 0, promoters: 1, passives: 0, detractors: 1, answered: 2 },
      intendToAct: { value: 0.5, numerator: 1, denominator: 2 },
      quotes: [
        { text: 'Really useful to hear from other councils.', eventTitle: 'Past webinar', eventType: 'webinar' },
      ],
    });
    // The outcome stems from October's roundtable, not from this webinar.
    expect(june.outcomes.total).toBe(0);
    expect(june.funnel).toEqual({ registered: 4, attended: 3, gaveFeedback: 2, reportedAction: 0 });
    expect(JSON.stringify(june)).not.toMatch(/@|Attendee|Northgate|joiningUrl|meet\.example/);

    const october = (await reviewer.get(`/api/reports/impact?event=${octoberId}`).expect(200)).body as ImpactReport;
    expect(october.event).toMatchObject({
      format: 'in-person',
      venue: 'LGH',
      partnerOrganisation: { code: 'techuk', name: 'techUK' },
      objectives: [],
    });
    expect(october.events.byOrganisation.find((entry) => entry.key === 'joint')?.count).toBe(1);
    expect(october.outcomes.items.map((item) => item.id)).toEqual([outcomeId]);
    expect(october.attendance.attended).toBe(3);
  });

  it('narrows the figures to one objective: its events, its outcomes and itself, as the whole report measures it', async () => {
    const { body } = await reviewer.get(`/api/reports/impact?objective=${reach}`).expect(200);
    const scoped = body as ImpactReport;
    expect(scoped.filters).toEqual({ from: yearOne.startsOn, to: yearOne.endsOn, objective: reach });
    expect(scoped.objective).toEqual({
      id: reach,
      title: 'Reach 150 councils',
      description: '',
      targetUnit: 'councils reached',
      targetValue: 150,
      programme: { id: programmeId, name: expect.any(String), startsOn: yearOne.startsOn, endsOn: yearOne.endsOn },
    });
    // Its target and actual exactly as in the whole report's objectives.
    expect(scoped.objectives).toEqual([report.objectives.find((entry) => entry.id === reach)]);
    expect(scoped.objectives[0]?.evidence).toEqual({
      events: 1,
      outcomes: 1,
      eventIds: [juneId],
      outcomeIds: [outcomeId],
    });
    // The June webinar is its only held event (the draft linked to it counts nowhere).
    expect(scoped.events).toMatchObject({ held: 1, upcoming: 0, cancelled: 0 });
    expect(scoped.events.items).toEqual([report.events.items[0]]);
    expect(scoped.attendance.attended).toBe(3);
    expect(scoped.reach.councils.reached).toBe(2);
    expect(scoped.feedback.satisfaction).toEqual({ value: 4.5, numerator: 9, denominator: 2 });
    // The outcome linked to the objective, though it stems from an event that is not.
    expect(scoped.outcomes.items.map((item) => item.id)).toEqual([outcomeId]);

    const other = (await reviewer.get(`/api/reports/impact?objective=${satisfaction}`).expect(200)).body;
    expect(other.objectives).toEqual([report.objectives.find((entry) => entry.id === satisfaction)]);
    expect(other.objectives[0]).toMatchObject({ measure: 'satisfaction', actual: 4.5 });
    expect(other.outcomes.total).toBe(0);
    // Dates asked for are kept.
    const autumn = (await reviewer.get(`/api/reports/impact?objective=${reach}&from=2025-09-01&to=2026-03-31`)).body;
    expect(autumn.filters).toMatchObject({ from: '2025-09-01', to: '2026-03-31' });
    expect(autumn.events.held).toBe(0);
  });

  it('refuses an event or objective that is not a whole number, keyed by the field, on the figures and the files', async () => {
    for (const [query, field] of [
      ['event=abc', 'event'],
      ['event=0', 'event'],
      ['event=1.5', 'event'],
      ['event=99999999999', 'event'],
      ['objective=-3', 'objective'],
      ['objective=', 'objective'],
    ] as const) {
      const response = await reviewer.get(`/api/reports/impact?${query}`).expect(422);
      expect({ query, errors: Object.keys(response.body.errors) }).toEqual({ query, errors: [field] });
    }
    for (const extension of ['csv', 'xlsx', 'pdf']) {
      const response = await reviewer.get(`/api/reports/impact.${extension}?event=abc`).expect(422);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toBeUndefined();
      expect(response.body.errors).toHaveProperty('event');
    }
  });

  it('does not find an unknown event or objective, nor a draft event, on the figures and the files', async () => {
    await reviewer.get('/api/reports/impact?event=999999').expect(404);
    await reviewer.get(`/api/reports/impact?event=${draftId}`).expect(404);
    await reviewer.get('/api/reports/impact?objective=999999').expect(404);
    // Not even for the organisers who may edit the draft.
    await lga.get(`/api/reports/impact?event=${draftId}`).expect(404);
    for (const extension of ['csv', 'xlsx', 'pdf']) {
      const response = await reviewer.get(`/api/reports/impact.${extension}?event=${draftId}`).expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toMatchObject({ statusCode: 404 });
    }
  });

  /** Reads a binary response body whole. */
  function binary(request: ReturnType<SignedInClient['get']>) {
    return request.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  }

  /** The text drawn on a PDF's pages: pdfkit writes it (uncompressed) as hex strings in TJ arrays. */
  function pdfText(body: Buffer): string {
    return [...body.toString('latin1').matchAll(/\[([^\]]*)\] TJ/g)]
      .map((match) =>
        [...(match[1] ?? '').matchAll(/<([0-9a-f]*)>/g)]
          .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
          .join(''),
      )
      .join(' ')
      .replace(/\s+/g, ' ');
  }

  /** figure|breakdown → [value, numerator, denominator], from tidy rows. */
  function figures(rows: string[][]): Map<string, string[]> {
    return new Map(
      rows.slice(1).map((row) => [`${row[0]}.${row[1]}|${row[2]}`, [row[3] ?? '', row[4] ?? '', row[5] ?? '']]),
    );
  }

  it('exports the same numbers as CSV, one row per figure and breakdown', async () => {
    const response = await reviewer.get('/api/reports/impact.csv?from=2025-04-01&to=2026-03-31').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(response.text.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['Section', 'Figure', 'Breakdown', 'Value', 'Numerator', 'Denominator']);
    const byKey = figures(rows);
    expect(byKey.get('events.held|')).toEqual([String(report.events.held), '', '']);
    expect(byKey.get('attendance.rate|')).toEqual([String(report.attendance.rate.value), '6', '7']);
    expect(byKey.get('reach.councils.reached|')?.[0]).toBe('3');
    expect(byKey.get('reach.councils.byRegion|Yorkshire and The Humber')).toEqual(['', '1', '15']);
    expect(byKey.get('feedback.nps|')).toEqual(['0', '0', '3']);
    expect(byKey.get('funnel.gaveFeedback|')?.[0]).toBe('3');
    expect(byKey.get('events.item.attended|Procurement roundtable (roundtable, 2025-10-26)')?.[0]).toBe('3');
  });

  it('exports the same numbers as a spreadsheet with an About sheet and a sheet per section', async () => {
    const response = await binary(reviewer.get('/api/reports/impact.xlsx?from=2025-04-01&to=2026-03-31')).expect(200);
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input with an older Buffer type than this Node's.
    await workbook.xlsx.load(response.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'About',
      'events',
      'registrations',
      'attendance',
      'reach',
      'repeat',
      'feedback',
      'outcomes',
      'objectives',
      'funnel',
      'Definitions',
    ]);
    const rows: string[][] = [['Section', 'Figure', 'Breakdown', 'Value', 'Numerator', 'Denominator']];
    // The spreadsheet is written as it streams, with inline strings: an empty cell is absent, read here as ''.
    for (const sheet of workbook.worksheets.slice(1, -1)) {
      sheet.eachRow((row, index) => {
        if (index > 1)
          rows.push(
            Array.from(row.values as unknown[])
              .slice(1)
              .map((cell) => (cell === undefined || cell === null ? '' : String(cell))),
          );
      });
    }
    const byKey = figures(rows);
    expect(byKey.get('events.held|')?.[0]).toBe(String(report.events.held));
    expect(byKey.get('attendance.rate|')).toEqual([String(report.attendance.rate.value), '6', '7']);
    expect(byKey.get('reach.suppliers.smeShare|')).toEqual(['0.5', '1', '2']);
    const about = workbook.getWorksheet('About');
    // Row 1 is the header; the period is the second item.
    expect(about?.getCell('B3').value).toBe('2025-04-01 to 2026-03-31 (UK dates, inclusive)');
    // How each figure is calculated, in the words of docs/metrics.md.
    const definitions = workbook.getWorksheet('Definitions');
    const texts: string[] = [];
    definitions?.eachRow((row) => texts.push(String(row.getCell(4).value)));
    expect(texts).toContain(METRIC_DEFINITIONS.councilsReached.text.join(' '));
  });

  it('renders the evidence pack as a PDF carrying the same figures', async () => {
    const response = await binary(reviewer.get('/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31')).expect(200);
    const pdf = (response.body as Buffer).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const text = pdfText(response.body as Buffer);
    expect(text).toContain('Period: 2025-04-01 to 2026-03-31 (UK dates, inclusive)');
    expect(text).toContain(`Events held: ${report.events.held} (1 cancelled, 0 still to come)`);
    expect(text).toContain('Councils reached: 3 of 317 (0.9%)');
    expect(text).toContain('Attendance rate: 85.7% (6 attended of 7 confirmed)');
    expect(text).toContain('1 of 15');
    expect(text).toContain('Methodology and definitions');
    expect(text).toContain(METRIC_DEFINITIONS.attendanceRate.text[0]);
    expect(text).not.toMatch(/@|Northgate|Atlas/);
  });

  it('exports one event’s or one objective’s figures, named in the file and its provenance', async () => {
    const csv = await reviewer.get(`/api/reports/impact.csv?event=${juneId}`).expect(200);
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="impact-event-${juneId}-${yearOne.startsOn}-to-${yearOne.endsOn}.csv"`,
    );
    const byKey = figures(parse(csv.text.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]);
    expect(byKey.get('events.held|')?.[0]).toBe('1');
    expect(byKey.get('attendance.rate|')).toEqual(['0.75', '3', '4']);

    const xlsx = await binary(reviewer.get(`/api/reports/impact.xlsx?objective=${reach}`)).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.getWorksheet('About')?.getCell('B4').value).toBe(`objective: Reach 150 councils (${reach})`);

    const pdf = await binary(reviewer.get(`/api/reports/impact.pdf?event=${octoberId}`)).expect(200);
    expect(pdfText(pdf.body as Buffer)).toContain('The evidence of one event: Procurement roundtable');
  });

  it('streams a large export in chunks as it is made, without a length known in advance', async () => {
    // A row per month of two centuries, in three sections.
    const chunks: number[] = [];
    const response = await reviewer
      .get('/api/reports/impact.xlsx?from=1900-01-01&to=2099-12-31')
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          parts.push(chunk);
          chunks.push(chunk.length);
        });
        res.on('end', () => done(null, Buffer.concat(parts)));
      })
      .expect(200);
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(chunks.length).toBeGreaterThan(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.getWorksheet('events')?.actualRowCount).toBeGreaterThan(2400);
  });

  it('hides counts of people under five in exports for publication, but not counts of events', async () => {
    const response = await reviewer
      .get('/api/reports/impact.csv?from=2025-04-01&to=2026-03-31&publication=true')
      .expect(200);
    const byKey = figures(parse(response.text.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]);
    expect(byKey.get('repeat.people|')?.[0]).toBe('fewer than 5');
    expect(byKey.get('feedback.responses|')?.[0]).toBe('fewer than 5');
    expect(byKey.get('feedback.satisfaction|')).toEqual(['fewer than 5', '', '']);
    expect(byKey.get('reach.people|')?.[0]).toBe('5');
    expect(byKey.get('events.held|')?.[0]).toBe('2');
  });

  it('lists the councils not yet reached to organisers, by region, and not to the review panel', async () => {
    const { body } = await lga.get('/api/reports/councils/not-reached?from=2025-04-01&to=2026-03-31').expect(200);
    expect(body).toMatchObject({ total: 317, notReached: 314 });
    const codes = body.councils.map((council: { gssCode: string }) => council.gssCode);
    expect(codes).not.toContain('E08000035');
    // Kent registered but did not come: not reached.
    expect(codes).toContain('E10000016');
    await reviewer.get('/api/reports/councils/not-reached').expect(403);
  });

  it('holds no personal data', () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/@|Attendee|Northgate|Atlas/);
  });

  it('gives the same figures after the retention job has erased everyone’s personal details', async () => {
    expect(await testApp.app.get(RegistrationsService).eraseExpired(new Date('2027-04-02T12:00:00Z'))).toBe(8);
    const after = (await reviewer.get('/api/reports/impact?from=2025-04-01&to=2026-03-31').expect(200)).body;
    // Everything but the time it was generated.
    expect({ ...(after as ImpactReport), generatedAt: report.generatedAt, dataAsOf: report.dataAsOf }).toEqual(report);
  });
});

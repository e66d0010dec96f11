import type { EventInput, ImpactReport, RegistrationInput } from '@epm/shared/contracts';
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
    const [yearOne] = (await lga.get('/api/programme').expect(200)).body as { id: number }[];
    programmeId = Number(yearOne?.id);
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
      .expect(201);

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

  /** Reads a binary response body whole. */
  function binary(request: ReturnType<SignedInClient['get']>) {
    return request.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
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
    ]);
    const rows: string[][] = [['Section', 'Figure', 'Breakdown', 'Value', 'Numerator', 'Denominator']];
    for (const sheet of workbook.worksheets.slice(1)) {
      sheet.eachRow((row, index) => {
        if (index > 1)
          rows.push(
            (row.values as unknown[]).slice(1).map((cell) => (cell === undefined || cell === null ? '' : String(cell))),
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
  });

  it('renders the evidence pack as a PDF carrying the same figures', async () => {
    const response = await binary(reviewer.get('/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31')).expect(200);
    const pdf = (response.body as Buffer).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // The text drawn on the pages: pdfkit writes it (uncompressed) as hex strings in TJ arrays.
    const text = [...pdf.matchAll(/\[([^\]]*)\] TJ/g)]
      .map((match) =>
        [...(match[1] ?? '').matchAll(/<([0-9a-f]*)>/g)]
          .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
          .join(''),
      )
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Period: 2025-04-01 to 2026-03-31 (UK dates, inclusive)');
    expect(text).toContain(`Events held: ${report.events.held} (1 cancelled, 0 still to come)`);
    expect(text).toContain('Councils reached: 3 of 317 (0.9%)');
    expect(text).toContain('Attendance rate: 85.7% (6 attended of 7 confirmed)');
    expect(text).toContain('1 of 15');
    expect(text).toContain('Methodology and definitions');
    expect(text).not.toMatch(/@|Northgate|Atlas/);
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
    expect({ ...(after as ImpactReport), generatedAt: report.generatedAt }).toEqual(report);
  });
});

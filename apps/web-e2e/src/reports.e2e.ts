import { readFileSync } from 'node:fs';
import { type EventListResponse, type ImpactReport, ORGANISATION_TYPE_LABELS } from '@epm/shared/contracts';
import type { Page } from 'playwright-core';
import { type Account, DEMO_ACCOUNTS, signInThroughPage } from './support/accounts';
import { accessibilityViolations, type BrowserSession, openBrowser, screenshot } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/** A signed-in API client, as the browser would be: the session cookie, and the CSRF header on writes. */
async function apiSignIn(baseUrl: string, account: Account) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (login.status !== 200) throw new Error(`Sign-in as ${account.email} answered ${login.status}`);
  const cookies = login.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
  const csrf = decodeURIComponent(cookies.find((pair) => pair.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
  const headers = { Cookie: cookies.join('; '), 'X-XSRF-TOKEN': csrf };
  return {
    async get<T>(path: string): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, { headers });
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return (await response.json()) as T;
    },
    async postCsv(path: string, csv: string): Promise<void> {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'text/csv' },
        body: csv,
      });
      if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    },
  };
}

/**
 * Who came to three of the demo year's events, backfilled as organisers do from a spreadsheet: councils in
 * several regions (one of them at all three), suppliers of both sizes and one that gave none, central
 * government, academia, and a no-show. The demo data has events but no attendance.
 */
const ATTENDANCE: Record<string, string[]> = {
  'Blueprint for Digital Government': [
    'Ada Leeds,ada@leeds.example,council,E08000035,,,Yes',
    'Ben Cornwall,ben@cornwall.example,council,E06000052,,,Yes',
    'Cy Barnet,cy@barnet.example,council,E09000003,,,Yes',
    'Di Bright,di@brightline.example,supplier,,Brightline,SME,Yes',
    'Ed Big,ed@bigco.example,supplier,,BigCo,Large,Yes',
    'Fay Gov,fay@dsit.example,central government,,DSIT,,Yes',
    'Gus Away,gus@kent.example,council,E10000016,,,No',
  ],
  'Procurement reform roundtable: buying outcomes': [
    'Ada Leeds,ada@leeds.example,council,E08000035,,,Yes',
    'Hal Derby,hal@derby.example,council,E06000015,,,Yes',
    'Di Bright,di@brightline.example,supplier,,Brightline,SME,Yes',
  ],
  'AI in local government': [
    'Ada Leeds,ada@leeds.example,council,E08000035,,,Yes',
    'Ivy Kent,ivy@kent.example,council,E10000016,,,Yes',
    'Jo North,jo@northwind.example,supplier,,Northwind,,Yes',
    'Kit Uni,kit@uni.example,academia,,University of Leeds,,Yes',
  ],
};

/** What four of the workshop's attendees said, as a Microsoft Forms export; one agreed to be quoted. */
const FEEDBACK = [
  'Email,Overall how satisfied were you with the event?,How useful was it to your work?,How likely are you to recommend events like this to a colleague?,Will you do something differently as a result of the event?,Which themes would you like future events to cover?,Any other comments?,May we quote your comment anonymously in published reports?',
  'ada@leeds.example,5,4,10,Yes,Artificial intelligence;Cybersecurity;,"Practical, and the suppliers listened.",Yes',
  'ben@cornwall.example,4,4,8,Yes,Artificial intelligence;,,No',
  'di@brightline.example,4,5,9,No,Procurement reform;,"Useful, but too short",No',
  'ed@bigco.example,3,3,6,Maybe,,,',
];

/** 1234 → "1,234", as the pages write numbers. */
const n = (value: number) => value.toLocaleString('en-GB');

/** "93%": the API's share as the page rounds it (these figures are not near a rounding edge). */
function percentOf(value: number | null): string {
  if (value === null) throw new Error('a rate over nothing');
  return `${Math.round(value * 100)}%`;
}

describe('the review panel reads the impact report, in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserSession;
  let reviewer: Awaited<ReturnType<typeof apiSignIn>>;
  /** The MoU year's figures, as the API gives them to the panel. */
  let year: ImpactReport;

  beforeAll(async () => {
    server = await startServer({ DEMO_DATA: 'true' });
    const admin = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.admin);
    const events = await admin.get<EventListResponse>('/api/organiser/events?pageSize=100');
    for (const [title, rows] of Object.entries(ATTENDANCE)) {
      const event = events.items.find((candidate) => candidate.title.startsWith(title));
      if (!event) throw new Error(`No demo event "${title}"`);
      await admin.postCsv(
        `/api/events/${event.id}/attendance/import?dryRun=false&addUnmatched=true`,
        ['Name,Email,Organisation type,Council,Organisation,Supplier size,Attended', ...rows].join('\n'),
      );
    }
    const workshop = events.items.find((candidate) => candidate.title.startsWith('Blueprint for Digital Government'));
    await admin.postCsv(`/api/events/${workshop?.id}/feedback/import?dryRun=false`, FEEDBACK.join('\n'));
    reviewer = await apiSignIn(server.baseUrl, DEMO_ACCOUNTS.reviewer);
    year = await reviewer.get<ImpactReport>('/api/reports/impact');
    browser = await openBrowser();
    await signInThroughPage(browser.page, server.baseUrl, DEMO_ACCOUNTS.reviewer);
    await browser.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const value = (page: Page, figure: string) => page.getByTestId(`figure-${figure}-value`).innerText();
  const detail = (page: Page, figure: string) => page.getByTestId(`figure-${figure}-detail`).innerText();

  async function expectHeadlines(page: Page, report: ImpactReport): Promise<void> {
    await expect(value(page, 'events-held')).resolves.toBe(String(report.events.held));
    await expect(value(page, 'people')).resolves.toBe(String(report.reach.people));
    await expect(value(page, 'councils')).resolves.toBe(
      `${report.reach.councils.reached} of ${report.reach.councils.total}`,
    );
    await expect(detail(page, 'councils')).resolves.toBe(
      `${percentOf(report.reach.councils.share.value)} of English principal councils`,
    );
    const rate = report.attendance.rate;
    await expect(value(page, 'attendance-rate')).resolves.toBe(percentOf(rate.value));
    await expect(detail(page, 'attendance-rate')).resolves.toBe(
      `${rate.numerator} of ${rate.denominator} confirmed registrations attended`,
    );
    const sme = report.reach.suppliers.smeShare;
    if (sme.denominator === 0) {
      // No supplier gave a size: no data, never 0%.
      await expect(value(page, 'sme-share')).resolves.toBe('No data');
      await expect(detail(page, 'sme-share')).resolves.toBe('No supplier organisation that came gave its size');
    } else {
      await expect(value(page, 'sme-share')).resolves.toBe(percentOf(sme.value));
      await expect(detail(page, 'sme-share')).resolves.toBe(
        `${sme.numerator} of ${sme.denominator} supplier organisations that gave their size are SMEs`,
      );
    }
    await expect(value(page, 'repeat')).resolves.toBe(String(report.repeat.people));
    const { satisfaction, nps } = report.feedback;
    await expect(value(page, 'satisfaction')).resolves.toBe(
      satisfaction.value === null ? 'No data' : `${satisfaction.value.toFixed(2)} out of 5`,
    );
    await expect(value(page, 'nps')).resolves.toBe(
      nps.value === null ? 'No data' : `${nps.value > 0 ? '+' : ''}${nps.value}`,
    );
    await expect(value(page, 'outcomes')).resolves.toBe(String(report.outcomes.total));
  }

  it('shows the API’s figures for the MoU year as headline figures and charts, loading and failing plainly', async () => {
    const { page } = browser;

    // Slowed down, the report shows that it is loading.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/reports/impact*', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('link', { name: 'Impact report' }).click();
    await page.waitForURL(/\/reports$/);
    await page.getByTestId('report-loading').waitFor();
    await expect(page.title()).resolves.toMatch(/^Impact report – /);
    await screenshot(page, 'reports-loading');
    await expectNoViolations(page);
    release();
    await page.getByTestId('report-showing').waitFor();
    await page.unroute('**/api/reports/impact*');

    // The default period is the MoU year that has ended; every headline figure is the API's.
    expect(year.filters).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
    // The demo's own history of the year, and this test's backfill on top of it.
    expect(year.reach.councils.total).toBe(317);
    expect(year.reach.councils.reached).toBeGreaterThan(5);
    expect(year.reach.councils.reached).toBeLessThan(317);
    await page.getByTestId('report-showing').waitFor();
    await expect(page.getByTestId('report-showing').innerText()).resolves.toBe(
      'Showing 1 April 2025 to 31 March 2026: All events.',
    );
    await expectHeadlines(page, year);
    await expect(page.getByTestId('attendance-rate').innerText()).resolves.toBe(
      `${percentOf(year.attendance.rate.value)} (${year.attendance.rate.numerator} of ${year.attendance.rate.denominator})`,
    );
    // Each chart is a table with a caption: every month of the period, every region against its total.
    const months = page.getByTestId('events-by-month').locator('tbody tr');
    await expect(months.count()).resolves.toBe(12);
    await expect(months.nth(4).innerText()).resolves.toMatch(/^August 2025\s+0/);
    const regions = page.getByTestId('councils-by-region');
    await expect(regions.locator('caption').innerText()).resolves.toBe('Councils reached by region');
    for (const region of year.reach.councils.byRegion) {
      const row = regions.locator('tbody tr').filter({ hasText: region.region });
      await expect(row.locator('td').nth(0).innerText()).resolves.toBe(String(region.reached));
      await expect(row.locator('td').nth(1).innerText()).resolves.toBe(String(region.total));
    }
    await expect(page.getByTestId('repeat-by-month-summary').innerText()).resolves.toContain(
      'were by people who had come to an earlier event in the period',
    );
    // What attendees thought (one agreed to be quoted, without a name), what it led to, the objectives, the funnel.
    expect(year.feedback.responses).toBeGreaterThan(4);
    expect(year.feedback.nps.value).not.toBeNull();
    const quotes = await page.getByTestId('feedback-quote').allInnerTexts();
    expect(quotes).toHaveLength(year.feedback.quotes.length);
    expect(quotes).toEqual(
      expect.arrayContaining([expect.stringContaining('“Practical, and the suppliers listened.”')]),
    );
    await expect(page.getByText('Useful, but too short').count()).resolves.toBe(0);
    await expect(page.getByTestId('outcomes-list').locator('tbody tr').count()).resolves.toBe(
      year.outcomes.items.length,
    );
    const objectives = page.getByTestId('objectives').locator('tbody tr');
    await expect(objectives.count()).resolves.toBe(year.objectives.length);
    for (const objective of year.objectives) {
      const row = objectives.filter({ hasText: objective.title });
      await expect(row.locator('td').nth(1).innerText()).resolves.toBe(
        objective.actual === null
          ? 'No data'
          : objective.measure === 'satisfaction'
            ? objective.actual.toFixed(2)
            : String(objective.actual),
      );
    }
    await expect(page.getByTestId('funnel').locator('tbody tr').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(new RegExp(`^Registered \\(confirmed\\)\\s+${year.funnel.registered}\\s`)),
      expect.stringMatching(new RegExp(`^Attended\\s+${year.funnel.attended}\\s`)),
      expect.stringMatching(new RegExp(`^Gave feedback\\s+${year.funnel.gaveFeedback}\\s`)),
      expect.stringMatching(new RegExp(`^Reported an action\\s+${year.funnel.reportedAction}\\s`)),
    ]);
    // How a figure is calculated, quoted from docs/metrics.md.
    const definition = page.getByTestId('figure-councils').locator('details');
    await definition.locator('summary').click();
    await expect(definition.innerText()).resolves.toContain('never free text');
    await screenshot(page, 'reports-dashboard');
    await expectNoViolations(page);

    // The API failing: the page says so and offers to try again.
    await page.route('**/api/reports/impact*', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"statusCode":500,"error":"Internal Server Error","message":"Internal server error"}',
      }),
    );
    await page.reload();
    await page.getByTestId('report-error').waitFor();
    await expect(page.getByTestId('report-error').innerText()).resolves.toContain(
      'Something went wrong on our side. Try again in a few minutes.',
    );
    await screenshot(page, 'reports-error');
    await expectNoViolations(page);
    await page.unroute('**/api/reports/impact*');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('report-showing').waitFor();
    await expect(value(page, 'events-held')).resolves.toBe(String(year.events.held));
    // Chromium reports the staged 500 as a failed resource.
    browser.problems.length = 0;
  });

  it('filters through the address, summarising a wrong date, and a shared address opens the same view', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/reports`);
    await page.getByTestId('report-showing').waitFor();

    // A date that does not exist: the error summary at the top, the message beside the date.
    await page.getByRole('group', { name: 'End date' }).getByLabel('Month').fill('13');
    await page.getByRole('button', { name: 'Show figures' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toContain('The end date must be a real date, like 1 4 2025');
    await expect(page.locator('#to-error').innerText()).resolves.toContain('The end date must be a real date');
    await expect(page.title()).resolves.toMatch(/^Error: Impact report/);
    await screenshot(page, 'reports-filter-errors');
    await expectNoViolations(page);

    // Webinars only: the address says so, and the figures change to the API's for that view.
    await page.getByRole('group', { name: 'End date' }).getByLabel('Month').fill('3');
    await page.getByLabel('Type of event').selectOption({ label: 'Webinar' });
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(/\/reports\?from=2025-04-01&to=2026-03-31&type=webinar$/);
    const webinars = await reviewer.get<ImpactReport>('/api/reports/impact?from=2025-04-01&to=2026-03-31&type=webinar');
    expect(webinars.events.held).toBeLessThan(year.events.held);
    expect(webinars.reach.councils.reached).toBeLessThan(year.reach.councils.reached);
    await page.getByTestId('report-showing').filter({ hasText: 'Webinars' }).waitFor();
    await expect(page.getByTestId('report-showing').innerText()).resolves.toBe(
      'Showing 1 April 2025 to 31 March 2026: Webinars.',
    );
    await expect(page.getByTestId('error-summary').count()).resolves.toBe(0);
    await expectHeadlines(page, webinars);
    await expect(
      page.getByTestId('events-by-type').locator('tbody tr').filter({ hasText: 'Webinar' }).innerText(),
    ).resolves.toMatch(new RegExp(`^Webinar\\s+${webinars.events.held}\\s+100%`));
    await screenshot(page, 'reports-dashboard-webinars');
    await expectNoViolations(page);

    // The shared address opens the same view.
    const shared = page.url();
    await page.goto(shared);
    await page.getByTestId('report-showing').filter({ hasText: 'Webinars' }).waitFor();
    await expect(page.getByLabel('Type of event').inputValue()).resolves.toBe('webinar');
    await expect(value(page, 'events-held')).resolves.toBe(String(webinars.events.held));
    expect(browser.problems).toEqual([]);
  });

  it('shows council reach for the same filters, and on a phone the numbers without their bars', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/reports?from=2025-04-01&to=2026-03-31&type=webinar`);
    await page.getByTestId('report-showing').filter({ hasText: 'Webinars' }).waitFor();
    const webinars = await reviewer.get<ImpactReport>('/api/reports/impact?from=2025-04-01&to=2026-03-31&type=webinar');

    // The council reach view keeps the filters.
    await page.getByRole('link', { name: 'Council reach', exact: true }).click();
    await page.waitForURL(/\/reports\/councils\?from=2025-04-01&to=2026-03-31&type=webinar$/);
    await page.getByTestId('report-showing').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('Council reach');
    await expect(page.title()).resolves.toMatch(/^Council reach – /);
    await expect(value(page, 'councils')).resolves.toBe(`${webinars.reach.councils.reached} of 317`);
    const types = page.getByTestId('councils-by-type');
    for (const type of webinars.reach.councils.byType) {
      const row = types
        .locator('tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: type.type, exact: true }) });
      await expect(row.locator('td').nth(0).innerText()).resolves.toBe(String(type.reached));
      await expect(row.locator('td').nth(1).innerText()).resolves.toBe(String(type.total));
    }
    // Which councils were not reached is for organisers: the panel sees counts only.
    await expect(page.getByTestId('not-reached').count()).resolves.toBe(0);
    await screenshot(page, 'reports-councils');
    await expectNoViolations(page);

    // At 320 px (WCAG's reflow width) the page does not scroll sideways: wide tables scroll in their own region.
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.setViewportSize({ width: 320, height: 720 });
    await expect(pageWidth()).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'reports-councils-phone');
    await expectNoViolations(page);

    // Back to the dashboard with the same view; on a phone the numbers stand without their bars.
    await page.getByRole('link', { name: 'Back to the impact report' }).click();
    await page.waitForURL(/\/reports\?from=2025-04-01&to=2026-03-31&type=webinar$/);
    await page.getByTestId('report-showing').waitFor();
    await expect(page.getByTestId('events-by-month').locator('.epm-bar').first().isVisible()).resolves.toBe(false);
    await expect(pageWidth()).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'reports-dashboard-phone');
    await expectNoViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(browser.problems).toEqual([]);
  });

  it('downloads the evidence pack for the figures on screen, filtered by a theme', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/reports`);
    await page.getByTestId('report-showing').waitFor();
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Procurement reform' });
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(/\/reports\?from=2025-04-01&to=2026-03-31&theme=procurement-reform$/);
    const procurement = await reviewer.get<ImpactReport>(
      '/api/reports/impact?from=2025-04-01&to=2026-03-31&theme=procurement-reform',
    );
    await page.getByTestId('report-showing').filter({ hasText: 'Procurement reform' }).waitFor();
    await expectHeadlines(page, procurement);
    const pdf = page.getByRole('link', { name: 'Evidence pack (PDF)' });
    await expect(pdf.getAttribute('href')).resolves.toBe(
      '/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31&theme=procurement-reform',
    );
    await page.getByLabel('For publication').check();
    await page
      .locator(
        'a[href="/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31&theme=procurement-reform&publication=true"]',
      )
      .waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
    expect(download.suggestedFilename()).toBe('impact-2025-04-01-to-2026-03-31.pdf');
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('download-status').filter({ hasText: 'Evidence pack (PDF) downloaded.' }).waitFor();
    await screenshot(page, 'reports-downloaded');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });

  it('takes the panel from the dashboard to an objective’s evidence, then to one of its events’ evidence', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/reports`);
    await page.getByTestId('report-showing').waitFor();

    // An objective with held events behind it, from the dashboard's objectives.
    const objective = year.objectives.find((candidate) => candidate.evidence.events > 0);
    if (!objective) throw new Error('No demo objective has held events');
    const scoped = await reviewer.get<ImpactReport>(`/api/reports/impact?objective=${objective.id}`);
    expect(scoped.objectives).toEqual([objective]);
    await page.getByTestId('objectives').getByRole('link', { name: objective.title, exact: true }).click();
    await page.waitForURL(new RegExp(`/reports/objectives/${objective.id}$`));
    await page.getByTestId('report-showing').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe(objective.title);
    await expect(page.title()).resolves.toBe(`Evidence: ${objective.title} – Partnership events – LGA and techUK`);
    await expect(page.getByTestId('objective-actual').innerText()).resolves.toBe(
      objective.actual === null
        ? 'No data yet'
        : objective.measure === 'satisfaction'
          ? objective.actual.toFixed(2)
          : n(objective.actual),
    );
    await expect(page.getByTestId('objective-evidence').innerText()).resolves.toMatch(
      new RegExp(
        `^${objective.evidence.events} held events? and ${objective.evidence.outcomes} outcomes? linked to it$`,
      ),
    );
    const rows = page.getByTestId('events-held').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(scoped.events.items.length);
    await expect(page.getByTestId('attendance-rate').innerText()).resolves.toBe(
      `${percentOf(scoped.attendance.rate.value)} (${n(scoped.attendance.rate.numerator)} of ${n(scoped.attendance.rate.denominator)})`,
    );
    await screenshot(page, 'reports-objective');
    await expectNoViolations(page);

    // One of its events: its evidence, with the way back to the objective.
    const item = scoped.events.items[0];
    if (!item) throw new Error('The objective has no held event');
    const event = await reviewer.get<ImpactReport>(`/api/reports/impact?event=${item.id}`);
    await rows.first().getByRole('link', { name: item.title, exact: true }).click();
    await page.waitForURL(new RegExp(`/reports/events/${item.id}\\?objective=${objective.id}$`));
    await page.getByTestId('report-showing').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe(item.title);
    await expect(page.title()).resolves.toBe(`Evidence: ${item.title} – Partnership events – LGA and techUK`);
    await expect(page.getByTestId('breadcrumbs').getByRole('link').allInnerTexts()).resolves.toEqual([
      'Impact report',
      objective.title,
    ]);
    await expect(page.getByTestId('event-held').innerText()).resolves.toBe('Yes');
    await expect(page.getByTestId('attendance-attended').innerText()).resolves.toBe(String(event.attendance.attended));
    expect(event.attendance.attended).toBe(item.attended);
    await expect(page.getByTestId('attendance-rate').innerText()).resolves.toBe(
      `${percentOf(event.attendance.rate.value)} (${n(event.attendance.rate.numerator)} of ${n(event.attendance.rate.denominator)})`,
    );
    const sectors = page.getByTestId('sectors').locator('tbody tr');
    for (const sector of event.reach.sectors) {
      const label = ORGANISATION_TYPE_LABELS[sector.organisationType];
      const row = sectors.filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
      await expect(row.locator('td').first().innerText()).resolves.toBe(n(sector.people));
    }
    await expect(page.getByText('@').count()).resolves.toBe(0);
    await screenshot(page, 'reports-event');
    await expectNoViolations(page);

    // Its evidence as a spreadsheet and as CSV, the page saying how each is going.
    for (const [name, saved] of [
      ['Figures as a spreadsheet (XLSX)', `impact-event-${item.id}-`],
      ['Figures as CSV', `impact-event-${item.id}-`],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${saved}`));
      await page
        .getByTestId('download-status')
        .filter({ hasText: `${name} downloaded.` })
        .waitFor();
    }
    await expectNoViolations(page);

    // On a phone (320 px) nothing scrolls sideways but the tables, each in its own region.
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.setViewportSize({ width: 320, height: 720 });
    await expect(pageWidth()).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'reports-event-phone');
    await expectNoViolations(page);
    await page.getByTestId('breadcrumbs').getByRole('link', { name: objective.title }).click();
    await page.waitForURL(new RegExp(`/reports/objectives/${objective.id}$`));
    await page.getByTestId('report-showing').waitFor();
    await expect(pageWidth()).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'reports-objective-phone');
    await expectNoViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // An event that is not there: page not found, not an error.
    await page.goto(`${server.baseUrl}/reports/events/999999`);
    await page.getByTestId('not-found').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    await expectNoViolations(page);
    // Chromium reports the API's 404 as a failed resource.
    browser.problems.length = 0;
  });

  it('is in the navigation of organisers too, with the councils not yet reached, and not for anyone signed out', async () => {
    const { page } = browser;
    await browser.context.clearCookies();
    await page.goto(`${server.baseUrl}/reports?type=roundtable`);
    await page.waitForURL(/\/sign-in/);
    await signInThroughPage(page, server.baseUrl, DEMO_ACCOUNTS.lgaOrganiser);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.getByRole('link', { name: 'Impact report' }).click();
    await page.waitForURL(/\/reports$/);
    await page.getByTestId('report-showing').waitFor();
    await expect(value(page, 'events-held')).resolves.toBe(String(year.events.held));
    await expectNoViolations(page);

    // Organisers also get the councils nobody from has come yet, by region, to plan where to reach next.
    await page.getByRole('link', { name: 'Council reach', exact: true }).click();
    await page.waitForURL(/\/reports\/councils$/);
    const count = page.getByTestId('not-reached-count');
    await count.waitFor();
    const notReached = year.reach.councils.total - year.reach.councils.reached;
    await expect(count.innerText()).resolves.toBe(
      `${notReached} of ${year.reach.councils.total} councils not yet reached.`,
    );
    const regions = page.getByTestId('not-reached-region');
    await expect(regions.count()).resolves.toBe(year.reach.councils.byRegion.length);
    const yorkshire = regions.filter({ hasText: 'Yorkshire and The Humber' });
    const region = year.reach.councils.byRegion.find((row) => row.region === 'Yorkshire and The Humber');
    const missing = (region?.total ?? 0) - (region?.reached ?? 0);
    await expect(yorkshire.locator('summary').innerText()).resolves.toBe(
      `Yorkshire and The Humber: ${missing} councils`,
    );
    await yorkshire.locator('summary').click();
    // Leeds came, so it is not on the list; the councils nobody came from are.
    await expect(yorkshire.locator('li').count()).resolves.toBe(missing);
    await expect(yorkshire.getByText('Leeds', { exact: false }).count()).resolves.toBe(0);
    await screenshot(page, 'reports-councils-organiser');
    await expectNoViolations(page);
    expect(browser.problems).toEqual([]);
  });
});

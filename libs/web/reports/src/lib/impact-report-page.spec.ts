import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ImpactReportPage } from './impact-report-page';
import { anImpactReport } from './reports-testing';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ImpactReportPage', () => {
  let fixture: ComponentFixture<ImpactReportPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(query: Record<string, string> = {}): Promise<TestRequest> {
    fixture = TestBed.createComponent(ImpactReportPage);
    for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    await tick();
    page = fixture.nativeElement;
    return http.expectOne((request) => request.url === '/api/reports/impact');
  }

  async function settle(): Promise<void> {
    await tick();
    await fixture.whenStable();
  }

  /** While a request is open the page is not stable (the resource holds a pending task): render what it shows. */
  async function render(): Promise<void> {
    await tick();
    fixture.detectChanges();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the address’s filters, dropping what the API would refuse, and says it is loading', async () => {
    const request = await open({ from: '2025-04-01', to: '2025-09-30', type: 'webinar', theme: 'nonsense' });
    expect(request.request.params.toString()).toBe('from=2025-04-01&to=2025-09-30&type=webinar');
    await render();
    expect(text(page.querySelector('[role=status]'))).toBe('Loading the figures…');
    expect(page.querySelector('[data-testid=figure-events-held]')).toBeNull();
    request.flush(anImpactReport());
    await settle();
    expect(text(page.querySelector('[role=status]'))).toBe('Showing 1 April 2025 to 31 March 2026: All events.');
  });

  it('shows the headline figures, rates with their numerator and denominator, and how each is calculated', async () => {
    (await open()).flush(anImpactReport());
    await settle();
    const figure = (id: string) => text(page.querySelector(`[data-testid=figure-${id}-value]`));
    expect(figure('events-held')).toBe('16');
    expect(figure('people')).toBe('60');
    expect(figure('councils')).toBe('20 of 317');
    expect(text(page.querySelector('[data-testid=figure-councils-detail]'))).toBe('6% of English principal councils');
    expect(figure('attendance-rate')).toBe('80%');
    expect(text(page.querySelector('[data-testid=figure-attendance-rate-detail]'))).toBe(
      '80 of 100 confirmed registrations attended',
    );
    expect(figure('sme-share')).toBe('67%');
    expect(figure('repeat')).toBe('12');
    const definition = page.querySelector('[data-testid=figure-attendance-rate] details');
    expect(text(definition?.querySelector('summary'))).toBe('How this is calculated: Attendance rate');
    expect(text(definition?.querySelector('.govuk-details__text'))).toBe(
      'Attended confirmed registrations / confirmed registrations, of held events.',
    );
    expect(text(page.querySelector('[data-testid=attendance-rate]'))).toBe('80% (80 of 100)');
    expect(text(page.querySelector('[data-testid=sme-share]'))).toBe('67% (6 of 9)');
  });

  it('shows feedback with its numbers, quotes without names, outcomes and objectives', async () => {
    (await open()).flush(anImpactReport());
    await settle();
    expect(text(page.querySelector('[data-testid=feedback-response-rate]'))).toBe('49% (40 of 81)');
    expect(text(page.querySelector('[data-testid=feedback-satisfaction]'))).toBe(
      '4.35 out of 5 (170 points from 39 answers)',
    );
    expect(text(page.querySelector('[data-testid=feedback-intend-to-act]'))).toBe(
      '75% (30 of 40) said they will do something differently',
    );
    expect([...page.querySelectorAll('[data-testid=feedback-quote]')].map(text)).toEqual([
      '“The roundtable changed how we write our specifications.” An attendee of Procurement reform roundtable (roundtable)',
    ]);
    const outcomes = [...page.querySelectorAll('[data-testid=outcomes-list] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map(text),
    );
    expect(outcomes).toEqual([
      [
        'Joint guidance on outcome-based procurement published',
        'Resource published',
        'Done',
        '15 October 2025',
        'Procurement reform roundtable',
      ],
      ['Programme for the second MoU year agreed', 'Action agreed', 'In progress', '25 March 2026', 'The programme'],
    ]);
    const objective = page.querySelector('[data-testid=objectives] tbody tr');
    expect([...(objective?.querySelectorAll('th, td') ?? [])].map(text)).toEqual([
      'Reach 150 councils',
      '150 councils reached',
      '20',
      '13%',
      '16 events, 1 outcome',
      '',
    ]);
    // Each objective, each held event and each outcome's event opens its evidence page.
    expect(objective?.querySelector('a')?.getAttribute('href')).toBe('/reports/objectives/1');
    const outcomeEvent = page.querySelector('[data-testid=outcomes-list] tbody tr td a');
    expect([text(outcomeEvent), outcomeEvent?.getAttribute('href')]).toEqual([
      'Procurement reform roundtable',
      '/reports/events/3',
    ]);
    const held = [...page.querySelectorAll('[data-testid=events-held] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map(text),
    );
    expect(held).toEqual([
      ['Blueprint for Digital Government', '20 May 2025', 'Workshop', 'Joint', '6', '4'],
      ['Procurement reform roundtable', '8 Oct 2025', 'Roundtable', 'LGA-led', '3', '0'],
    ]);
    expect(page.querySelector('[data-testid=events-held] tbody a')?.getAttribute('href')).toBe('/reports/events/1');
    const contents = [...page.querySelectorAll('nav a')].map(text);
    expect(contents).toContain('The engagement funnel');
  });

  it('draws every chart as a captioned table with a summary, its bars hidden from assistive technology', async () => {
    (await open()).flush(anImpactReport());
    await settle();
    const captions = [...page.querySelectorAll('table caption')].map(text);
    expect(captions).toEqual([
      'Events held in the period',
      'Events held by month',
      'Events held by type',
      'Events held by MoU theme',
      'Events held by organiser',
      'Events held by format',
      'Councils reached by region',
      'Councils reached by council type',
      'People reached by sector',
      'Supplier organisations by size',
      'First-time and returning attendances by month',
      'Likelihood to recommend',
      'Themes asked for in feedback',
      '2 outcomes in the period',
      'Outcomes by kind',
      'Outcomes by status',
      'Objectives against their targets',
      'The engagement funnel',
    ]);
    for (const chart of page.querySelectorAll('.epm-chart')) {
      expect(text(chart.querySelector('p'))).not.toBe('');
      expect(chart.querySelector('details')).not.toBeNull();
      for (const bar of chart.querySelectorAll('.epm-bar')) {
        expect(bar.closest('[aria-hidden=true]')).not.toBeNull();
      }
    }
    const months = page.querySelectorAll('[data-testid=events-by-month] tbody tr');
    expect(months).toHaveLength(12);
    expect([...(months[1]?.querySelectorAll('th, td') ?? [])].map(text)).toEqual(['May 2025', '2', '']);
    const widths = [...page.querySelectorAll<HTMLElement>('[data-testid=events-by-month] .epm-bar__segment')].map(
      (bar) => bar.style.width,
    );
    expect(widths.slice(0, 5)).toEqual(['50%', '100%', '50%', '100%', '0%']);
    const london = page.querySelectorAll('[data-testid=councils-by-region] tbody tr')[1];
    expect([...(london?.querySelectorAll('th, td') ?? [])].map(text)).toEqual(['London', '10', '33', '30%', '']);
  });

  it('shows "No data" for rates over nothing, never 0%', async () => {
    const report = anImpactReport();
    (await open()).flush(
      anImpactReport({
        attendance: { attended: 0, noShows: 0, rate: { value: null, numerator: 0, denominator: 0 } },
        reach: {
          ...report.reach,
          suppliers: { organisations: 0, sme: 0, large: 0, smeShare: { value: null, numerator: 0, denominator: 0 } },
        },
      }),
    );
    await settle();
    expect(text(page.querySelector('[data-testid=figure-attendance-rate-value]'))).toBe('No data');
    expect(text(page.querySelector('[data-testid=attendance-rate]'))).toBe('No data (0 of 0)');
    expect(text(page.querySelector('[data-testid=sme-share]'))).toBe('No data (0 of 0)');
  });

  it('says when the figures could not be loaded, and tries again', async () => {
    (await open()).flush(
      { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' },
      {
        status: 500,
        statusText: 'Internal Server Error',
      },
    );
    await settle();
    expect(text(page.querySelector('[role=status]'))).toBe('The figures could not be loaded.');
    expect(text(page.querySelector('[data-testid=report-error] p'))).toBe(
      'Something went wrong on our side. Try again in a few minutes.',
    );
    expect(page.querySelector('[data-testid=figure-events-held]')).toBeNull();
    expect(page.querySelector('[data-testid=report-filters]')).not.toBeNull();
    page.querySelector<HTMLButtonElement>('[data-testid=report-error] button')?.click();
    await render();
    http.expectOne((request) => request.url === '/api/reports/impact').flush(anImpactReport());
    await settle();
    expect(page.querySelector('[data-testid=report-error]')).toBeNull();
    expect(text(page.querySelector('[data-testid=figure-events-held-value]'))).toBe('16');
  });

  it('explains a period the API refused', async () => {
    (await open()).flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Check the highlighted fields',
        errors: { to: ['The end of the period must be on or after its start'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(text(page.querySelector('[data-testid=report-error] p'))).toBe(
      'The end of the period must be on or after its start.',
    );
  });

  it('fills the form with the period the API chose, and applies the filters through the address', async () => {
    (await open({ type: 'webinar' })).flush(
      anImpactReport({ filters: { from: '2025-04-01', to: '2026-03-31', type: 'webinar' } }),
    );
    await settle();
    const input = (id: string) => page.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    expect([input('from')?.value, input('from-month')?.value, input('from-year')?.value]).toEqual(['1', '4', '2025']);
    expect([input('to')?.value, input('to-month')?.value, input('to-year')?.value]).toEqual(['31', '3', '2026']);
    expect(input('filter-type')?.value).toBe('webinar');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const theme = input('filter-theme');
    if (!theme) throw new Error('no theme filter');
    theme.value = 'digital-skills';
    theme.dispatchEvent(new Event('change'));
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    expect(navigate).toHaveBeenCalledWith([], {
      relativeTo: expect.anything(),
      queryParams: {
        from: '2025-04-01',
        to: '2026-03-31',
        type: 'webinar',
        theme: 'digital-skills',
        organisation: null,
        format: null,
      },
    });
  });

  it('summarises the form’s errors at the top of the page and beside each date, without navigating', async () => {
    (await open()).flush(anImpactReport());
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const month = page.querySelector<HTMLInputElement>('#to-month');
    if (!month) throw new Error('no month box');
    month.value = '13';
    month.dispatchEvent(new Event('input'));
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(navigate).not.toHaveBeenCalled();
    const summary = page.querySelector('[data-testid=error-summary]');
    const heading = page.querySelector('h1');
    if (!summary || !heading) throw new Error('no error summary or heading');
    // At the top of the page, above the heading, as GOV.UK asks.
    expect(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...summary.querySelectorAll('a')].map((link) => [text(link), link.getAttribute('href')])).toEqual([
      ['The end date must be a real date, like 1 4 2025', '#to'],
    ]);
    expect(text(page.querySelector('#to-error'))).toBe('Error: The end date must be a real date, like 1 4 2025');
    expect(page.querySelector('#from-error')).toBeNull();
  });
});

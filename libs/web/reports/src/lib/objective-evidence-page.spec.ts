import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { actualText, ObjectiveEvidencePage } from './objective-evidence-page';
import { anImpactReport, anObjectiveEvidence, headingsSkipALevel } from './reports-testing';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ObjectiveEvidencePage', () => {
  let fixture: ComponentFixture<ObjectiveEvidencePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(id: string): Promise<void> {
    fixture = TestBed.createComponent(ObjectiveEvidencePage);
    fixture.componentRef.setInput('id', id);
    fixture.detectChanges();
    await tick();
    page = fixture.nativeElement;
  }

  const request = (): TestRequest => http.expectOne((candidate) => candidate.url === '/api/reports/impact');

  async function settle(): Promise<void> {
    await tick();
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the objective’s target and actual as the dashboard measures it, for its programme year', async () => {
    await open('1');
    const pending = request();
    expect(pending.request.params.toString()).toBe('objective=1');
    pending.flush(anObjectiveEvidence());
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Reach 150 councils');
    expect(TestBed.inject(Title).getTitle()).toBe('Evidence: Reach 150 councils – Partnership events – LGA and techUK');
    expect(text(page.querySelector('.govuk-body-l'))).toBe('Councils from every region take part in the programme.');
    // The same objective as the dashboard's row: 150 councils reached, 20 so far, 13%.
    expect(text(page.querySelector('[data-testid=objective-target]'))).toBe('150 councils reached');
    expect(text(page.querySelector('[data-testid=objective-actual]'))).toBe('20');
    expect(text(page.querySelector('[data-testid=objective-share]'))).toBe('13% of the target');
    expect(text(page.querySelector('[data-testid=objective-measure]'))).toBe('Councils reached');
    expect(text(page.querySelector('[data-testid=objective-evidence]'))).toBe(
      '16 held events and 1 outcome linked to it',
    );
    expect(page.querySelector('[data-testid=definition-objectives]')).not.toBeNull();
    expect(headingsSkipALevel(page)).toBe(false);
    expect([...page.querySelectorAll('[data-testid=breadcrumbs] a')].map(text)).toEqual(['Impact report']);
  });

  it('lists its events, each opening its evidence page with the way back, its outcomes and their figures', async () => {
    await open('1');
    request().flush(anObjectiveEvidence());
    await settle();
    const links = [...page.querySelectorAll('[data-testid=events-held] tbody a')].map((link) => [
      text(link),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Blueprint for Digital Government', '/reports/events/1?objective=1'],
      ['Procurement reform roundtable', '/reports/events/3?objective=1'],
    ]);
    const captions = [...page.querySelectorAll('table caption')].map(text);
    expect(captions).toContain('2 events held for this objective');
    expect(captions).toContain('1 outcome linked to this objective or its events');
    expect(captions).toContain('Councils reached by region');
    expect(text(page.querySelector('[data-testid=attendance-rate]'))).toBe('80% (80 of 100)');
    expect(page.querySelector('[data-testid=download-xlsx]')?.getAttribute('href')).toBe(
      '/api/reports/impact.xlsx?from=2025-04-01&to=2026-03-31&objective=1',
    );
  });

  it('is not found for an unknown objective', async () => {
    await open('42');
    request().flush(
      { statusCode: 404, error: 'Not Found', message: 'Objective not found' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Page not found');
    expect(page.querySelector('[data-testid=not-found]')).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found – Partnership events – LGA and techUK');
  });

  it('says what an objective without an automatic measure, or without data, has so far', () => {
    const [objective] = anImpactReport().objectives;
    if (!objective) throw new Error('no objective');
    expect(actualText({ ...objective, measure: null, actual: null })).toBe(
      'No automatic measure: see the evidence below',
    );
    expect(actualText({ ...objective, actual: null })).toBe('No data yet');
    expect(actualText({ ...objective, measure: 'satisfaction', actual: 4.5 })).toBe('4.50');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { EventEvidencePage } from './event-evidence-page';
import { anEventEvidence, headingsSkipALevel } from './reports-testing';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('EventEvidencePage', () => {
  let fixture: ComponentFixture<EventEvidencePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(id: string, objective?: string): Promise<void> {
    fixture = TestBed.createComponent(EventEvidencePage);
    fixture.componentRef.setInput('id', id);
    if (objective) fixture.componentRef.setInput('objective', objective);
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

  it('asks for the event’s own figures, says it is loading, then what happened, in UK time', async () => {
    await open('3');
    const pending = request();
    expect(pending.request.params.toString()).toBe('event=3');
    await tick();
    fixture.detectChanges();
    expect(text(page.querySelector('[role=status]'))).toBe('Loading the figures…');
    pending.flush(anEventEvidence());
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Procurement reform roundtable');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Evidence: Procurement reform roundtable – Partnership events – LGA and techUK',
    );
    expect(text(page.querySelector('[role=status]'))).toBe(
      'Showing this event’s figures, in its programme year, 1 April 2025 to 31 March 2026.',
    );
    const facts = [...page.querySelectorAll('[data-testid=event-facts] .govuk-summary-list__row')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd p, dd')),
    ]);
    expect(facts.slice(1)).toEqual([
      ['When (UK time)', 'Wednesday 8 October 2025, 2pm to 4pm'],
      ['Type', 'Roundtable'],
      ['Format', 'In person, at Local Government House'],
      ['Run by', 'Local Government Association with techUK'],
      ['Themes', 'Procurement reform'],
      ['Objectives', 'Reach 150 councils'],
      ['Programme year', 'MoU year 1 (2025 to 2026)'],
    ]);
    expect(text(page.querySelector('[data-testid=event-held]'))).toBe('Yes');
    expect(page.querySelector('[data-testid=event-objectives] a')?.getAttribute('href')).toBe('/reports/objectives/1');
    expect(headingsSkipALevel(page)).toBe(false);
  });

  it('shows who came by sector, the attendance rate, feedback and what it led to, as the dashboard does', async () => {
    await open('3');
    request().flush(anEventEvidence());
    await settle();
    expect(text(page.querySelector('[data-testid=registrations-total]'))).toBe(
      '5: 4 confirmed, 0 cancelled, 0 awaiting approval',
    );
    expect(text(page.querySelector('[data-testid=attendance-rate]'))).toBe('75% (3 of 4)');
    expect([...page.querySelectorAll('table caption')].map(text)).toEqual([
      'People reached by sector',
      'Councils reached by region',
      'Councils reached by council type',
      'Supplier organisations by size',
      'Likelihood to recommend',
      'Themes asked for in feedback',
      '1 outcome stems from this event',
    ]);
    expect(text(page.querySelector('[data-testid=feedback-satisfaction]'))).toBe(
      '4.35 out of 5 (170 points from 39 answers)',
    );
    // Quotes without names; every figure with how it is calculated.
    expect(text(page.querySelector('[data-testid=feedback-quote] figcaption'))).toBe(
      'An attendee of Procurement reform roundtable (roundtable)',
    );
    expect(page.querySelector('[data-testid=definition-attendanceRate]')).not.toBeNull();
    expect(page.querySelector('[data-testid=definition-eventEvidence]')).not.toBeNull();
    expect(text(page.querySelector('[data-testid=outcomes-list] tbody th'))).toBe(
      'Joint guidance on outcome-based procurement published',
    );
    // The evidence pack of this event alone.
    expect(page.querySelector('[data-testid=download-pdf]')?.getAttribute('href')).toBe(
      '/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31&event=3',
    );
  });

  it('leads back to the objective it was opened from, and to the impact report', async () => {
    await open('3', '1');
    request().flush(anEventEvidence());
    await settle();
    const crumbs = [...page.querySelectorAll('[data-testid=breadcrumbs] a')].map((link) => [
      text(link),
      link.getAttribute('href'),
    ]);
    expect(crumbs).toEqual([
      ['Impact report', '/reports'],
      ['Reach 150 councils', '/reports/objectives/1'],
    ]);
    expect(page.querySelector('.govuk-back-link')).toBeNull();
  });

  it('says when the event has not been held yet, or was cancelled', async () => {
    const report = anEventEvidence();
    await open('3');
    request().flush({ ...report, event: { ...report.event, held: false, status: 'published' } });
    await settle();
    expect(text(page.querySelector('[data-testid=event-held]'))).toBe(
      'Not yet: it has not ended, so its attendance and feedback are still to come',
    );
  });

  it('is not found for an unknown or draft event, and for an address that is not an event', async () => {
    await open('9');
    request().flush(
      { statusCode: 404, error: 'Not Found', message: 'Event not found' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Page not found');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found – Partnership events – LGA and techUK');
    expect(page.querySelector('[data-testid=report-error]')).toBeNull();
    fixture.destroy();

    await open('not-an-id');
    // No request at all.
    expect(text(page.querySelector('h1'))).toBe('Page not found');
  });

  it('says when the figures could not be loaded, and tries again', async () => {
    await open('3');
    request().flush({ statusCode: 500 }, { status: 500, statusText: 'Internal Server Error' });
    await settle();
    expect(text(page.querySelector('[data-testid=report-error] p'))).toBe(
      'Something went wrong on our side. Try again in a few minutes.',
    );
    page.querySelector<HTMLButtonElement>('[data-testid=report-error] button')?.click();
    await tick();
    fixture.detectChanges();
    request().flush(anEventEvidence());
    await settle();
    expect(text(page.querySelector('h1'))).toBe('Procurement reform roundtable');
  });
});

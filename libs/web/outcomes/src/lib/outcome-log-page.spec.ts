import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { OutcomeLogPage, outcomeFilters } from './outcome-log-page';
import { anEvent, anOutcome } from './outcome-testing';

describe('outcomeFilters', () => {
  it('passes known filters to the API and drops the rest', () => {
    expect(outcomeFilters({ kind: 'pilot-started', status: 'done', eventId: '7', page: '2' })).toEqual({
      kind: 'pilot-started',
      status: 'done',
      eventId: 7,
      page: 2,
    });
    expect(outcomeFilters({ kind: 'party', status: 'finished', eventId: 'x', page: '1' })).toEqual({
      kind: undefined,
      status: undefined,
      eventId: undefined,
      page: undefined,
    });
  });
});

describe('OutcomeLogPage', () => {
  let fixture: ComponentFixture<OutcomeLogPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OutcomeLogPage);
    fixture.componentRef.setInput('status', 'done');
    fixture.detectChanges();
    await tick();
    const list = http.expectOne((request) => request.url === '/api/outcomes');
    expect(list.request.params.toString()).toBe('status=done&pageSize=50');
    list.flush({
      items: [
        anOutcome(),
        anOutcome({ id: 4, title: 'Year 2 programme agreed', events: [], status: 'planned', date: '2026-03-25' }),
      ],
      total: 2,
      page: 1,
      pageSize: 50,
    });
    http
      .expectOne((request) => request.url === '/api/organiser/events')
      .flush({
        items: [anEvent(), anEvent({ id: 9, title: 'A draft', status: 'draft' })],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await tick();
    await fixture.whenStable();
    page = fixture.nativeElement;
  });

  afterEach(() => http.verify());

  it('lists outcomes with their kind, date, status and the events they stem from, or the programme', () => {
    const rows = [...page.querySelectorAll('[data-testid=outcome-log] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        [...cell.childNodes]
          .filter((node) => node.nodeType !== Node.COMMENT_NODE)
          .map((node) => node.textContent?.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join(' | '),
      ),
    );
    expect(rows).toEqual([
      [
        'Joint guidance on outcome-based procurement published | Owner: Local Government Association',
        'Resource published',
        '15 October 2025',
        'Done',
        'Procurement reform roundtable',
      ],
      [
        'Year 2 programme agreed | Owner: Local Government Association',
        'Resource published',
        '25 March 2026',
        'Planned',
        'The programme',
      ],
    ]);
    expect(page.querySelector('caption')?.textContent).toContain('2 outcomes');
  });

  it('offers events that took place as a filter, and applies the filters through the address', async () => {
    const options = [...page.querySelectorAll<HTMLOptionElement>('#filter-event option')].map((option) => option.value);
    expect(options).toEqual(['', '7']);
    expect(page.querySelector<HTMLSelectElement>('#filter-status')?.value).toBe('done');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const kind = page.querySelector<HTMLSelectElement>('#filter-kind');
    if (!kind) throw new Error('no kind filter');
    kind.value = 'pilot-started';
    kind.dispatchEvent(new Event('change'));
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    expect(navigate).toHaveBeenCalledWith([], {
      queryParams: { kind: 'pilot-started', status: 'done', eventId: null, page: null },
    });
  });
});

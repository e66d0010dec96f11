import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { EventListResponse, EventResponse } from '@epm/shared/contracts';
import { monthCalendar } from './month-calendar';
import { OrganiserCalendar } from './organiser-calendar';
import { OrganiserEventsPage } from './organiser-events-page';

function anEvent(id: number, startsAt: string, overrides: Partial<EventResponse> = {}): EventResponse {
  return {
    id,
    title: `Event ${id}`,
    startsAt,
    endsAt: startsAt,
    status: 'published',
    type: 'webinar',
    leadOrganisation: { code: 'lga', name: 'Local Government Association' },
    partnerOrganisation: null,
    ...overrides,
  } as EventResponse;
}

describe('OrganiserCalendar', () => {
  async function render(today: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(OrganiserCalendar);
    fixture.componentRef.setInput(
      'calendar',
      monthCalendar(
        '2025-10',
        [
          anEvent(1, '2025-10-26T10:00:00Z', { title: 'Cyber resilience webinar' }),
          // After the clocks went back: 13:30 UTC is 1:30pm GMT.
          anEvent(2, '2025-10-26T13:30:00Z', { title: 'Draft roundtable', status: 'draft' }),
        ],
        today,
      ),
    );
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('is a table captioned with the month, with Monday-to-Sunday column headers named in full', async () => {
    const page = await render('2025-10-15');
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('October 2025');
    const headers = [...page.querySelectorAll('thead th')];
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(headers.map((th) => th.querySelector('[aria-hidden=true]')?.textContent)).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(headers.map((th) => th.querySelector('.govuk-visually-hidden')?.textContent)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    const region = page.querySelector('[role=region]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-labelledby')).toBe(page.querySelector('caption')?.id);
  });

  it('lists each day’s events with their UK time, a link and their status', async () => {
    const page = await render('2025-10-15');
    const day = page.querySelector('[data-date="2025-10-26"]');
    const items = [...(day?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['10am Cyber resilience webinar Published', '1:30pm Draft roundtable Draft']);
    expect(day?.querySelector('a')?.getAttribute('href')).toBe('/organiser/events/1');
    expect(day?.querySelector('.govuk-visually-hidden')?.textContent).toBe('Sunday 26 October 2025');
    // Wednesday 1 October is the third cell of the first week.
    expect(page.querySelectorAll('tbody tr')[0]?.querySelectorAll('td')[2]?.getAttribute('data-date')).toBe(
      '2025-10-01',
    );
  });

  it('marks today, and only today, as the current date', async () => {
    const page = await render('2025-10-15');
    const current = [...page.querySelectorAll('[aria-current]')];
    expect(current.map((cell) => [cell.getAttribute('data-date'), cell.getAttribute('aria-current')])).toEqual([
      ['2025-10-15', 'date'],
    ]);
  });

  it('links to the months either side, keeping the other query parameters', async () => {
    const page = await render('2025-10-15');
    const links = [...page.querySelectorAll('[data-testid=calendar-months] a')];
    expect(links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Previous month: September 2025',
      'Next month: November 2025',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/?month=2025-09', '/?month=2025-11']);
  });
});

describe('OrganiserEventsPage as a calendar', () => {
  it('asks for the month’s events with the filters, and places them on their days', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'organiser', component: OrganiserEventsPage }], withComponentInputBinding()),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/organiser?view=calendar&month=2026-03&status=draft&theme=cybersecurity');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/taxonomy').flush({ themes: [], missions: [], eventTypes: [] });
    const request = http.expectOne((candidate) => candidate.url === '/api/organiser/events');
    expect(
      Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)])),
    ).toEqual({
      status: 'draft',
      theme: 'cybersecurity',
      from: '2026-03-01',
      to: '2026-03-31',
      pageSize: '100',
    });
    const list: EventListResponse = {
      items: [anEvent(5, '2026-03-29T09:00:00Z', { title: 'Spring draft', status: 'draft' })],
      total: 1,
      page: 1,
      pageSize: 100,
    };
    request.flush(list);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('March 2026');
    expect(page.querySelector('[data-date="2026-03-29"]')?.textContent).toContain('Spring draft');
    expect(page.querySelector('[data-testid=view-switch] [aria-current=page]')?.textContent?.trim()).toBe('Calendar');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { EventAvailability, EventResponse } from '@epm/shared/contracts';
import { EventPage } from './event-page';

function anEvent(overrides: Partial<EventResponse> = {}): EventResponse {
  return {
    id: 7,
    programmeId: 1,
    title: 'Procurement reform roundtable',
    summary: 'Buying outcomes, not outputs.',
    description: 'First paragraph.\n\nSecond paragraph.',
    type: 'roundtable',
    format: 'in-person',
    status: 'published',
    cancellationReason: null,
    venue: {
      name: 'Local Government House',
      address: '18 Smith Square, London',
      postcode: 'SW1P 3HZ',
      accessInformation: 'Step-free entrance.',
    },
    joiningUrl: null,
    startsAt: '2025-07-09T10:00:00+01:00',
    endsAt: '2025-07-09T12:00:00+01:00',
    capacity: 20,
    registrationOpensAt: null,
    registrationClosesAt: null,
    approvalRequired: true,
    audience: 'all',
    leadOrganisation: { code: 'lga', name: 'Local Government Association' },
    partnerOrganisation: { code: 'techuk', name: 'techUK' },
    tags: [],
    objectiveIds: [],
    speakers: [
      {
        name: 'Sam Okafor',
        role: 'Head of Procurement',
        organisation: 'Leeds City Council',
      },
    ],
    consultation: null,
    sequence: 0,
    seriesId: null,
    updatedAt: '2025-06-01T09:00:00.000Z',
    ...overrides,
  };
}

async function render(
  event: EventResponse,
  availability: EventAvailability = {
    state: 'open',
    placesLeft: 20,
    registrationOpensAt: null,
    registrationClosesAt: null,
  },
): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(EventPage);
  fixture.componentRef.setInput('id', String(event.id));
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const http = TestBed.inject(HttpTestingController);
  http.expectOne(`/api/events/${event.id}`).flush(event);
  // The registration call to action asks whether registration is open once the event is on screen.
  await new Promise((resolve) => setTimeout(resolve, 0));
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve, 0));
  http.expectOne(`/api/events/${event.id}/availability`).flush(availability);
  await fixture.whenStable();
  return fixture.nativeElement;
}

describe('EventPage', () => {
  it('shows when in UK time, where, access, who runs it, speakers and the calendar file', async () => {
    const page = await render(anEvent());
    expect(page.querySelector('h1')?.textContent).toBe('Procurement reform roundtable');
    expect(page.querySelector('[data-testid=event-when]')?.textContent?.trim()).toBe(
      'Wednesday 9 July 2025, 10am to 12pm',
    );
    expect(page.textContent).toContain('SW1P 3HZ');
    expect(page.textContent).toContain('Step-free entrance.');
    expect(page.textContent).toContain('Local Government Association with techUK');
    expect(page.textContent).toContain('by invitation');
    const paragraphs = Array.from(page.querySelectorAll('p.govuk-body')).filter(
      (paragraph) => !paragraph.closest('epm-event-registration'),
    );
    expect(paragraphs[0]?.textContent).toBe('Step-free entrance.');
    expect(page.querySelector('a[download]')?.getAttribute('href')).toBe('/api/events/7/event.ics');
  });

  it('says plainly that a cancelled event is cancelled, and why, without a calendar file', async () => {
    const page = await render(
      anEvent({
        status: 'cancelled',
        cancellationReason: 'The speaker is unwell.',
      }),
    );
    expect(page.querySelector('[data-testid=cancelled-banner]')?.textContent).toContain('The speaker is unwell.');
    expect(page.querySelector('a[download]')).toBeNull();
  });

  it('formats the description in the Markdown subset, its headings under "About this event", HTML as text', async () => {
    const page = await render(
      anEvent({
        description: 'Join us.\n\n## Agenda\n- **10am** welcome\n- [Slides](https://example.com/s)\n\n<b>not bold</b>',
      }),
    );
    const description = page.querySelector('[data-testid=event-description]');
    expect(description?.querySelector('h3.govuk-heading-m')?.textContent?.trim()).toBe('Agenda');
    expect(description?.querySelector('ul.govuk-list--bullet strong')?.textContent).toBe('10am');
    expect(description?.querySelector('a.govuk-link')?.getAttribute('href')).toBe('https://example.com/s');
    expect(description?.querySelector('b')).toBeNull();
    expect(description?.textContent).toContain('<b>not bold</b>');
  });

  it('offers registration below the facts, or says why it is closed', async () => {
    const open = await render(anEvent());
    const button = open.querySelector('[data-testid=event-registration] a.govuk-button--start');
    expect(button?.textContent?.trim()).toBe('Register');
    expect(button?.getAttribute('href')).toBe('/events/7/register');
    expect(open.querySelector('[data-testid=event-facts] + epm-event-registration')).not.toBeNull();
    TestBed.resetTestingModule();
    const cancelled = await render(anEvent({ status: 'cancelled' }), {
      state: 'unavailable',
      placesLeft: null,
      registrationOpensAt: null,
      registrationClosesAt: null,
    });
    expect(cancelled.querySelector('[data-testid=registration-closed]')?.textContent?.trim()).toBe(
      'This event has been cancelled, so registration is closed.',
    );
    expect(cancelled.querySelector('a.govuk-button--start')).toBeNull();
  });
});

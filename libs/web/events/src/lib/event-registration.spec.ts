import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { EventAvailability, EventStatus } from '@epm/shared/contracts';
import { EventRegistration } from './event-registration';

async function render(
  availability: Partial<EventAvailability>,
  status: EventStatus = 'published',
): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(EventRegistration);
  fixture.componentRef.setInput('eventId', 7);
  fixture.componentRef.setInput('eventStatus', status);
  fixture.componentRef.setInput('eventStartsAt', '2098-06-02T09:00:00.000Z');
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve, 0));
  TestBed.inject(HttpTestingController)
    .expectOne('/api/events/7/availability')
    .flush({ state: 'open', placesLeft: null, registrationOpensAt: null, registrationClosesAt: null, ...availability });
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
  return fixture.nativeElement;
}

const button = (page: HTMLElement) => page.querySelector<HTMLAnchorElement>('[data-testid=register-button]');
const reason = (page: HTMLElement) => page.querySelector('[data-testid=registration-closed]')?.textContent?.trim();

describe('EventRegistration', () => {
  it('offers a start button to the registration form while places are open, with places left and the deadline', async () => {
    const page = await render({ state: 'open', placesLeft: 3, registrationClosesAt: '2026-05-19T17:00:00+01:00' });
    expect(button(page)?.textContent?.trim()).toBe('Register');
    expect(button(page)?.getAttribute('href')).toBe('/events/7/register');
    expect(button(page)?.classList).toContain('govuk-button--start');
    expect(page.textContent).toContain('3 places left.');
    expect(page.textContent).toContain('Registration closes on Tuesday 19 May 2026, 5pm (UK time).');
  });

  it('says nothing about places when there is no limit, nor about a deadline that is the start time', async () => {
    const page = await render({ state: 'open', placesLeft: null, registrationClosesAt: '2098-06-02T10:00:00+01:00' });
    expect(page.textContent).not.toContain('places left');
    expect(page.textContent).not.toContain('Registration closes');
  });

  it('offers the waiting list when full, and a request when organisers approve places', async () => {
    const full = await render({ state: 'waitlist', placesLeft: 0 });
    expect(button(full)?.textContent?.trim()).toBe('Join the waiting list');
    expect(full.textContent).toContain('This event is full.');
    TestBed.resetTestingModule();
    const approval = await render({ state: 'approval', placesLeft: 5 });
    expect(button(approval)?.textContent?.trim()).toBe('Request a place');
  });

  it('says why nobody can register, without a button', async () => {
    const cases: [Partial<EventAvailability>, EventStatus, string][] = [
      [
        { state: 'not-yet-open', registrationOpensAt: '2026-04-01T09:00:00+01:00' },
        'published',
        'Registration opens on Wednesday 1 April 2026, 9am (UK time).',
      ],
      [{ state: 'closed' }, 'registration-closed', 'Registration for this event has closed.'],
      [{ state: 'unavailable' }, 'cancelled', 'This event has been cancelled, so registration is closed.'],
      [{ state: 'closed' }, 'completed', 'This event has taken place.'],
    ];
    for (const [availability, status, text] of cases) {
      TestBed.resetTestingModule();
      const page = await render(availability, status);
      expect(button(page)).toBeNull();
      expect(reason(page)).toBe(text);
    }
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AttendanceEntry, EventStatus } from '@epm/shared/contracts';
import { aList, anEntry, anEvent, someCounts } from './attendance-testing';
import { CheckInPage } from './check-in-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const ADA = anEntry({ registrationId: 1, name: 'Ada Lovelace', organisation: 'Leeds City Council' });
const SAM = anEntry({
  registrationId: 2,
  name: 'Sam Okafor',
  organisation: 'Acme Digital',
  organisationType: 'supplier',
});
const WAITING = anEntry({
  registrationId: 3,
  name: 'Wen Li',
  organisation: 'Hackney Council',
  registrationStatus: 'waitlisted',
});

async function render(status: EventStatus = 'published', items: AttendanceEntry[] = [ADA, SAM, WAITING]) {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(CheckInPage);
  fixture.componentRef.setInput('eventId', '7');
  fixture.detectChanges();
  await settle();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/events/7').flush(anEvent({ status }));
  http.expectOne('/api/events/7/attendance').flush(aList(items, { confirmed: 2, notRecorded: 2 }));
  await settle();
  await fixture.whenStable();
  return { fixture, page: fixture.nativeElement as HTMLElement, http };
}

async function update(fixture: ComponentFixture<unknown>): Promise<void> {
  await settle();
  fixture.detectChanges();
  await fixture.whenStable();
}

function button(page: HTMLElement, selector: string): HTMLButtonElement {
  const found = page.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function type(page: HTMLElement, selector: string, value: string): void {
  const input = page.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const names = (page: HTMLElement) =>
  [...page.querySelectorAll('[data-testid=check-in-list] li')].map(
    (item) => item.querySelector('.govuk-body')?.textContent?.trim() ?? '',
  );
const text = (page: HTMLElement, testId: string) =>
  page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('CheckInPage', () => {
  it('shows the live count and everyone expected, filtered as you type', async () => {
    const { fixture, page } = await render();
    expect(text(page, 'check-in-counts')).toBe('0 of 2 checked in');
    expect(page.querySelector('[data-testid=check-in-counts]')?.getAttribute('aria-live')).toBe('polite');
    expect(names(page)).toEqual(['Ada Lovelace', 'Sam Okafor', 'Wen Li']);
    type(page, '#search', 'acme');
    await update(fixture);
    expect(names(page)).toEqual(['Sam Okafor']);
    type(page, '#search', 'council');
    await update(fixture);
    expect(names(page)).toEqual(['Ada Lovelace', 'Wen Li']);
    type(page, '#search', 'nobody here');
    await update(fixture);
    expect(text(page, 'nobody')).toBe('Nobody matches that search.');
  });

  it('checks someone in with one tap, shows when, counts it, and undoes it', async () => {
    const { fixture, page, http } = await render();
    const checkIn = button(page, '#check-in-1');
    expect(checkIn.textContent?.replace(/\s+/g, ' ').trim()).toBe('Check in Ada Lovelace');
    checkIn.click();
    const request = http.expectOne('/api/events/7/check-ins');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ registrationId: 1 });
    request.flush({
      entry: { ...ADA, attendance: 'attended', source: 'check-in', checkedInAt: '2026-07-09T09:02:00.000Z' },
      counts: someCounts({ confirmed: 2, attended: 1, notRecorded: 1 }),
    });
    await update(fixture);
    expect(text(page, 'check-in-counts')).toBe('1 of 2 checked in');
    // 09:02 UTC is 10:02 in British Summer Time.
    expect(page.querySelector('[data-testid=person-1] [data-testid=checked-in]')?.textContent?.trim()).toBe(
      'Checked in 10:02am',
    );
    expect(page.querySelector('#check-in-1')).toBeNull();

    button(page, '#undo-1').click();
    const undo = http.expectOne('/api/events/7/check-ins/1');
    expect(undo.request.method).toBe('DELETE');
    undo.flush({ entry: ADA, counts: someCounts({ confirmed: 2, attended: 0, notRecorded: 2 }) });
    await update(fixture);
    expect(text(page, 'check-in-counts')).toBe('0 of 2 checked in');
    expect(page.querySelector('#check-in-1')).not.toBeNull();
    expect(page.querySelector('#undo-1')).toBeNull();
  });

  it('shows a refusal from the API in the summary and in the person’s row', async () => {
    const { fixture, page, http } = await render();
    button(page, '#check-in-2').click();
    http.expectOne('/api/events/7/check-ins').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Sam Okafor is cancelled, not confirmed: give them a place before checking them in',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await update(fixture);
    expect(text(page, 'error-summary')).toContain('Sam Okafor is cancelled, not confirmed');
    expect(page.querySelector('[data-testid=error-summary] a')?.getAttribute('href')).toBe('#check-in-2');
    expect(page.querySelector('[data-testid=person-2] [data-testid=row-error]')?.textContent).toContain(
      'is cancelled, not confirmed',
    );
    expect(text(page, 'check-in-counts')).toBe('0 of 2 checked in');
  });

  it('offers no check-in button for someone without a confirmed place', async () => {
    const { page } = await render();
    expect(page.querySelector('#check-in-3')).toBeNull();
    expect(text(page, 'person-3')).toContain('Not confirmed (on the waitlist)');
  });

  it('checks in by a typed code however it is written, and says who it was', async () => {
    const { fixture, page, http } = await render();
    type(page, '#code', 'k7mx 3qpa');
    button(page, '[data-testid=code-form] button[type=submit]').click();
    await settle();
    const request = http.expectOne('/api/events/7/check-ins');
    expect(request.request.body).toEqual({ code: 'K7MX3QPA' });
    request.flush({
      entry: { ...SAM, attendance: 'attended', source: 'check-in', checkedInAt: '2026-07-09T09:05:00.000Z' },
      counts: someCounts({ confirmed: 2, attended: 1, notRecorded: 1 }),
    });
    await update(fixture);
    expect(text(page, 'notice')).toContain('Sam Okafor (Acme Digital) is checked in.');
    expect(page.querySelector<HTMLInputElement>('#code')?.value).toBe('');
    expect(text(page, 'check-in-counts')).toBe('1 of 2 checked in');
    expect(page.querySelector('#undo-2')).not.toBeNull();

    // The same code again: nothing changes, and the page says when they came.
    type(page, '#code', 'K7MX3QPA');
    button(page, '[data-testid=code-form] button[type=submit]').click();
    await settle();
    http.expectOne('/api/events/7/check-ins').flush({
      entry: { ...SAM, attendance: 'attended', source: 'check-in', checkedInAt: '2026-07-09T09:05:00.000Z' },
      counts: someCounts({ confirmed: 2, attended: 1, notRecorded: 1 }),
    });
    await update(fixture);
    expect(text(page, 'notice')).toContain('Sam Okafor (Acme Digital) was already checked in, at 10:05am.');
  });

  it('says a code is the wrong shape without asking the API, and shows the API’s answer for an unknown one', async () => {
    const { fixture, page, http } = await render();
    type(page, '#code', 'K7MX');
    button(page, '[data-testid=code-form] button[type=submit]').click();
    await update(fixture);
    http.expectNone('/api/events/7/check-ins');
    expect(page.querySelector('#code-error')?.textContent).toContain('Enter the 8 letters and numbers from the email');
    expect(page.querySelector('#code')?.getAttribute('aria-describedby')).toBe('code-hint code-error');

    type(page, '#code', 'ZZZZ ZZZZ');
    button(page, '[data-testid=code-form] button[type=submit]').click();
    await settle();
    http.expectOne('/api/events/7/check-ins').flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Check the highlighted fields',
        errors: { code: ['No registration for this event matches'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await update(fixture);
    expect(page.querySelector('#code-error')?.textContent).toContain('No registration for this event matches');
    expect(page.querySelector('[data-testid=error-summary] a')?.getAttribute('href')).toBe('#code');
  });

  it('offers no check-in for a cancelled event, but still shows who was there', async () => {
    const { page } = await render('cancelled', [ADA]);
    expect(text(page, 'check-in-closed')).toContain('cancelled');
    expect(page.querySelector('[data-testid=code-form]')).toBeNull();
    expect(page.querySelector('#check-in-1')).toBeNull();
    expect(names(page)).toEqual(['Ada Lovelace']);
  });

  it('says so when the event is not the organiser’s', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('eventId', '8');
    fixture.detectChanges();
    await settle();
    const http = TestBed.inject(HttpTestingController);
    const notFound = { statusCode: 404, error: 'Not Found', message: 'No such event' };
    http.expectOne('/api/events/8').flush(notFound, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/events/8/attendance').flush(notFound, { status: 404, statusText: 'Not Found' });
    await update(fixture);
    expect(fixture.nativeElement.querySelector('h1')?.textContent).toBe('Check-in not found');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { RegistrationListResponse } from '@epm/shared/contracts';
import { OrganiserRegistrationsPage } from './organiser-registrations-page';
import { aList, anEvent, aRegistration } from './organiser-testing';

const confirmed = aRegistration({ id: 1 });
const waiting = aRegistration({
  id: 2,
  name: 'Tom Reed',
  status: 'waitlisted',
  waitlistPosition: 1,
  organisationType: 'supplier',
  council: null,
  organisationName: 'Acme Digital',
  supplierSize: 'sme',
  accessibilityNeeds: 'Captions',
});
const pending = aRegistration({ id: 3, name: 'Ana Costa', status: 'pending' });

interface Rendered {
  fixture: ComponentFixture<OrganiserRegistrationsPage>;
  page: HTMLElement;
  http: HttpTestingController;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render(
  query: { status?: string; q?: string; page?: string } = {},
  list = aList([confirmed, waiting, pending]),
): Promise<Rendered> {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(OrganiserRegistrationsPage);
  fixture.componentRef.setInput('eventId', '7');
  for (const [key, value] of Object.entries(query)) fixture.componentRef.setInput(key, value);
  fixture.detectChanges();
  await settle();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/events/7').flush(anEvent());
  listRequest(http).flush(list);
  await fixture.whenStable();
  return { fixture, page: fixture.nativeElement, http };
}

function listRequest(http: HttpTestingController): TestRequest {
  return http.expectOne((request) => request.url === '/api/events/7/registrations');
}

function row(page: HTMLElement, id: number): HTMLElement {
  const found = page.querySelector<HTMLElement>(`[data-testid=registration-${id}]`);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((element) => element.textContent?.trim().startsWith(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function respond(
  fixture: ComponentFixture<unknown>,
  request: TestRequest,
  body: object,
  status = 200,
): Promise<void> {
  if (status >= 400) request.flush(body, { status, statusText: 'Error' });
  else request.flush(body);
  // Not whenStable: a successful action reloads the list, and that request stays open until the test answers it.
  await settle();
  fixture.detectChanges();
  await settle();
}

describe('OrganiserRegistrationsPage', () => {
  it('shows the counts, and each person with their organisation, status and the decisions that fit', async () => {
    const { page } = await render();
    expect(page.querySelector('[data-testid=count-confirmed]')?.textContent?.trim()).toBe(
      '2 of 2 places confirmed: full',
    );
    expect(page.querySelector('[data-testid=count-waitlisted]')?.textContent?.trim()).toBe('1');
    expect(page.querySelector('[data-testid=count-pending]')?.textContent?.trim()).toBe('1');
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('3 people');
    expect(row(page, 1).textContent).toContain('Leeds City Council');
    expect(row(page, 2).textContent).toContain('Technology supplier, SME');
    expect(row(page, 2).querySelector('[data-testid=waitlist-position]')?.textContent).toContain('Number 1 in line');
    expect(row(page, 2).textContent).toContain('Accessibility');
    const actions = (id: number) =>
      [...row(page, id).querySelectorAll('button')].map((element) => element.textContent?.trim().split(' ')[0]);
    expect(actions(1)).toEqual(['Cancel']);
    expect(actions(2)).toEqual(['Give', 'Cancel']);
    expect(actions(3)).toEqual(['Approve', 'Decline', 'Cancel']);
    expect(page.querySelector('[data-testid=csv-link]')?.getAttribute('href')).toBe('/api/events/7/registrations.csv');
  });

  it('asks the API for the status, search and page in the address', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(OrganiserRegistrationsPage);
    fixture.componentRef.setInput('eventId', '7');
    fixture.componentRef.setInput('status', 'waitlisted');
    fixture.componentRef.setInput('q', ' acme ');
    fixture.componentRef.setInput('page', '2');
    fixture.detectChanges();
    await settle();
    const http = TestBed.inject(HttpTestingController);
    const request = listRequest(http);
    expect(request.request.params.get('status')).toBe('waitlisted');
    expect(request.request.params.get('q')).toBe('acme');
    expect(request.request.params.get('page')).toBe('2');
  });

  it('ignores a status the API does not know', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(OrganiserRegistrationsPage);
    fixture.componentRef.setInput('eventId', '7');
    fixture.componentRef.setInput('status', 'everyone');
    fixture.detectChanges();
    await settle();
    expect(listRequest(TestBed.inject(HttpTestingController)).request.params.has('status')).toBe(false);
  });

  it('approves a pending request, says so, and fetches fresh counts', async () => {
    const { fixture, page, http } = await render();
    button(row(page, 3), 'Approve').click();
    const approve = http.expectOne('/api/registrations/3/approve');
    expect(approve.request.method).toBe('POST');
    await respond(fixture, approve, { ...pending, status: 'confirmed' });
    listRequest(http).flush(aList([confirmed, waiting, { ...pending, status: 'confirmed' }]));
    await fixture.whenStable();
    expect(page.querySelector('[data-testid=notice]')?.textContent).toContain('Ana Costa is approved and has a place.');
    // The news belongs to that list: another filter clears it.
    fixture.componentRef.setInput('status', 'pending');
    await settle();
    fixture.detectChanges();
    listRequest(http).flush(aList([]));
    await fixture.whenStable();
    expect(page.querySelector('[data-testid=notice]')).toBeNull();
  });

  it('asks before raising the capacity when the event is full, then promotes with it raised', async () => {
    const { fixture, page, http } = await render();
    button(row(page, 2), 'Give a place').click();
    const first = http.expectOne('/api/registrations/2/promote');
    expect(first.request.body).toEqual({});
    await respond(fixture, first, { statusCode: 409, error: 'Conflict', message: 'The event is full.' }, 409);
    expect(page.querySelector('[data-testid=registration-action]')?.textContent).toContain('The event is full.');
    expect(page.querySelector('[data-testid=error-summary]')).toBeNull();
    button(page, 'Raise the capacity by one').click();
    const second = http.expectOne('/api/registrations/2/promote');
    expect(second.request.body).toEqual({ raiseCapacity: true });
    await respond(fixture, second, { ...waiting, status: 'confirmed', waitlistPosition: null });
    listRequest(http).flush(aList([confirmed, { ...waiting, status: 'confirmed' }, pending]));
    await fixture.whenStable();
    expect(page.querySelector('[data-testid=notice]')?.textContent).toContain('one more place, and Tom Reed has it');
  });

  it('cancels on someone’s behalf with a reason, after confirming, and says their place passed on', async () => {
    const { fixture, page, http } = await render();
    button(row(page, 1), 'Cancel').click();
    await fixture.whenStable();
    expect(page.querySelector('h1')?.textContent).toContain("Cancel Priya Shah's registration");
    const reason = page.querySelector<HTMLTextAreaElement>('#note');
    if (!reason) throw new Error('no reason box');
    reason.value = 'Asked by phone';
    reason.dispatchEvent(new Event('input'));
    button(page, 'Yes, cancel the registration').click();
    const cancel = http.expectOne('/api/registrations/1/cancel');
    expect(cancel.request.body).toEqual({ reason: 'Asked by phone' });
    await respond(fixture, cancel, { ...confirmed, status: 'cancelled' });
    listRequest(http).flush(
      aList([{ ...confirmed, status: 'cancelled' }, { ...waiting, status: 'confirmed' }, pending]),
    );
    await fixture.whenStable();
    expect(page.querySelector('[data-testid=notice]')?.textContent).toContain(
      "Priya Shah's registration is cancelled. Their place went to the first person on the waitlist.",
    );
  });

  it('declines with an optional message, and shows the API’s complaint beside the box', async () => {
    const { fixture, page, http } = await render();
    button(row(page, 3), 'Decline').click();
    await fixture.whenStable();
    button(page, 'Decline the request').click();
    const decline = http.expectOne('/api/registrations/3/decline');
    expect(decline.request.body).toEqual({});
    await respond(
      fixture,
      decline,
      { statusCode: 422, error: 'x', message: 'x', errors: { message: ['Message must be 1000 characters or fewer'] } },
      422,
    );
    expect(page.querySelector('#note-error')?.textContent).toContain('Message must be 1000 characters or fewer');
    expect(page.querySelector('[data-testid=error-summary] a')?.getAttribute('href')).toBe('#note');
  });

  it('puts the filters into the address, from the first page', async () => {
    const { page } = await render();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const select = page.querySelector<HTMLSelectElement>('#status');
    const search = page.querySelector<HTMLInputElement>('#q');
    if (!select || !search) throw new Error('no filters');
    select.value = 'pending';
    select.dispatchEvent(new Event('change'));
    search.value = ' leeds ';
    search.dispatchEvent(new Event('input'));
    button(page, 'Apply filters').click();
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { status: 'pending', q: 'leeds', page: null } });
  });

  it('pages through a long list', async () => {
    const list: RegistrationListResponse = aList([confirmed], { total: 120, page: 2 });
    const { page } = await render({ page: '2' }, list);
    expect(page.querySelector('caption')?.textContent).toContain('120 people (page 2 of 3)');
    expect(page.querySelector('.govuk-pagination__prev a')).not.toBeNull();
    expect(page.querySelector('.govuk-pagination__next a')).not.toBeNull();
  });

  it('says so when the event is not one of the organiser’s', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(OrganiserRegistrationsPage);
    fixture.componentRef.setInput('eventId', '7');
    fixture.detectChanges();
    await settle();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/events/7').flush(anEvent());
    listRequest(http).flush(
      { statusCode: 404, error: 'Not Found', message: 'No such event' },
      { status: 404, statusText: 'Not Found' },
    );
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('h1')?.textContent).toBe('Registrations not found');
  });
});

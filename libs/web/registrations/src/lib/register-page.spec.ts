import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import type { EventAvailability, EventResponse } from '@epm/shared/contracts';
import { RegisterPage } from './register-page';
import { anAvailability, anEvent, nextRequest, pause } from './register-testing';

@Component({ template: '' })
class Blank {}

describe('RegisterPage', () => {
  let fixture: ComponentFixture<RegisterPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function render(event: EventResponse = anEvent(), availability: EventAvailability = anAvailability()) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Blank }])],
    });
    fixture = TestBed.createComponent(RegisterPage);
    http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('id', String(event.id));
    fixture.detectChanges();
    (await nextRequest(http, `/api/events/${event.id}`)).flush(event);
    (await nextRequest(http, `/api/events/${event.id}/availability`)).flush(availability);
    await pause();
    await fixture.whenStable();
  }

  function fill(id: string, value: string): void {
    const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function choose(id: string): Promise<void> {
    const radio = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!radio) throw new Error(`no #${id}`);
    radio.click();
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
  }

  async function fillAsSupplier(): Promise<void> {
    fill('name', 'Sam Okafor');
    fill('email', 'sam@acme.example');
    await choose('organisationType-supplier');
    fill('organisationName', 'Acme Digital Ltd');
    await choose('supplierSize');
    fill('jobTitle', 'Director');
  }

  const registration = (): TestRequest => http.expectOne('/api/events/7/registrations');

  it('names the event in the heading and the page title, and asks for names the way browsers can fill in', async () => {
    await render();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Register for Digital skills workshop');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Register for Digital skills workshop – Partnership events – LGA and techUK',
    );
    expect(element.querySelector('#name')?.getAttribute('autocomplete')).toBe('name');
    expect(element.querySelector('#email')?.getAttribute('autocomplete')).toBe('email');
    expect(element.querySelector('#jobTitle')?.getAttribute('autocomplete')).toBe('organization-title');
    expect(element.querySelector('button[type=submit]')?.textContent?.trim()).toBe('Register');
  });

  it('reveals only the follow-up question for the organisation type chosen', async () => {
    await render();
    expect(element.querySelector('#councilCode')).toBeNull();
    expect(element.querySelector('#organisationName')).toBeNull();
    await choose('organisationType');
    expect(element.querySelector('#councilCode')?.getAttribute('role')).toBe('combobox');
    expect(element.querySelector('#organisationName')).toBeNull();
    await choose('organisationType-supplier');
    expect(element.querySelector('#councilCode')).toBeNull();
    expect(element.querySelector('#organisationName')?.getAttribute('autocomplete')).toBe('organization');
    expect(Array.from(element.querySelectorAll('[name=supplierSize] + label'), (label) => label.textContent)).toEqual([
      'SME (fewer than 250 staff)',
      'Large (250 or more staff)',
    ]);
    await choose('organisationType-academia');
    expect(element.querySelector('#organisationName')).not.toBeNull();
    expect(element.querySelector('#supplierSize')).toBeNull();
  });

  it('asks about dietary needs only where food is served, and leaves the consents unticked', async () => {
    await render(anEvent({ format: 'online', venue: null }));
    expect(element.querySelector('#accessibilityNeeds')).not.toBeNull();
    expect(element.querySelector('#dietaryNeeds')).toBeNull();
    expect(element.querySelector<HTMLInputElement>('#consentFollowUp')?.checked).toBe(false);
    expect(element.querySelector<HTMLInputElement>('#consentFutureEvents')?.checked).toBe(false);
    expect(element.querySelector('[data-testid=privacy-notice] a')?.getAttribute('href')).toBe('/privacy');
  });

  it('shows every problem in the summary and beside its field before asking the server', async () => {
    await render();
    await choose('organisationType');
    await submit();
    http.expectNone('/api/events/7/registrations');
    const summary = element.querySelector('[data-testid=error-summary]');
    expect(
      Array.from(summary?.querySelectorAll('a') ?? [], (link) => [link.getAttribute('href'), link.textContent]),
    ).toEqual([
      ['#name', 'Enter your full name'],
      ['#email', 'Enter your email address'],
      ['#councilCode', 'Select your council from the list'],
      ['#jobTitle', 'Enter your job title'],
    ]);
    expect(element.querySelector('#councilCode-error')?.textContent).toContain('Select your council from the list');
    expect(document.activeElement).toBe(summary);
  });

  it('sends the answers with an idempotency key, and shows the confirmation with the status', async () => {
    await render();
    await fillAsSupplier();
    await submit();
    const request = registration();
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'Sam Okafor',
      email: 'sam@acme.example',
      organisationType: 'supplier',
      councilCode: null,
      organisationName: 'Acme Digital Ltd',
      supplierSize: 'sme',
      jobTitle: 'Director',
      accessibilityNeeds: null,
      dietaryNeeds: null,
      consentFollowUp: false,
      consentFutureEvents: false,
    });
    expect(request.request.headers.get('Idempotency-Key')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    request.flush({ status: 'waitlisted', waitlistPosition: 3 }, { status: 201, statusText: 'Created' });
    await pause();
    expect(TestBed.inject(Router).url).toBe('/events/7/registered?status=waitlisted&position=3');
  });

  it('sends the same key when the same answers are sent again, and a new one when they change', async () => {
    await render();
    await fillAsSupplier();
    await submit();
    const first = registration();
    first.error(new ProgressEvent('network'));
    await pause();
    await fixture.whenStable();
    await submit();
    const retry = registration();
    expect(retry.request.headers.get('Idempotency-Key')).toBe(first.request.headers.get('Idempotency-Key'));
    retry.flush(
      { statusCode: 422, error: 'Unprocessable Entity', message: 'x', errors: { email: ['Use another address'] } },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await pause();
    await fixture.whenStable();
    fill('email', 'sam.okafor@acme.example');
    await submit();
    expect(registration().request.headers.get('Idempotency-Key')).not.toBe(
      first.request.headers.get('Idempotency-Key'),
    );
  });

  it('shows the server’s field errors in the summary and beside the fields', async () => {
    await render();
    await fillAsSupplier();
    await submit();
    registration().flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Check your answers',
        errors: {
          email: ['Enter an email address in the correct format, like name@example.gov.uk'],
          organisationName: ['Organisation name must be 200 characters or fewer'],
        },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await pause();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=error-summary]')?.textContent).toContain(
      'Organisation name must be 200 characters or fewer',
    );
    expect(element.querySelector('#email-error')?.textContent).toContain(
      'Enter an email address in the correct format',
    );
    expect(element.querySelector('#organisationName-error')).not.toBeNull();
  });

  it('says clearly when registration closed while the form was open, instead of the form', async () => {
    await render();
    await fillAsSupplier();
    await submit();
    registration().flush(
      { statusCode: 409, error: 'Conflict', message: 'Registration for this event has closed' },
      { status: 409, statusText: 'Conflict' },
    );
    (await nextRequest(http, '/api/events/7')).flush(anEvent());
    (await nextRequest(http, '/api/events/7/availability')).flush(
      anAvailability({ state: 'closed', placesLeft: null }),
    );
    await pause();
    await fixture.whenStable();
    const refusal = element.querySelector<HTMLElement>('[data-testid=refusal]');
    expect(refusal?.textContent).toContain('Registration for this event has closed');
    expect(document.activeElement).toBe(refusal);
    expect(element.querySelector('[data-testid=error-summary]')).toBeNull();
    expect(element.querySelector('form')).toBeNull();
  });

  it('offers the waiting list when the event is full', async () => {
    await render(anEvent(), anAvailability({ state: 'waitlist', placesLeft: 0 }));
    expect(element.querySelector('[data-testid=register-state]')?.textContent).toContain('This event is full');
    expect(element.querySelector('button[type=submit]')?.textContent?.trim()).toBe('Join the waiting list');
  });

  it('asks for a place when organisers approve each one', async () => {
    await render(anEvent({ approvalRequired: true }), anAvailability({ state: 'approval' }));
    expect(element.querySelector('button[type=submit]')?.textContent?.trim()).toBe('Request a place');
  });

  it('says when registration opens, in UK time, and shows no form before then', async () => {
    await render(
      anEvent(),
      anAvailability({ state: 'not-yet-open', placesLeft: null, registrationOpensAt: '2026-04-01T09:00:00+01:00' }),
    );
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('[data-testid=register-state]')?.textContent?.trim()).toBe(
      'Registration opens on Wednesday 1 April 2026, 9am (UK time).',
    );
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { EventStatus } from '@epm/shared/contracts';
import { anEntry, anEvent, someCounts } from './attendance-testing';
import { hiddenFields, toWalkInInput, WalkInPage } from './walk-in-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render(status: EventStatus = 'published') {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(WalkInPage);
  fixture.componentRef.setInput('eventId', '7');
  fixture.detectChanges();
  await settle();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/events/7').flush(anEvent({ status }));
  await fixture.whenStable();
  return { fixture, page: fixture.nativeElement as HTMLElement, http };
}

function type(page: HTMLElement, selector: string, value: string): void {
  const input = page.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function click(page: HTMLElement, selector: string): void {
  const element = page.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  element.click();
}

async function submit(fixture: ComponentFixture<unknown>, page: HTMLElement): Promise<void> {
  click(page, 'button[type=submit]');
  await settle();
  fixture.detectChanges();
}

describe('WalkInPage', () => {
  it('registers and checks in a supplier, then goes back to check-in saying who', async () => {
    const { fixture, page, http } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type(page, '#name', ' Sam Okafor ');
    type(page, '#email', 'sam@acme.example');
    click(page, '#organisationType-supplier');
    await fixture.whenStable();
    type(page, '#organisationName', 'Acme Digital');
    click(page, '#supplierSize');
    type(page, '#jobTitle', 'Founder');
    await submit(fixture, page);
    const request = http.expectOne('/api/events/7/walk-ins');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'Sam Okafor',
      email: 'sam@acme.example',
      organisationType: 'supplier',
      councilCode: null,
      organisationName: 'Acme Digital',
      supplierSize: 'sme',
      jobTitle: 'Founder',
    });
    request.flush(
      {
        entry: anEntry({ registrationId: 9, name: 'Sam Okafor', attendance: 'attended', source: 'walk-in' }),
        counts: someCounts({ attended: 1 }),
      },
      { status: 201, statusText: 'Created' },
    );
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/organiser/events', '7', 'check-in'], {
      state: { notice: 'Sam Okafor is checked in as a walk-in.' },
    });
  });

  it('shows the API’s errors in the summary and beside the fields, but not for questions not on screen', async () => {
    const { fixture, page, http } = await render();
    await submit(fixture, page);
    http.expectOne('/api/events/7/walk-ins').flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Check your answers',
        errors: {
          jobTitle: ['Enter your job title'],
          email: ['Enter your email address'],
          name: ['Enter your full name'],
          organisationType: ['Select the type of organisation you work for'],
          organisationName: ['Enter the name of your organisation'],
        },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    fixture.detectChanges();
    const links = [...page.querySelectorAll('[data-testid=error-summary] a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['#name', '#email', '#organisationType', '#jobTitle']);
    expect(page.querySelector('#email-error')?.textContent).toContain('Enter your email address');
    expect(page.querySelector('#organisationType-error')?.textContent).toContain('Select the type of organisation');
  });

  it('sends only the chosen council’s code for a council officer', () => {
    expect(
      toWalkInInput({
        name: 'Ada',
        email: 'ada@leeds.gov.uk',
        organisationType: 'council',
        councilName: 'Leeds City Council',
        councilCode: 'E08000035',
        organisationName: 'typed before switching',
        supplierSize: 'large',
        jobTitle: 'Officer',
      }),
    ).toEqual({
      name: 'Ada',
      email: 'ada@leeds.gov.uk',
      organisationType: 'council',
      councilCode: 'E08000035',
      organisationName: null,
      supplierSize: null,
      jobTitle: 'Officer',
    });
    expect([...hiddenFields('')].sort()).toEqual(['councilCode', 'organisationName', 'supplierSize']);
    expect([...hiddenFields('supplier')]).toEqual(['councilCode']);
  });

  it('offers no form for a draft event', async () => {
    const { page } = await render('draft');
    expect(page.querySelector('[data-testid=walk-in-closed]')?.textContent).toContain('until the event is published');
    expect(page.querySelector('form')).toBeNull();
  });
});

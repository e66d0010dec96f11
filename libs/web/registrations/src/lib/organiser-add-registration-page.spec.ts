import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { addedNotice, OrganiserAddRegistrationPage } from './organiser-add-registration-page';
import { anEvent } from './organiser-testing';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render(format: 'in-person' | 'online' = 'in-person', status: 'published' | 'draft' = 'published') {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(OrganiserAddRegistrationPage);
  fixture.componentRef.setInput('eventId', '7');
  fixture.detectChanges();
  await settle();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/events/7').flush(anEvent({ format, status }));
  await fixture.whenStable();
  return { fixture, page: fixture.nativeElement as HTMLElement, http };
}

function type(page: HTMLElement, selector: string, value: string): void {
  const input = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
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

describe('OrganiserAddRegistrationPage', () => {
  it('sends a supplier with name and size, then returns to the list saying what happened', async () => {
    const { fixture, page, http } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type(page, '#name', 'Sam Okafor');
    type(page, '#email', 'sam@acme.example');
    click(page, '#organisationType-supplier');
    await fixture.whenStable();
    type(page, '#organisationName', 'Acme Digital');
    click(page, '#supplierSize');
    type(page, '#jobTitle', 'Speaker');
    type(page, '#dietaryNeeds', 'Vegan');
    await submit(fixture, page);
    const request = http.expectOne('/api/events/7/registrations/manual');
    expect(request.request.body).toMatchObject({
      name: 'Sam Okafor',
      email: 'sam@acme.example',
      organisationType: 'supplier',
      councilCode: null,
      organisationName: 'Acme Digital',
      supplierSize: 'sme',
      jobTitle: 'Speaker',
      dietaryNeeds: 'Vegan',
    });
    request.flush({ status: 'waitlisted', waitlistPosition: 2 });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/organiser/events', '7', 'registrations'], {
      state: { notice: 'The event is full: Sam Okafor is on the waitlist, number 2 in line.' },
    });
  });

  it('shows the API’s errors in the summary and beside the fields, but not for questions not on screen', async () => {
    const { fixture, page, http } = await render('online');
    expect(page.querySelector('#dietaryNeeds')).toBeNull();
    await submit(fixture, page);
    http.expectOne('/api/events/7/registrations/manual').flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Check your answers',
        errors: {
          jobTitle: ['Enter your job title'],
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
    expect(links).toEqual(['#name', '#organisationType', '#jobTitle']);
    expect(page.querySelector('#name-error')?.textContent).toContain('Enter your full name');
    expect(page.querySelector('#organisationType-error')?.textContent).toContain('Select the type of organisation');
  });

  it('offers no form for a draft event, which nobody can be added to yet', async () => {
    const { page } = await render('online', 'draft');
    expect(page.querySelector('[data-testid=add-closed]')?.textContent).toContain('once the event is published');
    expect(page.querySelector('form')).toBeNull();
  });

  it('words the outcome for each answer the API gives', () => {
    expect(addedNotice('Sam', { status: 'confirmed', waitlistPosition: null })).toBe(
      'Sam is registered and has a place.',
    );
    expect(addedNotice('Sam', { status: 'already-registered', waitlistPosition: null })).toContain(
      'already registered',
    );
  });
});

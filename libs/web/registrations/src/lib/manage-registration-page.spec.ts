import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { ManagedRegistration } from '@epm/shared/contracts';
import { ManageRegistrationPage } from './manage-registration-page';
import { aManagedRegistration, nextRequest, pause } from './register-testing';

const TOKEN = 'Abc_def-ghijklmnopqrstuvwxyz0123456789ABCDE';
const URL = `/api/registrations/manage/${TOKEN}`;

describe('ManageRegistrationPage', () => {
  let fixture: ComponentFixture<ManageRegistrationPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function settle(): Promise<void> {
    await pause();
    await fixture.whenStable();
  }

  async function render(registration: ManagedRegistration | number = aManagedRegistration()): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    fixture = TestBed.createComponent(ManageRegistrationPage);
    http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('token', TOKEN);
    fixture.detectChanges();
    const request = await nextRequest(http, URL);
    if (typeof registration === 'number') {
      request.flush(
        { statusCode: registration, error: 'Error', message: 'No such registration' },
        { status: registration, statusText: 'Error' },
      );
    } else {
      request.flush(registration);
    }
    await settle();
  }

  const button = (name: string): HTMLButtonElement => {
    const found = Array.from(element.querySelectorAll('button')).find((item) => item.textContent?.trim() === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  const detail = (label: string) =>
    Array.from(element.querySelectorAll('[data-testid=your-details] .govuk-summary-list__row'))
      .find((row) => row.querySelector('dt')?.textContent === label)
      ?.querySelector('.govuk-summary-list__value')
      ?.textContent?.trim();

  it('shows the status, the event in UK time, the joining link, the calendar invite and the details', async () => {
    await render();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Your registration');
    expect(element.querySelector('[data-testid=registration-status]')?.textContent?.trim()).toBe('Confirmed');
    expect(element.querySelector('[data-testid=registration-when]')?.textContent?.trim()).toBe(
      'Tuesday 20 May 2098, 10am to 12:30pm',
    );
    expect(element.querySelector('[data-testid=joining-link]')?.getAttribute('href')).toBe('https://meet.example/abc');
    expect(element.querySelector('[data-testid=add-to-calendar]')?.getAttribute('href')).toBe(`${URL}/invite.ics`);
    expect(detail('Council')).toBe('Leeds City Council');
    expect(detail('Dietary needs')).toBe('Vegetarian');
    expect(detail('News of future events')).toBe('Yes');
  });

  it('never puts the token in the page title', async () => {
    await render();
    button('Cancel registration').click();
    await settle();
    expect(TestBed.inject(Title).getTitle()).toBe('Cancel your registration – Partnership events – LGA and techUK');
    expect(TestBed.inject(Title).getTitle()).not.toContain(TOKEN);
  });

  it('shows a waiting list place with its position, and no calendar invite', async () => {
    await render(aManagedRegistration({ status: 'waitlisted', waitlistPosition: 2, event: { joiningUrl: null } }));
    expect(element.querySelector('[data-testid=registration-status]')?.parentElement?.textContent).toContain(
      'number 2 in the queue',
    );
    expect(element.querySelector('[data-testid=add-to-calendar]')).toBeNull();
  });

  it('answers an unknown or deleted link with a friendly page', async () => {
    await render(404);
    expect(element.querySelector('h1')?.textContent).toBe('This link is not valid');
    expect(TestBed.inject(Title).getTitle()).toBe('This link is not valid – Partnership events – LGA and techUK');
  });

  it('answers a link cut short (not a token at all, 422) with the same page', async () => {
    await render(422);
    expect(element.querySelector('h1')?.textContent).toBe('This link is not valid');
  });

  it('changes details from a form filled in with them, then says so', async () => {
    await render();
    const changeJobTitle = Array.from(element.querySelectorAll<HTMLAnchorElement>('[data-testid=your-details] a')).find(
      (link) => link.textContent === 'Change job title',
    );
    changeJobTitle?.click();
    await settle();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Change your details');
    expect(element.querySelector('#email')).toBeNull();
    const jobTitle = element.querySelector<HTMLInputElement>('#jobTitle');
    expect(document.activeElement).toBe(jobTitle);
    expect(element.querySelector<HTMLInputElement>('#councilCode')?.value).toBe('Leeds City Council');
    expect(element.querySelector<HTMLTextAreaElement>('#dietaryNeeds')?.value).toBe('Vegetarian');
    if (!jobTitle) throw new Error('no job title');
    jobTitle.value = 'Chief Digital Officer';
    jobTitle.dispatchEvent(new Event('input'));
    button('Save changes').click();
    await settle();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({
      jobTitle: 'Chief Digital Officer',
      councilCode: 'E08000035',
      dietaryNeeds: 'Vegetarian',
    });
    expect(request.request.body).not.toHaveProperty('email');
    request.flush(aManagedRegistration({ jobTitle: 'Chief Digital Officer' }));
    await settle();
    expect(element.querySelector('[data-testid=notice]')?.textContent).toContain('Your details have been updated.');
    expect(detail('Job title')).toBe('Chief Digital Officer');
    expect(document.activeElement?.id).toBe('notice-focus');
  });

  it('cancels after asking, with the optional reason, and shows the cancelled status', async () => {
    await render();
    button('Cancel registration').click();
    await settle();
    const heading = element.querySelector('h1');
    expect(heading?.textContent?.trim()).toBe('Are you sure you want to cancel your registration?');
    expect(document.activeElement).toBe(heading);
    const reason = element.querySelector<HTMLTextAreaElement>('#reason');
    if (!reason) throw new Error('no reason');
    reason.value = 'Clash with a council meeting';
    reason.dispatchEvent(new Event('input'));
    button('Yes, cancel my registration').click();
    await settle();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('DELETE');
    expect(request.request.body).toEqual({ reason: 'Clash with a council meeting' });
    request.flush(aManagedRegistration({ status: 'cancelled', event: { joiningUrl: null } }));
    await settle();
    expect(element.querySelector('[data-testid=notice]')?.textContent).toContain('Your registration is cancelled.');
    expect(element.querySelector('[data-testid=registration-status]')?.textContent?.trim()).toBe('Cancelled');
    expect(() => button('Cancel registration')).toThrow();
    expect(element.querySelector('[data-testid=your-details] a')).toBeNull();
  });

  it('offers no changes or cancelling once the event has started, only deleting the data', async () => {
    await render(
      aManagedRegistration({ event: { startsAt: '2020-05-20T10:00:00+01:00', endsAt: '2020-05-20T12:30:00+01:00' } }),
    );
    expect(() => button('Cancel registration')).toThrow();
    expect(element.querySelector('[data-testid=your-details] a')).toBeNull();
    expect(button('Delete my data')).toBeTruthy();
  });

  it('keeps the registration when the person changes their mind', async () => {
    await render();
    button('Cancel registration').click();
    await settle();
    button('No, keep my registration').click();
    await settle();
    http.expectNone(URL);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Your registration');
  });

  it('deletes the data after explaining what goes and what stays', async () => {
    await render();
    button('Delete my data').click();
    await settle();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Are you sure you want to delete your data?');
    expect(element.textContent).toContain('a scrambled code made from your email address');
    expect(element.textContent).not.toContain('your organisation, council and job title');
    button('Yes, delete my data').click();
    await settle();
    const request = http.expectOne(`${URL}/erasure`);
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    const panel = element.querySelector('[data-testid=erased-panel]');
    expect(panel?.textContent?.trim()).toBe('Your data has been deleted');
    expect(document.activeElement).toBe(panel);
    expect(element.textContent).not.toContain('Priya Shah');
  });
});

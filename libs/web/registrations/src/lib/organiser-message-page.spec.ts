import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrganiserMessagePage } from './organiser-message-page';
import { aList, anEvent } from './organiser-testing';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(OrganiserMessagePage);
  fixture.componentRef.setInput('eventId', '7');
  fixture.detectChanges();
  await settle();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/events/7').flush(anEvent());
  const counts = http.expectOne((request) => request.url === '/api/events/7/registrations');
  expect(counts.request.params.get('pageSize')).toBe('1');
  counts.flush(
    aList([], { counts: { capacity: 2, confirmed: 2, waitlisted: 1, pending: 0, declined: 0, cancelled: 4 } }),
  );
  await fixture.whenStable();
  return { fixture, page: fixture.nativeElement as HTMLElement, http };
}

function type(page: HTMLElement, selector: string, value: string): void {
  const input = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function button(page: HTMLElement, name: string): HTMLButtonElement {
  const found = [...page.querySelectorAll('button')].find((element) => element.textContent?.trim().startsWith(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function update(fixture: ComponentFixture<unknown>): Promise<void> {
  await settle();
  fixture.detectChanges();
  await settle();
}

describe('OrganiserMessagePage', () => {
  it('starts with confirmed people chosen, counts characters, confirms the number of people, then sends', async () => {
    const { fixture, page, http } = await render();
    expect(page.querySelector<HTMLInputElement>('#statuses')?.checked).toBe(true);
    expect(page.querySelector('label[for=statuses]')?.textContent).toContain('Confirmed (2)');
    page.querySelector<HTMLInputElement>('#statuses-waitlisted')?.click();
    type(page, '#subject', 'Room change');
    type(page, '#body', 'We are in room 2.\n\nSee you there.');
    await update(fixture);
    expect(page.querySelector('[data-testid=body-count]')?.textContent?.trim()).toBe(
      'You have 4,967 characters remaining',
    );
    button(page, 'Continue').click();
    await update(fixture);
    expect(page.querySelector('h1')?.textContent).toContain('Send this message to 3 people?');
    expect(page.querySelectorAll('[data-testid=message-check] p').length).toBe(2);
    button(page, 'Send to 3 people').click();
    const send = http.expectOne('/api/events/7/messages');
    expect(send.request.body).toEqual({
      statuses: ['confirmed', 'waitlisted'],
      subject: 'Room change',
      body: 'We are in room 2.\n\nSee you there.',
    });
    send.flush({ queued: 3 });
    await update(fixture);
    expect(page.querySelector('[data-testid=notice]')?.textContent).toContain('3 messages queued');
  });

  it('does not ask to confirm a message with problems; it lists them', async () => {
    const { fixture, page, http } = await render();
    page.querySelector<HTMLInputElement>('#statuses')?.click();
    button(page, 'Continue').click();
    await update(fixture);
    const links = [...page.querySelectorAll('[data-testid=error-summary] a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['#statuses', '#subject', '#body']);
    http.expectNone('/api/events/7/messages');
  });

  it('goes back to the form with the API’s errors when it refuses the message', async () => {
    const { fixture, page, http } = await render();
    type(page, '#subject', 'Hello');
    type(page, '#body', 'Text');
    button(page, 'Continue').click();
    await update(fixture);
    button(page, 'Send to 2 people').click();
    http
      .expectOne('/api/events/7/messages')
      .flush(
        { statusCode: 422, error: 'x', message: 'x', errors: { subject: ['Subject must be 150 characters or fewer'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await update(fixture);
    expect(page.querySelector('#subject-error')?.textContent).toContain('Subject must be 150 characters or fewer');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RegisteredPage } from './registered-page';
import { anEvent, nextRequest, pause } from './register-testing';

async function render(status: string | undefined, position?: string): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(RegisteredPage);
  fixture.componentRef.setInput('id', '7');
  fixture.componentRef.setInput('status', status);
  fixture.componentRef.setInput('position', position);
  fixture.detectChanges();
  (await nextRequest(TestBed.inject(HttpTestingController), '/api/events/7')).flush(anEvent());
  await pause();
  await fixture.whenStable();
  return fixture.nativeElement;
}

const panelTitle = (page: HTMLElement) => page.querySelector('.govuk-panel__title')?.textContent?.trim();

describe('RegisteredPage', () => {
  it('confirms a place in a panel that takes focus, names the event and says an email is on its way', async () => {
    const page = await render('confirmed');
    expect(panelTitle(page)).toBe('Registration confirmed');
    expect(page.querySelector('.govuk-panel__body')?.textContent).toContain('Digital skills workshop');
    expect(document.activeElement).toBe(page.querySelector('[data-testid=registered-panel]'));
    expect(page.textContent).toContain('link to change or cancel your registration');
    // The factory's event is in person: no joining link to talk about.
    expect(page.textContent).toContain('We’ll send you a reminder before the event.');
    expect(page.textContent).not.toContain('joining link');
    expect(TestBed.inject(Title).getTitle()).toBe('Registration confirmed – Partnership events – LGA and techUK');
  });

  it('gives a waiting list place with its position', async () => {
    const page = await render('waitlisted', '3');
    expect(panelTitle(page)).toBe('You’re on the waiting list (position 3)');
  });

  it('says a request was received when organisers approve places', async () => {
    const page = await render('pending');
    expect(panelTitle(page)).toBe('Request received');
    expect(page.textContent).toContain('We’ll email you when they have decided');
  });

  it('reveals nothing about an earlier registration of the same address', async () => {
    for (const status of ['already-registered', undefined]) {
      TestBed.resetTestingModule();
      const page = await render(status);
      expect(panelTitle(page)).toBe('Check your email');
      expect(page.textContent).not.toMatch(/confirmed|waiting list|position/i);
    }
  });
});

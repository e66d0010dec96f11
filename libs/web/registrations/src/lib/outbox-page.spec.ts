import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OutboxMessagePage, textParagraphs } from './outbox-message-page';
import { OutboxPage } from './outbox-page';
import { anOutboxMessage } from './organiser-testing';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OutboxPage', () => {
  it('lists messages, shows why a failed one failed, and queues it again on request', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(OutboxPage);
    fixture.componentRef.setInput('status', 'failed');
    fixture.detectChanges();
    await settle();
    const http = TestBed.inject(HttpTestingController);
    const list = http.expectOne((request) => request.url === '/api/outbox');
    expect(list.request.params.get('status')).toBe('failed');
    const failed = anOutboxMessage({ id: 12, status: 'failed', attempts: 5, lastError: '421 Try again later' });
    list.flush({ items: [failed, anOutboxMessage()], total: 2, page: 1, pageSize: 50 });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-testid=outbox-12] [data-testid=last-error]')?.textContent).toContain(
      '421 Try again later',
    );
    expect(page.querySelectorAll('[data-testid=outbox-11] button').length).toBe(0);
    page.querySelector<HTMLButtonElement>('[data-testid=outbox-12] button')?.click();
    const resend = http.expectOne('/api/outbox/12/resend');
    expect(resend.request.method).toBe('POST');
    resend.flush({ ...failed, status: 'queued', attempts: 0 });
    await settle();
    http.expectOne((request) => request.url === '/api/outbox');
    fixture.detectChanges();
    expect(page.querySelector('[data-testid=notice]')?.textContent).toContain('queued to be sent again');
  });
});

describe('OutboxMessagePage', () => {
  it('shows who it is for, the invite method, the text as written, and the .eml download', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(OutboxMessagePage);
    fixture.componentRef.setInput('id', '11');
    fixture.detectChanges();
    await settle();
    TestBed.inject(HttpTestingController).expectOne('/api/outbox/11').flush(anOutboxMessage());
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-testid=message-to]')?.textContent).toContain('priya.shah@leeds.gov.uk');
    expect(page.querySelector('[data-testid=invite-method]')?.textContent).toContain('REQUEST');
    const paragraphs = page.querySelectorAll('[data-testid=message-text] p');
    expect(paragraphs.length).toBe(2);
    expect(paragraphs[1]?.querySelectorAll('br').length).toBe(1);
    expect(page.querySelector('[data-testid=eml-link]')?.getAttribute('href')).toBe('/api/outbox/11/message.eml');
    // Why a link in the text reads "[personal link removed]".
    expect(page.querySelector('[data-testid=personal-links-note]')?.textContent).toContain('[personal link removed]');
  });

  it('keeps line breaks and drops blank paragraphs', () => {
    expect(textParagraphs('Hello,\r\n\r\nLine one\nLine two  \n\n \n')).toEqual([['Hello,'], ['Line one', 'Line two']]);
  });
});

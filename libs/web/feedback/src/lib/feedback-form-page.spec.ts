import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import type { PublicFeedbackForm } from '@epm/shared/contracts';
import { FeedbackFormPage } from './feedback-form-page';
import { aPublicForm, pause } from './feedback-testing';

const TOKEN = 'Abc_def-ghijklmnopqrstuvwxyz0123456789ABCDE';
const URL = `/api/feedback/${TOKEN}`;

describe('FeedbackFormPage', () => {
  let fixture: ComponentFixture<FeedbackFormPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function settle(): Promise<void> {
    await pause();
    await fixture.whenStable();
  }

  async function render(form: PublicFeedbackForm | number = aPublicForm()): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    fixture = TestBed.createComponent(FeedbackFormPage);
    http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('token', TOKEN);
    fixture.detectChanges();
    await pause();
    const request = http.expectOne(URL);
    if (typeof form === 'number') {
      request.flush(
        { statusCode: form, error: 'Error', message: 'No such feedback link' },
        { status: form, statusText: 'Error' },
      );
    } else {
      request.flush(form);
    }
    await settle();
  }

  const heading = () => element.querySelector('h1')?.textContent?.trim();
  const choose = (id: string) => {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.click();
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid=send-feedback]')?.click();
    await settle();
  };

  it('asks each question with labelled scales, and names the questions it must have answered', async () => {
    await render();
    expect(heading()).toBe('Tell us what you thought');
    expect(element.querySelector('label[for=satisfaction]')?.textContent?.trim()).toBe('Very satisfied');
    expect(element.querySelector('label[for=recommend]')?.textContent?.trim()).toBe('0 (not at all likely)');
    await submit();
    http.expectNone(URL);
    const summary = Array.from(element.querySelectorAll('[data-testid=error-summary] a')).map((link) => [
      link.getAttribute('href'),
      link.textContent,
    ]);
    expect(summary).toEqual([
      ['#satisfaction', 'Select how satisfied you are with the event'],
      ['#usefulness', 'Select how useful the event was to you'],
      ['#recommend', 'Select how likely you are to recommend events like this one'],
      ['#intent', 'Select whether you will do something differently as a result'],
      ['#extraAnswers-0', 'Answer “How confident are you now?”'],
    ]);
    expect(element.querySelector('#satisfaction-error')?.textContent).toContain('Select how satisfied');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Error: Tell us what you thought – Partnership events – LGA and techUK',
    );
  });

  it('sends the answers and shows the confirmation panel', async () => {
    await render();
    choose('satisfaction-4');
    choose('usefulness');
    choose('recommend-9');
    choose('intent');
    await settle();
    const detail = element.querySelector<HTMLTextAreaElement>('#intentDetail');
    expect(detail).not.toBeNull();
    choose('extraAnswers-0-3');
    choose('themes');
    await submit();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      satisfaction: 4,
      usefulness: 5,
      recommend: 9,
      intent: 'yes',
      themes: ['cybersecurity'],
      extraAnswers: ['3'],
      quoteConsent: false,
    });
    request.flush({ survey: 'feedback', submittedAt: '2098-06-03T09:00:00+01:00' });
    await settle();
    expect(element.querySelector('[data-testid=sent-panel] h1')?.textContent?.trim()).toBe('Feedback sent');
  });

  it.each([
    ['responded', 'You have already sent your answers'],
    ['closed', 'This form has closed'],
    ['not-attended', 'This form is for people who came'],
    ['cancelled', 'Your registration was cancelled'],
  ] as const)('says plainly when the link is %s, with no form', async (state, text) => {
    await render(aPublicForm({ state }));
    expect(element.querySelector('[data-testid=feedback-state]')?.textContent?.trim()).toBe(text);
    expect(element.querySelector('form')).toBeNull();
  });

  it('says a link that is not found is not valid, and never puts the token in the title', async () => {
    await render(404);
    expect(heading()).toBe('This link is not valid');
    expect(TestBed.inject(Title).getTitle()).not.toContain(TOKEN);
  });

  it('asks the follow-up survey’s own question', async () => {
    await render(aPublicForm({ survey: 'follow-up' }));
    expect(heading()).toBe('Did the event make a difference?');
    expect(element.querySelector('#satisfaction')).toBeNull();
    await submit();
    expect(element.querySelector('[data-testid=error-summary] a')?.getAttribute('href')).toBe('#acted');
  });
});

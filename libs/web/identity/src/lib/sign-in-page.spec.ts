import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MeResponse } from '@epm/shared/contracts';
import { SignInPage } from './sign-in-page';

@Component({ template: '' })
class Blank {}

const organiser: MeResponse = {
  id: 2,
  email: 'tariq@techuk.example',
  displayName: 'Tariq',
  role: 'organiser',
  organisation: { code: 'techuk', name: 'techUK' },
  mfaEnabled: false,
  mfaEnrolmentRequired: false,
};

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Blank }])],
    });
    fixture = TestBed.createComponent(SignInPage);
    http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  function submit(email: string, password: string): void {
    const emailInput = element.querySelector<HTMLInputElement>('#email');
    const passwordInput = element.querySelector<HTMLInputElement>('#password');
    if (!emailInput || !passwordInput) throw new Error('form not rendered');
    emailInput.value = email;
    emailInput.dispatchEvent(new Event('input'));
    passwordInput.value = password;
    passwordInput.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
  }

  it('labels the fields for password managers', () => {
    expect(element.querySelector('#email')?.getAttribute('autocomplete')).toBe('username');
    expect(element.querySelector('#password')?.getAttribute('autocomplete')).toBe('current-password');
  });

  it('shows the API’s message in the error summary and beside the field', async () => {
    submit('tariq@techuk.example', 'wrong');
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Enter a correct email address and password',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=error-summary]')?.textContent).toContain(
      'Enter a correct email address and password',
    );
    expect(element.querySelector('#email-error')?.textContent).toContain('Enter a correct email address and password');
    expect(element.querySelectorAll('[id=email]')).toHaveLength(1);
    expect(element.querySelector('#email')?.getAttribute('aria-describedby')).toBe('email-error');
  });

  it('asks for the security code when the account has two-step verification', async () => {
    submit('tariq@techuk.example', 'right password here');
    http.expectOne('/api/auth/login').flush({ status: 'mfa-required' });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Enter your security code');
    expect(element.querySelector('#code')?.getAttribute('autocomplete')).toBe('one-time-code');
  });

  it('goes to the page it came from after signing in, and never to another site', async () => {
    const router = TestBed.inject(Router);
    fixture.componentRef.setInput('returnUrl', '//evil.example');
    submit('tariq@techuk.example', 'right password here');
    http.expectOne('/api/auth/login').flush({ status: 'signed-in', user: organiser });
    await fixture.whenStable();
    expect(router.url).toBe('/organiser');
  });
});

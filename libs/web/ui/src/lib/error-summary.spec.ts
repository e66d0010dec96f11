import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { ErrorSummary } from './error-summary';

describe('ErrorSummary', () => {
  it('prefixes the page title with "Error: " while it shows errors, once, and takes focus', async () => {
    const title = TestBed.inject(Title);
    title.setTitle('Sign in – Partnership events');
    const fixture = TestBed.createComponent(ErrorSummary);
    document.body.appendChild(fixture.nativeElement);
    fixture.componentRef.setInput('errors', [{ field: 'email', message: 'Enter your email address' }]);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Error: Sign in – Partnership events');
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);

    fixture.componentRef.setInput('errors', [{ field: 'password', message: 'Enter your password' }]);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Error: Sign in – Partnership events');

    fixture.componentRef.setInput('errors', []);
    await fixture.whenStable();
    expect(title.getTitle()).toBe('Sign in – Partnership events');
    fixture.nativeElement.remove();
  });
});

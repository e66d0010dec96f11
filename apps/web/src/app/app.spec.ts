import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { App } from './app';
import { SERVICE_TITLE } from '@epm/web/ui/display';
import { appConfig } from './app.config';

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: appConfig.providers });
  });

  it('puts the skip link first, pointing at the main content', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const first = element.querySelector('a');
    expect(first?.textContent).toBe('Skip to main content');
    expect(first?.getAttribute('href')).toBe('#main-content');
    expect(element.querySelector('main#main-content')).not.toBeNull();
  });

  it('names each page in the document title', async () => {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/privacy');
    await fixture.whenStable();
    expect(TestBed.inject(Title).getTitle()).toBe(`Privacy notice – ${SERVICE_TITLE}`);
  });

  it('moves focus to the main content after navigating', async () => {
    const fixture = TestBed.createComponent(App);
    document.body.appendChild(fixture.nativeElement);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    await fixture.whenStable();
    await router.navigateByUrl('/accessibility');
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('main-content');
    fixture.nativeElement.remove();
  });
});

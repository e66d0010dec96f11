import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Component } from '@angular/core';
import { SiteHeader } from './site-header';

@Component({ template: '' })
class Blank {}

describe('SiteHeader', () => {
  let fixture: ComponentFixture<SiteHeader>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: Blank },
          { path: 'privacy', component: Blank },
        ]),
      ],
    });
    fixture = TestBed.createComponent(SiteHeader);
    fixture.componentRef.setInput('organisationName', 'LGA and techUK');
    fixture.componentRef.setInput('serviceName', 'Partnership events');
    fixture.componentRef.setInput('navigation', [
      { label: 'Programme', link: '/' },
      { label: 'Privacy', link: '/privacy' },
      { label: 'API', link: '/api/docs', external: true },
    ]);
    await TestBed.inject(Router).navigateByUrl('/privacy');
    await fixture.whenStable();
  });

  it('shows the organisation and the service name', () => {
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.govuk-generic-header__homepage-link')?.textContent?.trim()).toBe('LGA and techUK');
    expect(element.querySelector('.govuk-service-navigation__service-name')?.textContent?.trim()).toBe(
      'Partnership events',
    );
  });

  it('marks only the current page with aria-current', () => {
    const current = Array.from(fixture.nativeElement.querySelectorAll('[aria-current="page"]')) as HTMLElement[];
    expect(current.map((link) => link.textContent?.trim())).toEqual(['Privacy']);
  });

  it('links external items with a plain href, outside the router', () => {
    const api = Array.from(fixture.nativeElement.querySelectorAll('a') as NodeListOf<HTMLAnchorElement>).find(
      (link) => link.textContent?.trim() === 'API',
    );
    expect(api?.getAttribute('href')).toBe('/api/docs');
  });
});

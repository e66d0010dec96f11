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
          { path: 'organiser', component: Blank },
          { path: 'organiser/outcomes', component: Blank },
          { path: 'organiser/events/:id', component: Blank },
        ]),
      ],
    });
    fixture = TestBed.createComponent(SiteHeader);
    fixture.componentRef.setInput('organisationName', 'LGA and techUK');
    fixture.componentRef.setInput('serviceName', 'Partnership events');
    fixture.componentRef.setInput('navigation', [
      { label: 'Programme', link: '/' },
      { label: 'Privacy', link: '/privacy' },
      { label: 'Organiser area', link: '/organiser' },
      { label: 'Outcomes', link: '/organiser/outcomes' },
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

  it('marks only the most specific item for a page under several', async () => {
    const current = async (url: string) => {
      await TestBed.inject(Router).navigateByUrl(url);
      await fixture.whenStable();
      return (Array.from(fixture.nativeElement.querySelectorAll('[aria-current="page"]')) as HTMLElement[]).map(
        (link) => link.textContent?.trim(),
      );
    };
    expect(await current('/organiser/outcomes')).toEqual(['Outcomes']);
    expect(await current('/organiser/events/7')).toEqual(['Organiser area']);
    expect(await current('/organiser?view=calendar')).toEqual(['Organiser area']);
    expect(await current('/')).toEqual(['Programme']);
  });

  it('links external items with a plain href, outside the router', () => {
    const api = Array.from(fixture.nativeElement.querySelectorAll('a') as NodeListOf<HTMLAnchorElement>).find(
      (link) => link.textContent?.trim() === 'API',
    );
    expect(api?.getAttribute('href')).toBe('/api/docs');
  });
});

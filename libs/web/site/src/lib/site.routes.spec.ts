import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet } from '@angular/router';
import { notFoundRoute, siteRoutes } from './site.routes';

@Component({ imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

async function render(url: string): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [provideRouter([...siteRoutes, notFoundRoute])],
  });
  const fixture = TestBed.createComponent(Host);
  await TestBed.inject(Router).navigateByUrl(url);
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement;
}

describe('site routes', () => {
  it.each([
    ['/privacy', 'Privacy notice'],
    ['/accessibility', 'Accessibility statement'],
    ['/no/such/page', 'Page not found'],
  ])('renders %s with the heading "%s"', async (url, heading) => {
    const page = await render(url);
    expect(page.querySelector('h1')?.textContent).toBe(heading);
  });

  it('gives every page one h1', async () => {
    for (const url of ['/privacy', '/accessibility', '/missing']) {
      TestBed.resetTestingModule();
      const page = await render(url);
      expect(page.querySelectorAll('h1')).toHaveLength(1);
    }
  });
});

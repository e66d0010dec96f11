import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CouncilReachPage } from './council-reach-page';
import { anImpactReport } from './reports-testing';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('CouncilReachPage', () => {
  it('shows councils reached against the total, by region and by council type, for the address’s filters', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CouncilReachPage);
    fixture.componentRef.setInput('organisation', 'lga');
    fixture.detectChanges();
    await tick();
    const request = http.expectOne((candidate) => candidate.url === '/api/reports/impact');
    expect(request.request.params.toString()).toBe('organisation=lga');
    request.flush(anImpactReport());
    await tick();
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(text(page.querySelector('[data-testid=figure-councils-value]'))).toBe('20 of 317');
    expect([...page.querySelectorAll('table caption')].map(text)).toEqual([
      'Councils reached by region',
      'Councils reached by council type',
    ]);
    const rows = [...page.querySelectorAll('[data-testid=councils-by-type] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map(text).slice(0, 4),
    );
    expect(rows).toEqual([
      ['County', '3', '21', '14%'],
      ['London borough', '10', '32', '31%'],
      ['Non-metropolitan district', '0', '164', '0%'],
      ['Unitary authority', '7', '63', '11%'],
    ]);
    expect(text(page.querySelector('[data-testid=councils-by-type-summary]'))).toContain('not yet reached');
    http.verify();
  });
});

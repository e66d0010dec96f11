import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CouncilsNotReachedResponse, Role } from '@epm/shared/contracts';
import { AuthService } from '@epm/web/identity';
import { CouncilReachPage } from './council-reach-page';
import { notReachedByRegion } from './report-charts';
import { anImpactReport } from './reports-testing';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const NOT_REACHED: CouncilsNotReachedResponse = {
  filters: { from: '2025-04-01', to: '2026-03-31', organisation: 'lga' },
  total: 317,
  notReached: 3,
  councils: [
    { gssCode: 'E06000015', name: 'Derby City Council', type: 'Unitary authority', region: 'East Midlands' },
    {
      gssCode: 'E07000032',
      name: 'Amber Valley Borough Council',
      type: 'Non-metropolitan district',
      region: 'East Midlands',
    },
    { gssCode: 'E06000001', name: 'Hartlepool Borough Council', type: 'Unitary authority', region: 'North East' },
  ],
};

async function openAs(role: Role) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: AuthService, useValue: { hasRole: (...roles: Role[]) => roles.includes(role) } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CouncilReachPage);
  fixture.componentRef.setInput('organisation', 'lga');
  fixture.detectChanges();
  await tick();
  const report = http.expectOne((candidate) => candidate.url === '/api/reports/impact');
  expect(report.request.params.toString()).toBe('organisation=lga');
  report.flush(anImpactReport());
  return { http, fixture, page: fixture.nativeElement as HTMLElement };
}

describe('CouncilReachPage', () => {
  it('shows the panel councils reached against the total, by region and by council type, and no list', async () => {
    const { http, fixture, page } = await openAs('reviewer');
    await tick();
    await fixture.whenStable();
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
    // Which councils were not reached is for organisers: the panel's page does not ask.
    expect(page.querySelector('[data-testid=not-reached]')).toBeNull();
    http.expectNone('/api/reports/councils/not-reached');
    http.verify();
  });

  it('lists organisers the councils not yet reached, by region, for the same filters', async () => {
    const { http, fixture, page } = await openAs('organiser');
    const list = http.expectOne((candidate) => candidate.url === '/api/reports/councils/not-reached');
    expect(list.request.params.toString()).toBe('organisation=lga');
    list.flush(NOT_REACHED);
    await tick();
    await fixture.whenStable();
    expect(text(page.querySelector('[data-testid=not-reached-count]'))).toBe('3 of 317 councils not yet reached.');
    const regions = [...page.querySelectorAll('[data-testid=not-reached-region]')];
    expect(regions.map((region) => text(region.querySelector('summary')))).toEqual([
      'East Midlands: 2 councils',
      'North East: 1 council',
    ]);
    expect([...(regions[0]?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      'Derby City Council (Unitary authority)',
      'Amber Valley Borough Council (Non-metropolitan district)',
    ]);
    http.verify();
  });

  it('groups councils by region in the API’s order', () => {
    expect(notReachedByRegion(NOT_REACHED).map((group) => [group.region, group.councils.length])).toEqual([
      ['East Midlands', 2],
      ['North East', 1],
    ]);
    expect(notReachedByRegion({ ...NOT_REACHED, notReached: 0, councils: [] })).toEqual([]);
  });
});

import { Component, input, numberAttribute } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Pagination } from './pagination';

/** A routed list page, as in the app: the links are relative to its route, its page and count from the query. */
@Component({
  imports: [Pagination],
  template: `<epm-pagination [page]="page()" [pages]="pages()" label="Pages of the outbox" />`,
})
class ListPage {
  readonly page = input(1, { transform: numberAttribute });
  readonly pages = input(1, { transform: numberAttribute });
}

describe('Pagination', () => {
  async function render(page: number, pages: number): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'list', component: ListPage }], withComponentInputBinding())],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/list?status=failed&page=${page}&pages=${pages}`, ListPage);
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  it('shows nothing for a single page', async () => {
    expect((await render(1, 1)).querySelector('nav')).toBeNull();
  });

  it('links to the previous and next pages, keeping the other filters, with a label for screen readers', async () => {
    const element = await render(2, 3);
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages of the outbox');
    const prev = element.querySelector('a[rel="prev"]')?.getAttribute('href');
    const next = element.querySelector('a[rel="next"]')?.getAttribute('href');
    // Page 1 is the list without a page number.
    expect(prev).toBe('/list?status=failed&pages=3');
    expect(next).toBe('/list?status=failed&page=3&pages=3');
  });

  it('has no previous link on the first page and no next link on the last', async () => {
    const first = await render(1, 2);
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelector('a[rel="next"]')).not.toBeNull();
  });

  it('has no next link on the last page', async () => {
    const last = await render(2, 2);
    expect(last.querySelector('a[rel="next"]')).toBeNull();
    expect(last.querySelector('a[rel="prev"]')).not.toBeNull();
  });
});

import { HttpEventType, HttpHeaders, HttpResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { downloadName, EvidencePack, progressText } from './evidence-pack';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('evidence pack wording', () => {
  it('names the file as the API does, or after the report', () => {
    const named = new HttpResponse({
      headers: new HttpHeaders({ 'Content-Disposition': 'attachment; filename="impact-2025-04-01-to-2026-03-31.pdf"' }),
    });
    expect(downloadName(named, 'pdf')).toBe('impact-2025-04-01-to-2026-03-31.pdf');
    expect(downloadName(new HttpResponse(), 'xlsx')).toBe('impact.xlsx');
  });

  it('says the file is being prepared, then how much has arrived', () => {
    expect(progressText('Evidence pack (PDF)', 0, undefined)).toBe('Preparing evidence pack (PDF)…');
    expect(progressText('Figures as CSV', 5000, undefined)).toBe('Downloading: 5 KB so far…');
    expect(progressText('Figures as CSV', 300, 2_048_000)).toBe('Downloading: 1 KB of 2,000 KB…');
  });
});

describe('EvidencePack', () => {
  let http: HttpTestingController;

  function open() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(EvidencePack);
    fixture.componentRef.setInput('filters', { from: '2025-04-01', to: '2026-03-31', theme: 'digital-skills' });
    fixture.detectChanges();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => http.verify());

  it('links each file to the same figures, for publication when asked', async () => {
    const { fixture, page } = open();
    const hrefs = () =>
      [...page.querySelectorAll<HTMLAnchorElement>('[data-testid=evidence-pack] a')].map((link) =>
        link.getAttribute('href'),
      );
    expect(hrefs()).toEqual([
      '/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31&theme=digital-skills',
      '/api/reports/impact.xlsx?from=2025-04-01&to=2026-03-31&theme=digital-skills',
      '/api/reports/impact.csv?from=2025-04-01&to=2026-03-31&theme=digital-skills',
    ]);
    const publication = page.querySelector<HTMLInputElement>('#publication');
    if (!publication) throw new Error('no publication checkbox');
    publication.click();
    await fixture.whenStable();
    expect(hrefs()[0]).toBe(
      '/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31&theme=digital-skills&publication=true',
    );
  });

  it('says the pack is being prepared, then saves it under the API’s name', async () => {
    const { fixture, page } = open();
    const created = jest.fn(() => 'blob:pack');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (this.href.startsWith('blob:')) expect(this.download).toBe('impact-2025-04-01-to-2026-03-31.pdf');
    });
    page
      .querySelector<HTMLAnchorElement>('[data-testid=download-pdf]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    await fixture.whenStable();
    expect(text(page.querySelector('[data-testid=download-status]'))).toBe('Preparing evidence pack (PDF)…');
    const request = http.expectOne('/api/reports/impact.pdf?from=2025-04-01&to=2026-03-31&theme=digital-skills');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7']), {
      headers: { 'Content-Disposition': 'attachment; filename="impact-2025-04-01-to-2026-03-31.pdf"' },
    });
    await tick();
    await fixture.whenStable();
    expect(created).toHaveBeenCalled();
    expect(clicked.mock.contexts.some((link) => (link as HTMLAnchorElement).href === 'blob:pack')).toBe(true);
    expect(text(page.querySelector('[data-testid=download-status]'))).toBe('Evidence pack (PDF) downloaded.');
    clicked.mockRestore();
  });

  it.each([
    ['pdf', 'Evidence pack (PDF)', 'evidence pack (PDF)'],
    ['xlsx', 'Figures as a spreadsheet (XLSX)', 'figures as a spreadsheet (XLSX)'],
    ['csv', 'Figures as CSV', 'figures as CSV'],
  ])(
    'tells screen readers, in a status region there from the start, how the %s download is going',
    async (format, label, lower) => {
      const { fixture, page } = open();
      Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:file'), revokeObjectURL: jest.fn() });
      const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      const status = page.querySelector('[data-testid=download-status]');
      expect(status?.getAttribute('role')).toBe('status');
      expect(text(status)).toBe('');
      page
        .querySelector<HTMLAnchorElement>(`[data-testid=download-${format}]`)
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
      await fixture.whenStable();
      expect(text(page.querySelector('[data-testid=download-status]'))).toBe(`Preparing ${lower}…`);
      const request = http.expectOne((candidate) => candidate.url.startsWith(`/api/reports/impact.${format}`));
      // A streamed file has no length known in advance: the page says how much has arrived so far.
      request.event({ type: HttpEventType.DownloadProgress, loaded: 40_960 });
      await fixture.whenStable();
      expect(text(page.querySelector('[data-testid=download-status]'))).toBe('Downloading: 40 KB so far…');
      request.flush(new Blob(['file']));
      await tick();
      await fixture.whenStable();
      expect(text(page.querySelector('[data-testid=download-status]'))).toBe(`${label} downloaded.`);
      // The same element all along, so the live region is not replaced while it speaks.
      expect(page.querySelector('[data-testid=download-status]')).toBe(status);
      clicked.mockRestore();
    },
  );

  it('says when a file could not be prepared', async () => {
    const { fixture, page } = open();
    page
      .querySelector<HTMLAnchorElement>('[data-testid=download-csv]')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    http
      .expectOne((request) => request.url.startsWith('/api/reports/impact.csv'))
      .flush(new Blob(['{}']), { status: 500, statusText: 'Internal Server Error' });
    await tick();
    await fixture.whenStable();
    expect(text(page.querySelector('[data-testid=download-status]'))).toBe(
      'Figures as CSV could not be prepared. Try again.',
    );
  });

  it('leaves a click that opens a new tab to the browser', () => {
    const { page } = open();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    page.querySelector('[data-testid=download-xlsx]')?.addEventListener('click', (event) => event.preventDefault());
    page.querySelector('[data-testid=download-xlsx]')?.dispatchEvent(click);
    http.expectNone((request) => request.url.startsWith('/api/reports/impact.xlsx'));
  });
});

import { DOCUMENT } from '@angular/common';
import { HttpEventType, type HttpResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import type { ReportFilters } from './report-filters';
import { type ExportFormat, ReportsApi } from './reports-api.service';

const FILES: { format: ExportFormat; label: string; description: string }[] = [
  {
    format: 'pdf',
    label: 'Evidence pack (PDF)',
    description: 'Headline figures, charts with their numbers, every figure as tables, and the methodology.',
  },
  {
    format: 'xlsx',
    label: 'Figures as a spreadsheet (XLSX)',
    description: 'A sheet per section, with the period, filters and definitions.',
  },
  { format: 'csv', label: 'Figures as CSV', description: 'One row per figure and breakdown, for analysis.' },
];

/** "impact-2025-04-01-to-2026-03-31.pdf" from the response's Content-Disposition, else a name of our own. */
export function downloadName(response: HttpResponse<unknown>, format: ExportFormat): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? `impact.${format}`;
}

/** "Preparing the evidence pack (PDF)…", then how much has arrived. */
export function progressText(label: string, received: number, total: number | undefined): string {
  if (received === 0) return `Preparing ${label.charAt(0).toLowerCase()}${label.slice(1)}…`;
  const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`;
  return total
    ? `Downloading: ${kilobytes(received)} of ${kilobytes(total)}…`
    : `Downloading: ${kilobytes(received)} so far…`;
}

/**
 * The evidence pack for the figures on screen, as PDF, spreadsheet or CSV. Each link is the file's real
 * address (it opens in a new tab, or copies, like any link); a plain click fetches it here instead, so the
 * page can say that it is being prepared while the server builds it.
 */
@Component({
  selector: 'epm-evidence-pack',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
      <div class="govuk-checkboxes__item">
        <input
          class="govuk-checkboxes__input"
          id="publication"
          name="publication"
          type="checkbox"
          aria-describedby="publication-hint"
          [checked]="publication()"
          (change)="setPublication($event)"
        />
        <label class="govuk-label govuk-checkboxes__label" for="publication">For publication</label>
        <div id="publication-hint" class="govuk-hint govuk-checkboxes__hint">
          Small counts of people (fewer than 5, unless the service is set otherwise) are hidden, and rates built on them
          are left out.
        </div>
      </div>
    </div>
    <ul class="govuk-list" data-testid="evidence-pack">
      @for (file of files; track file.format) {
        <li class="govuk-!-margin-bottom-3">
          <a
            class="govuk-link govuk-!-font-weight-bold"
            [href]="urlFor(file.format)"
            [attr.data-testid]="'download-' + file.format"
            (click)="download($event, file.format, file.label)"
            >{{ file.label }}</a
          >
          <span class="govuk-body-s govuk-!-display-block">{{ file.description }}</span>
        </li>
      }
    </ul>
    <div role="status" data-testid="download-status">
      @if (status(); as message) {
        <p class="govuk-body govuk-!-font-weight-bold">{{ message }}</p>
      }
    </div>
  `,
})
export class EvidencePack {
  /** The filters of the figures on screen. */
  readonly filters = input.required<ReportFilters>();

  private readonly api = inject(ReportsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly files = FILES;
  protected readonly publication = signal(false);
  protected readonly status = signal<string | null>(null);
  private running: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected urlFor(format: ExportFormat): string {
    return this.api.exportUrl(format, this.filters(), this.publication());
  }

  protected setPublication(event: Event): void {
    this.publication.set((event.target as HTMLInputElement).checked);
  }

  protected download(event: MouseEvent, format: ExportFormat, label: string): void {
    // A new tab, a new window or a download through the browser's own menu: leave it to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (this.running) return;
    this.status.set(progressText(label, 0, undefined));
    this.running = this.api.download(this.urlFor(format)).subscribe({
      next: (httpEvent) => {
        if (httpEvent.type === HttpEventType.DownloadProgress) {
          this.status.set(progressText(label, httpEvent.loaded, httpEvent.total));
        } else if (httpEvent.type === HttpEventType.Response && httpEvent.body) {
          this.save(httpEvent.body, downloadName(httpEvent, format));
          this.status.set(`${label} downloaded.`);
          this.running = null;
        }
      },
      error: () => {
        this.status.set(`${label} could not be prepared. Try again.`);
        this.running = null;
      },
    });
  }

  private save(file: Blob, name: string): void {
    const url = URL.createObjectURL(file);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = name;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Chromium starts the download from the address asynchronously: keep it for a moment.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

import { HttpClient, type HttpEvent, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CouncilsNotReachedResponse, ImpactReport } from '@epm/shared/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import type { ReportFilters } from './report-filters';

/** The review panel's figures: aggregates only, no personal data (GET /api/reports/impact). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** Without dates the API reports the latest programme year that has ended (else the current one). */
  impact(filters: ReportFilters): Promise<ImpactReport> {
    return firstValueFrom(this.http.get<ImpactReport>('/api/reports/impact', { params: params(filters) }));
  }

  /** One event's evidence: every figure counted on that event alone, and what it was (404 for a draft). */
  eventEvidence(id: number): Promise<ImpactReport> {
    return firstValueFrom(this.http.get<ImpactReport>('/api/reports/impact', { params: { event: id } }));
  }

  /** One objective's evidence: its events' figures, its outcomes, and its target against the actual. */
  objectiveEvidence(id: number): Promise<ImpactReport> {
    return firstValueFrom(this.http.get<ImpactReport>('/api/reports/impact', { params: { objective: id } }));
  }

  /** The evidence pack's address: the same figures as the page, as a file. */
  exportUrl(format: ExportFormat, filters: ReportFilters, publication: boolean): string {
    const query = params(publication ? { ...filters, publication: 'true' } : filters).toString();
    return `/api/reports/impact.${format}${query ? `?${query}` : ''}`;
  }

  /** The file, with progress events while it is prepared and sent (large exports stream). */
  download(url: string): Observable<HttpEvent<Blob>> {
    return this.http.get(url, { observe: 'events', reportProgress: true, responseType: 'blob' });
  }

  /** Councils nobody from came to a held event: organisers and administrators only (403 to the panel). */
  councilsNotReached(filters: ReportFilters): Promise<CouncilsNotReachedResponse> {
    return firstValueFrom(
      this.http.get<CouncilsNotReachedResponse>('/api/reports/councils/not-reached', { params: params(filters) }),
    );
  }
}

export type ExportFormat = 'pdf' | 'xlsx' | 'csv';

function params(filters: ReportFilters & { publication?: string }): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') result = result.set(key, value);
  }
  return result;
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CouncilsNotReachedResponse, ImpactReport } from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { ReportFilters } from './report-filters';

/** The review panel's figures: aggregates only, no personal data (GET /api/reports/impact). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** Without dates the API reports the latest programme year that has ended (else the current one). */
  impact(filters: ReportFilters): Promise<ImpactReport> {
    return firstValueFrom(this.http.get<ImpactReport>('/api/reports/impact', { params: params(filters) }));
  }

  /** Councils nobody from came to a held event: organisers and administrators only (403 to the panel). */
  councilsNotReached(filters: ReportFilters): Promise<CouncilsNotReachedResponse> {
    return firstValueFrom(
      this.http.get<CouncilsNotReachedResponse>('/api/reports/councils/not-reached', { params: params(filters) }),
    );
  }
}

function params(filters: ReportFilters): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') result = result.set(key, value);
  }
  return result;
}

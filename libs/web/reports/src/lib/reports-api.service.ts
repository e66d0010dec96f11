import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ImpactReport } from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { ReportFilters } from './report-filters';

/** The review panel's figures: aggregates only, no personal data (GET /api/reports/impact). */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** Without dates the API reports the latest programme year that has ended (else the current one). */
  impact(filters: ReportFilters): Promise<ImpactReport> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters)) {
      if (typeof value === 'string' && value !== '') params = params.set(key, value);
    }
    return firstValueFrom(this.http.get<ImpactReport>('/api/reports/impact', { params }));
  }
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { EventListResponse, EventResponse, TaxonomyResponse } from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';

export interface ProgrammeFilters {
  type?: string;
  theme?: string;
  from?: string;
  to?: string;
  page?: number;
}

@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  programme(filters: ProgrammeFilters): Promise<EventListResponse> {
    return firstValueFrom(
      this.http.get<EventListResponse>('/api/events', {
        params: params({ ...filters, pageSize: 50 }),
      }),
    );
  }

  event(id: number): Promise<EventResponse> {
    return firstValueFrom(this.http.get<EventResponse>(`/api/events/${id}`));
  }

  mine(status?: string): Promise<EventListResponse> {
    return firstValueFrom(
      this.http.get<EventListResponse>('/api/organiser/events', {
        params: params({ status, pageSize: 100 }),
      }),
    );
  }

  taxonomy(): Promise<TaxonomyResponse> {
    return firstValueFrom(this.http.get<TaxonomyResponse>('/api/taxonomy'));
  }
}

function params(values: Record<string, string | number | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') result = result.set(key, value);
  }
  return result;
}

/** Today's date on the UK calendar, YYYY-MM-DD. */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

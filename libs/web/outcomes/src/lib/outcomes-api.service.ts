import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  EventListResponse,
  EventResponse,
  OutcomeKind,
  OutcomeListResponse,
  OutcomeResponse,
  OutcomeStatus,
  ProgrammeResponse,
} from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { OutcomeRequest } from './outcome-form-model';

export interface OutcomeFilters {
  kind?: OutcomeKind;
  status?: OutcomeStatus;
  eventId?: number;
  page?: number;
}

/** The outcome log's requests, and the programme years and events an outcome links to. */
@Injectable({ providedIn: 'root' })
export class OutcomesApi {
  private readonly http = inject(HttpClient);

  list(filters: OutcomeFilters, pageSize = 50): Promise<OutcomeListResponse> {
    return firstValueFrom(
      this.http.get<OutcomeListResponse>('/api/outcomes', { params: params({ ...filters, pageSize }) }),
    );
  }

  outcome(id: number): Promise<OutcomeResponse> {
    return firstValueFrom(this.http.get<OutcomeResponse>(`/api/outcomes/${id}`));
  }

  create(request: OutcomeRequest): Promise<OutcomeResponse> {
    return firstValueFrom(this.http.post<OutcomeResponse>('/api/outcomes', request));
  }

  update(id: number, request: OutcomeRequest): Promise<OutcomeResponse> {
    return firstValueFrom(this.http.patch<OutcomeResponse>(`/api/outcomes/${id}`, request));
  }

  event(id: number): Promise<EventResponse> {
    return firstValueFrom(this.http.get<EventResponse>(`/api/events/${id}`));
  }

  /**
   * The events the organiser manages (every event for administrators), the
   * first 100 in date order, optionally between two UK dates, both included.
   */
  events(range: { from?: string; to?: string } = {}): Promise<EventListResponse> {
    return firstValueFrom(
      this.http.get<EventListResponse>('/api/organiser/events', { params: params({ ...range, pageSize: 100 }) }),
    );
  }

  programmes(): Promise<ProgrammeResponse[]> {
    return firstValueFrom(this.http.get<ProgrammeResponse[]>('/api/programme'));
  }
}

function params(values: Record<string, string | number | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') result = result.set(key, value);
  }
  return result;
}

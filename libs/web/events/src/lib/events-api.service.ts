import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  EventAvailability,
  EventInput,
  EventListResponse,
  EventResponse,
  ObjectiveInput,
  ObjectiveResponse,
  ProgrammeInput,
  ProgrammeResponse,
  SeriesRequest,
  SeriesResponse,
  TaxonomyResponse,
} from '@epm/shared/contracts';
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

  /** Whether the public can register now, and if not, why. */
  availability(id: number): Promise<EventAvailability> {
    return firstValueFrom(this.http.get<EventAvailability>(`/api/events/${id}/availability`));
  }

  /** `from` and `to` are UK dates (YYYY-MM-DD), both included. */
  mine(
    filters: { status?: string; type?: string; theme?: string; organisation?: string; from?: string; to?: string } = {},
  ): Promise<EventListResponse> {
    return firstValueFrom(
      this.http.get<EventListResponse>('/api/organiser/events', {
        params: params({ ...filters, pageSize: 100 }),
      }),
    );
  }

  create(input: EventInput): Promise<EventResponse> {
    return firstValueFrom(this.http.post<EventResponse>('/api/events', input));
  }

  createSeries(request: SeriesRequest): Promise<SeriesResponse> {
    return firstValueFrom(this.http.post<SeriesResponse>('/api/events/series', request));
  }

  update(id: number, input: Partial<EventInput>): Promise<EventResponse> {
    return firstValueFrom(this.http.patch<EventResponse>(`/api/events/${id}`, input));
  }

  /** publish, close-registration, complete or duplicate. */
  act(id: number, action: 'publish' | 'close-registration' | 'complete' | 'duplicate'): Promise<EventResponse> {
    return firstValueFrom(this.http.post<EventResponse>(`/api/events/${id}/${action}`, {}));
  }

  cancel(id: number, reason: string): Promise<EventResponse> {
    return firstValueFrom(this.http.post<EventResponse>(`/api/events/${id}/cancel`, { reason }));
  }

  addObjective(programmeId: number, input: ObjectiveInput): Promise<ObjectiveResponse> {
    return firstValueFrom(this.http.post<ObjectiveResponse>(`/api/programme/${programmeId}/objectives`, input));
  }

  updateObjective(
    programmeId: number,
    objectiveId: number,
    patch: Partial<ObjectiveInput>,
  ): Promise<ObjectiveResponse> {
    return firstValueFrom(
      this.http.patch<ObjectiveResponse>(`/api/programme/${programmeId}/objectives/${objectiveId}`, patch),
    );
  }

  updateProgramme(id: number, patch: Partial<ProgrammeInput>): Promise<ProgrammeResponse> {
    return firstValueFrom(this.http.patch<ProgrammeResponse>(`/api/programme/${id}`, patch));
  }

  addProgramme(input: ProgrammeInput): Promise<ProgrammeResponse> {
    return firstValueFrom(this.http.post<ProgrammeResponse>('/api/programme', input));
  }

  programmes(): Promise<ProgrammeResponse[]> {
    return firstValueFrom(this.http.get<ProgrammeResponse[]>('/api/programme'));
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

import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AttendanceChange,
  AttendanceEntry,
  AttendanceImportResult,
  AttendanceListResponse,
  CheckInRequest,
  CheckInResponse,
  EventResponse,
  MarkNoShowsResponse,
  RegistrationInput,
} from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';

export interface ImportOptions {
  dryRun: boolean;
  minimumMinutes: number;
  addUnmatched: boolean;
}

/**
 * Organisers' side of attendance. The API limits organisers to their own
 * organisation's events (anything else is a 404) and lets administrators see
 * everything; the app's interceptor adds the CSRF header to every write.
 */
@Injectable({ providedIn: 'root' })
export class AttendanceApi {
  private readonly http = inject(HttpClient);

  event(id: number): Promise<EventResponse> {
    return firstValueFrom(this.http.get<EventResponse>(`/api/events/${id}`));
  }

  list(eventId: number): Promise<AttendanceListResponse> {
    return firstValueFrom(this.http.get<AttendanceListResponse>(`/api/events/${eventId}/attendance`));
  }

  /** By a tap on someone in the list, or by the code from their email. Checking in twice changes nothing. */
  checkIn(eventId: number, request: CheckInRequest): Promise<CheckInResponse> {
    return firstValueFrom(this.http.post<CheckInResponse>(`/api/events/${eventId}/check-ins`, request));
  }

  undo(eventId: number, registrationId: number): Promise<CheckInResponse> {
    return firstValueFrom(this.http.delete<CheckInResponse>(`/api/events/${eventId}/check-ins/${registrationId}`));
  }

  walkIn(eventId: number, input: RegistrationInput): Promise<CheckInResponse> {
    return firstValueFrom(this.http.post<CheckInResponse>(`/api/events/${eventId}/walk-ins`, input));
  }

  change(eventId: number, registrationId: number, change: AttendanceChange): Promise<AttendanceEntry> {
    return firstValueFrom(
      this.http.patch<AttendanceEntry>(`/api/events/${eventId}/attendance/${registrationId}`, change),
    );
  }

  markNoShows(eventId: number): Promise<MarkNoShowsResponse> {
    return firstValueFrom(this.http.post<MarkNoShowsResponse>(`/api/events/${eventId}/attendance/no-shows`, {}));
  }

  /**
   * The report goes as the request body, byte for byte: Teams exports are
   * UTF-16, which only the API's parser reads right, so the browser must not
   * decode it as text first.
   */
  importReport(eventId: number, file: Blob, options: ImportOptions): Promise<AttendanceImportResult> {
    const params = new HttpParams()
      .set('dryRun', String(options.dryRun))
      .set('minimumMinutes', String(options.minimumMinutes))
      .set('addUnmatched', String(options.addUnmatched));
    return firstValueFrom(
      this.http.post<AttendanceImportResult>(`/api/events/${eventId}/attendance/import`, file, {
        params,
        headers: new HttpHeaders({ 'Content-Type': 'application/octet-stream' }),
      }),
    );
  }
}

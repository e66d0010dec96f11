import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  EventResponse,
  FeedbackFormSettings,
  FeedbackFormSettingsResponse,
  FeedbackImportResult,
  FeedbackReceipt,
  FeedbackRequestsResult,
  FeedbackResults,
  FeedbackSubmission,
  PublicFeedbackForm,
} from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * Feedback, both sides: the attendee's form behind the emailed link (no
 * account; the token is the credential), and the organisers' form settings,
 * results, requests and imports (their own organisation's events only).
 */
@Injectable({ providedIn: 'root' })
export class FeedbackApi {
  private readonly http = inject(HttpClient);

  publicForm(token: string): Promise<PublicFeedbackForm> {
    return firstValueFrom(this.http.get<PublicFeedbackForm>(feedbackUrl(token)));
  }

  submit(token: string, submission: FeedbackSubmission): Promise<FeedbackReceipt> {
    return firstValueFrom(this.http.post<FeedbackReceipt>(feedbackUrl(token), submission));
  }

  event(id: number): Promise<EventResponse> {
    return firstValueFrom(this.http.get<EventResponse>(`/api/events/${id}`));
  }

  form(eventId: number): Promise<FeedbackFormSettingsResponse> {
    return firstValueFrom(this.http.get<FeedbackFormSettingsResponse>(`/api/events/${eventId}/feedback/form`));
  }

  saveForm(eventId: number, settings: FeedbackFormSettings): Promise<FeedbackFormSettingsResponse> {
    return firstValueFrom(
      this.http.put<FeedbackFormSettingsResponse>(`/api/events/${eventId}/feedback/form`, settings),
    );
  }

  results(eventId: number): Promise<FeedbackResults> {
    return firstValueFrom(this.http.get<FeedbackResults>(`/api/events/${eventId}/feedback`));
  }

  sendRequests(eventId: number): Promise<FeedbackRequestsResult> {
    return firstValueFrom(this.http.post<FeedbackRequestsResult>(`/api/events/${eventId}/feedback/requests`, {}));
  }

  /** The file goes as the body, byte for byte, so the API can read UTF-16 exports too. */
  importFile(eventId: number, file: Blob, dryRun: boolean): Promise<FeedbackImportResult> {
    return firstValueFrom(
      this.http.post<FeedbackImportResult>(`/api/events/${eventId}/feedback/import`, file, {
        params: new HttpParams().set('dryRun', String(dryRun)),
        headers: new HttpHeaders({ 'Content-Type': 'text/csv' }),
      }),
    );
  }
}

export function feedbackUrl(token: string): string {
  return `/api/feedback/${encodeURIComponent(token)}`;
}

export function exportUrl(eventId: number): string {
  return `/api/events/${eventId}/feedback.csv`;
}

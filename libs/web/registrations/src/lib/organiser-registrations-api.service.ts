import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  EventResponse,
  OutboxListResponse,
  OutboxMessageDetail,
  OutboxMessageSummary,
  OutboxStatus,
  RegistrantMessageRequest,
  RegistrantMessageResponse,
  RegistrationInput,
  RegistrationListResponse,
  RegistrationReceipt,
  RegistrationResponse,
  RegistrationStatus,
} from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';

export interface RegistrationListQuery {
  status?: RegistrationStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface OutboxQuery {
  status?: OutboxStatus;
  page?: number;
  pageSize?: number;
}

/** Registrations pages' size: enough for a roundtable on one page, a webinar over a few. */
export const REGISTRATIONS_PAGE_SIZE = 50;
export const OUTBOX_PAGE_SIZE = 50;

/**
 * Organisers' side of registrations and the outbox. The API limits organisers
 * to their own organisation's events (anything else is a 404) and lets
 * administrators see everything.
 */
@Injectable({ providedIn: 'root' })
export class OrganiserRegistrationsApi {
  private readonly http = inject(HttpClient);

  event(id: number): Promise<EventResponse> {
    return firstValueFrom(this.http.get<EventResponse>(`/api/events/${id}`));
  }

  list(eventId: number, query: RegistrationListQuery = {}): Promise<RegistrationListResponse> {
    return firstValueFrom(
      this.http.get<RegistrationListResponse>(`/api/events/${eventId}/registrations`, {
        params: params({ pageSize: REGISTRATIONS_PAGE_SIZE, ...query }),
      }),
    );
  }

  /** Someone added by hand: confirmed if there is room, otherwise waitlisted; never pending. */
  add(eventId: number, input: RegistrationInput): Promise<RegistrationReceipt> {
    return firstValueFrom(this.http.post<RegistrationReceipt>(`/api/events/${eventId}/registrations/manual`, input));
  }

  approve(id: number): Promise<RegistrationResponse> {
    return firstValueFrom(this.http.post<RegistrationResponse>(`/api/registrations/${id}/approve`, {}));
  }

  decline(id: number, message: string): Promise<RegistrationResponse> {
    return firstValueFrom(
      this.http.post<RegistrationResponse>(`/api/registrations/${id}/decline`, message.trim() ? { message } : {}),
    );
  }

  cancel(id: number, reason: string): Promise<RegistrationResponse> {
    return firstValueFrom(
      this.http.post<RegistrationResponse>(`/api/registrations/${id}/cancel`, reason.trim() ? { reason } : {}),
    );
  }

  /** Answers 409 when the event is full, unless raiseCapacity makes the place. */
  promote(id: number, raiseCapacity = false): Promise<RegistrationResponse> {
    return firstValueFrom(
      this.http.post<RegistrationResponse>(
        `/api/registrations/${id}/promote`,
        raiseCapacity ? { raiseCapacity: true } : {},
      ),
    );
  }

  /** A plain link: the browser downloads it with the session cookie, and the API audits it. */
  csvUrl(eventId: number): string {
    return `/api/events/${eventId}/registrations.csv`;
  }

  message(eventId: number, request: RegistrantMessageRequest): Promise<RegistrantMessageResponse> {
    return firstValueFrom(this.http.post<RegistrantMessageResponse>(`/api/events/${eventId}/messages`, request));
  }

  outbox(query: OutboxQuery = {}): Promise<OutboxListResponse> {
    return firstValueFrom(
      this.http.get<OutboxListResponse>('/api/outbox', { params: params({ pageSize: OUTBOX_PAGE_SIZE, ...query }) }),
    );
  }

  outboxMessage(id: number): Promise<OutboxMessageDetail> {
    return firstValueFrom(this.http.get<OutboxMessageDetail>(`/api/outbox/${id}`));
  }

  emlUrl(id: number): string {
    return `/api/outbox/${id}/message.eml`;
  }

  resend(id: number): Promise<OutboxMessageSummary> {
    return firstValueFrom(this.http.post<OutboxMessageSummary>(`/api/outbox/${id}/resend`, {}));
  }
}

function params(values: Record<string, string | number | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') result = result.set(key, value);
  }
  return result;
}

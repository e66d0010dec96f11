import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CouncilSearchResponse,
  EventAvailability,
  EventResponse,
  ManagedRegistration,
  RegistrationChange,
  RegistrationInput,
  RegistrationReceipt,
} from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The attendee's side of registrations: no account, only the event id or the manage link's token. */
@Injectable({ providedIn: 'root' })
export class RegistrationsApi {
  private readonly http = inject(HttpClient);

  event(id: number): Promise<EventResponse> {
    return firstValueFrom(this.http.get<EventResponse>(`/api/events/${id}`));
  }

  availability(eventId: number): Promise<EventAvailability> {
    return firstValueFrom(this.http.get<EventAvailability>(`/api/events/${eventId}/availability`));
  }

  /** The same key for a retry of the same request makes the API give the same answer instead of registering twice. */
  register(eventId: number, input: RegistrationInput, idempotencyKey: string): Promise<RegistrationReceipt> {
    return firstValueFrom(
      this.http.post<RegistrationReceipt>(`/api/events/${eventId}/registrations`, input, {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    );
  }

  councils(query: string, limit = 10): Promise<CouncilSearchResponse> {
    return firstValueFrom(
      this.http.get<CouncilSearchResponse>('/api/councils', {
        params: new HttpParams().set('q', query).set('limit', limit),
      }),
    );
  }

  managed(token: string): Promise<ManagedRegistration> {
    return firstValueFrom(this.http.get<ManagedRegistration>(manageUrl(token)));
  }

  change(token: string, change: RegistrationChange): Promise<ManagedRegistration> {
    return firstValueFrom(this.http.patch<ManagedRegistration>(manageUrl(token), change));
  }

  cancel(token: string, reason: string): Promise<ManagedRegistration> {
    const body = reason.trim() ? { reason: reason.trim() } : {};
    return firstValueFrom(this.http.delete<ManagedRegistration>(manageUrl(token), { body }));
  }

  erase(token: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${manageUrl(token)}/erasure`, {}));
  }
}

export function manageUrl(token: string): string {
  return `/api/registrations/manage/${encodeURIComponent(token)}`;
}

/** A random (version 4) UUID. `crypto.randomUUID` exists only on HTTPS pages; `getRandomValues` everywhere. */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

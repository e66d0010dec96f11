import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AuditEventResponse,
  CreateUserRequest,
  OrganisationResponse,
  Page,
  UpdateUserRequest,
  UserResponse,
} from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Account administration and the audit log (administrators only; the API enforces it). */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  users(): Promise<UserResponse[]> {
    return firstValueFrom(this.http.get<UserResponse[]>('/api/users'));
  }

  user(id: number): Promise<UserResponse> {
    return firstValueFrom(this.http.get<UserResponse>(`/api/users/${id}`));
  }

  createUser(request: CreateUserRequest): Promise<UserResponse> {
    return firstValueFrom(this.http.post<UserResponse>('/api/users', request));
  }

  updateUser(id: number, request: UpdateUserRequest): Promise<UserResponse> {
    return firstValueFrom(this.http.patch<UserResponse>(`/api/users/${id}`, request));
  }

  partnerOrganisations(): Promise<OrganisationResponse[]> {
    return firstValueFrom(this.http.get<OrganisationResponse[]>('/api/organisations'));
  }

  audit(query: { action?: string; page: number }): Promise<Page<AuditEventResponse>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', 50);
    if (query.action) params = params.set('action', query.action);
    return firstValueFrom(this.http.get<Page<AuditEventResponse>>('/api/audit', { params }));
  }
}

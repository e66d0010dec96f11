import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  ChangePasswordRequest,
  LoginResponse,
  MeResponse,
  MfaConfirmResponse,
  MfaEnrolmentResponse,
  Role,
  SessionResponse,
} from '@epm/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Who is signed in, as the rest of the web app sees it. `undefined` until the first check has answered. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly current = signal<MeResponse | null | undefined>(undefined);

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => !!this.current());

  hasRole(...roles: Role[]): boolean {
    const user = this.current();
    return !!user && roles.includes(user.role);
  }

  /** Asks the API once per page load; afterwards the signal is kept up to date by sign-in and sign-out. */
  async ensureLoaded(): Promise<MeResponse | null> {
    const known = this.current();
    if (known !== undefined) return known;
    return this.refresh();
  }

  async refresh(): Promise<MeResponse | null> {
    try {
      const { user } = await firstValueFrom(this.http.get<SessionResponse>('/api/auth/session'));
      this.current.set(user);
      return user;
    } catch {
      this.current.set(null);
      return null;
    }
  }

  async login(email: string, password: string): Promise<LoginResponse> {
    const response = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', { email, password }));
    if (response.status === 'signed-in') this.current.set(response.user);
    return response;
  }

  async verifyCode(code: string): Promise<MeResponse> {
    const response = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/mfa/verify', { code }));
    if (response.status !== 'signed-in') throw new Error('Sign-in did not complete');
    this.current.set(response.user);
    return response.user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', {}));
    } finally {
      this.current.set(null);
    }
  }

  changePassword(request: ChangePasswordRequest): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/password', request));
  }

  startMfa(): Promise<MfaEnrolmentResponse> {
    return firstValueFrom(this.http.post<MfaEnrolmentResponse>('/api/auth/mfa/enrol', {}));
  }

  async confirmMfa(code: string): Promise<MfaConfirmResponse> {
    const result = await firstValueFrom(this.http.post<MfaConfirmResponse>('/api/auth/mfa/confirm', { code }));
    await this.refresh();
    return result;
  }

  async disableMfa(password: string): Promise<void> {
    await firstValueFrom(this.http.delete('/api/auth/mfa', { body: { password } }));
    await this.refresh();
  }

  /** The session ended on the server (expired, or signed out elsewhere). */
  forget(): void {
    this.current.set(null);
  }
}

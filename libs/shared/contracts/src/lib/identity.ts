import type { PartnerOrganisationCode } from './organisations';

/** admin: everything. organiser: their organisation's events. reviewer: reports only, never personal data. */
export const ROLES = ['admin', 'organiser', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  organiser: 'Organiser',
  reviewer: 'Review panel member',
};

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface OrganisationRef {
  code: PartnerOrganisationCode | string;
  name: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface MfaVerifyRequest {
  /** A 6-digit code from the authenticator app, or one of the recovery codes. */
  code: string;
}

export type LoginResponse = { status: 'signed-in'; user: MeResponse } | { status: 'mfa-required' };

export interface MeResponse {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  organisation: OrganisationRef | null;
  mfaEnabled: boolean;
  /** True when policy requires a second factor this account has not set up: only MFA set-up is open to it. */
  mfaEnrolmentRequired: boolean;
}

/** Who is signed in, for pages to adapt to. Never a 401: signed out is an answer, not an error. */
export interface SessionResponse {
  user: MeResponse | null;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface MfaEnrolmentResponse {
  /** Base32 secret, for typing into an authenticator app. */
  secret: string;
  /** otpauth:// URI the QR code encodes. */
  otpauthUrl: string;
  /** The QR code as an SVG data URL. */
  qrCodeDataUrl: string;
}

export interface MfaConfirmResponse {
  /** Shown once. Each works once in place of a code. */
  recoveryCodes: string[];
}

export interface MfaDisableRequest {
  password: string;
}

export interface UserResponse {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  organisation: OrganisationRef | null;
  disabled: boolean;
  mfaEnabled: boolean;
  createdAt: string;
  lastSignedInAt: string | null;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  role: Role;
  /** Required for organisers; ignored otherwise. */
  organisationCode?: string;
  password: string;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  organisationCode?: string | null;
  disabled?: boolean;
}

export interface AuditEventResponse {
  id: number;
  at: string;
  actor: { id: number; email: string } | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

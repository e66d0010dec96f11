import type { MeResponse, UserResponse } from '@epm/shared/contracts';
import type { UserEntity } from './identity.entities';

export function mapOrganisation(user: UserEntity): MeResponse['organisation'] {
  return user.organisation ? { code: user.organisation.code, name: user.organisation.name } : null;
}

export function mapMe(user: UserEntity, mfaEnrolmentRequired: boolean): MeResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisation: mapOrganisation(user),
    mfaEnabled: !!user.mfaSecret,
    mfaEnrolmentRequired,
  };
}

export function mapUser(user: UserEntity): UserResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisation: mapOrganisation(user),
    disabled: user.disabled,
    mfaEnabled: !!user.mfaSecret,
    createdAt: user.createdAt.toISOString(),
    lastSignedInAt: user.lastSignedInAt ? user.lastSignedInAt.toISOString() : null,
  };
}

import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RegistrationLinkEntity } from './registrations.entities';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A new manage link token for a registration: 256 random bits, base64url.
 * Only its hash is kept; the token itself goes into the message being composed.
 */
export async function mintManageToken(manager: EntityManager, registrationId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await manager.insert(RegistrationLinkEntity, { tokenHash: hashToken(token), registrationId, createdAt: new Date() });
  return token;
}

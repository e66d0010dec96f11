import { createHash, randomBytes } from 'node:crypto';
import { insertRows } from '@epm/api/platform';
import type { EntityManager } from 'typeorm';
import { RegistrationLinkEntity } from './registrations.entities';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * New manage link tokens, one per registration given, in order: 256 random bits each, base64url, written
 * in one insert. Only their hashes are kept; the tokens go into the messages being composed.
 */
export async function mintManageTokens(manager: EntityManager, registrationIds: readonly number[]): Promise<string[]> {
  const minted = registrationIds.map((registrationId) => ({
    registrationId,
    token: randomBytes(32).toString('base64url'),
  }));
  if (!minted.length) return [];
  const createdAt = new Date();
  await insertRows(
    manager,
    RegistrationLinkEntity,
    minted.map(({ registrationId, token }) => ({ tokenHash: hashToken(token), registrationId, createdAt })),
  );
  return minted.map(({ token }) => token);
}

import { randomBytes } from 'node:crypto';
import { hashToken } from '@epm/api/registrations';
import type { FeedbackSurvey } from '@epm/shared/contracts';
import type { EntityManager } from 'typeorm';
import { FeedbackLinkEntity } from './feedback.entities';

/**
 * A new feedback link token: 256 random bits, base64url, of which only the
 * SHA-256 is kept. Each message mints its own, like manage links.
 */
export async function mintFeedbackToken(
  manager: EntityManager,
  registrationId: number,
  survey: FeedbackSurvey,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await manager.insert(FeedbackLinkEntity, {
    tokenHash: hashToken(token),
    registrationId,
    survey,
    createdAt: new Date(),
  });
  return token;
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@epm/api/platform';
import { LessThan, Repository } from 'typeorm';
import { SessionEntity, type SessionStage, UserEntity } from './identity.entities';
import { newToken, sha256 } from './tokens';

/** A pending second-factor step must be finished quickly. */
const MFA_PENDING_MINUTES = 5;
/** Writing last-seen on every request would make each read a write; once a minute is precise enough. */
const TOUCH_INTERVAL_MS = 60_000;

export interface IssuedSession {
  token: string;
  csrfToken: string;
  session: SessionEntity;
}

export interface ResolvedSession {
  session: SessionEntity;
  user: UserEntity;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
  ) {}

  async issue(
    userId: number,
    stage: SessionStage,
    client: { ip: string | null; userAgent: string | null },
  ): Promise<IssuedSession> {
    const token = newToken();
    const csrfToken = newToken();
    const now = new Date();
    const lifetimeMs =
      stage === 'mfa-pending' ? MFA_PENDING_MINUTES * 60_000 : this.config.session.absoluteHours * 3_600_000;
    const session = this.sessions.create({
      id: sha256(token),
      userId,
      stage,
      csrfHash: sha256(csrfToken),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 200) ?? null,
    });
    await this.sessions.insert(session);
    return { token, csrfToken, session };
  }

  /**
   * The live session for a cookie token, or null when there is none: unknown,
   * past its absolute expiry, idle too long, or its account is disabled.
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const session = await this.sessions.findOne({
      where: { id: sha256(token) },
      relations: { user: { organisation: true } },
    });
    if (!session?.user) return null;
    const now = Date.now();
    const idleLimitMs =
      session.stage === 'mfa-pending' ? MFA_PENDING_MINUTES * 60_000 : this.config.session.idleMinutes * 60_000;
    if (
      session.expiresAt.getTime() <= now ||
      now - session.lastSeenAt.getTime() > idleLimitMs ||
      session.user.disabled
    ) {
      await this.sessions.delete({ id: session.id });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date(now) });
    }
    return { session, user: session.user };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Ends every session of an account (disabled, password changed), optionally keeping the current one. */
  async revokeAllForUser(userId: number, exceptSessionId?: string): Promise<void> {
    const builder = this.sessions.createQueryBuilder().delete().where('user_id = :userId', { userId });
    if (exceptSessionId) builder.andWhere('id <> :id', { id: exceptSessionId });
    await builder.execute();
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}

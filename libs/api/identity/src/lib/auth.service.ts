import { Injectable, UnauthorizedException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { auditActor, AuditService } from '@epm/api/audit';
import { AppConfig, RateLimitService, TooManyRequestsException } from '@epm/api/platform';
import type { MfaConfirmResponse, MfaEnrolmentResponse } from '@epm/shared/contracts';
import { randomBytes } from 'node:crypto';
import { toString as qrCodeSvg } from 'qrcode';
import { Repository } from 'typeorm';
import { type SessionStage, UserEntity } from './identity.entities';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { type IssuedSession, SessionService } from './session.service';
import { normaliseEmail, sameHash, sha256 } from './tokens';
import { newTotpSecret, otpauthUrl, verifyTotp } from './totp';

/** At most this many failed sign-ins per account and per address in the window, then refuse until it ends. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_SECONDS = 300;
/** Wrong second-factor codes allowed in one pending sign-in before it is thrown away. */
const MFA_FAILURE_LIMIT = 5;
const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Partnership events';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export type LoginOutcome = { stage: SessionStage; issued: IssuedSession; user: UserEntity };

/** Sign-in failures all look the same from outside, whatever the reason. */
const GENERIC_FAILURE = 'Enter a correct email address and password';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly limits: RateLimitService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async login(rawEmail: string, password: string, client: ClientInfo): Promise<LoginOutcome> {
    const email = normaliseEmail(rawEmail);
    const accountKey = `login:account:${sha256(email)}`;
    const addressKey = `login:ip:${client.ip ?? 'unknown'}`;
    const [account, address] = await Promise.all([
      this.limits.peek(accountKey, LOGIN_WINDOW_SECONDS),
      this.limits.peek(addressKey, LOGIN_WINDOW_SECONDS),
    ]);
    if (account.count >= LOGIN_FAILURE_LIMIT || address.count >= LOGIN_FAILURE_LIMIT) {
      const retry = Math.max(account.retryAfterSeconds, address.retryAfterSeconds);
      await this.audit.record({ actor: null, action: 'auth.login.throttled', ip: client.ip, details: { email } });
      throw new TooManyRequestsException(
        retry,
        `Too many failed attempts. Wait ${Math.ceil(retry / 60)} minutes, then try again.`,
      );
    }

    const user = await this.users.findOne({ where: { email }, relations: { organisation: true } });
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user || !passwordOk || user.disabled) {
      await Promise.all([
        this.limits.hit(accountKey, LOGIN_WINDOW_SECONDS),
        this.limits.hit(addressKey, LOGIN_WINDOW_SECONDS),
      ]);
      await this.audit.record({
        actor: null,
        action: 'auth.login.failed',
        entityType: user ? 'user' : undefined,
        entityId: user?.id,
        ip: client.ip,
        details: { email, reason: !user ? 'unknown-account' : !passwordOk ? 'wrong-password' : 'disabled' },
      });
      throw new UnauthorizedException(GENERIC_FAILURE);
    }

    await this.limits.reset(accountKey);
    const stage: SessionStage = user.mfaSecret ? 'mfa-pending' : 'active';
    const issued = await this.sessions.issue(user.id, stage, client);
    if (stage === 'active') await this.recordSignIn(user, client);
    return { stage, issued, user };
  }

  /** Completes a pending sign-in with a TOTP or recovery code; issues a fresh session id (no fixation). */
  async verifySecondFactor(
    sessionId: string,
    user: UserEntity,
    code: string,
    client: ClientInfo,
  ): Promise<IssuedSession> {
    const failureKey = `mfa:session:${sessionId}`;
    const normalised = code.replace(/\s+/g, '');
    const counter = user.mfaSecret ? verifyTotp(user.mfaSecret, normalised) : null;
    let accepted = counter !== null && (user.mfaLastCounter === null || counter > user.mfaLastCounter);
    if (accepted) {
      await this.users.update({ id: user.id }, { mfaLastCounter: counter });
    } else if (await this.useRecoveryCode(user, normalised)) {
      accepted = true;
    }
    if (!accepted) {
      const { count } = await this.limits.hit(failureKey, LOGIN_WINDOW_SECONDS);
      await this.audit.record({ actor: auditActor(user), action: 'auth.mfa.failed', ip: client.ip });
      if (count >= MFA_FAILURE_LIMIT) {
        await this.sessions.revoke(sessionId);
        throw new UnauthorizedException('Too many wrong codes. Sign in again.');
      }
      throw new UnprocessableEntityException({
        message: 'Check the code',
        errors: { code: ['Enter the 6-digit code from your authenticator app, or a recovery code'] },
      });
    }
    await this.limits.reset(failureKey);
    await this.sessions.revoke(sessionId);
    const issued = await this.sessions.issue(user.id, 'active', client);
    await this.recordSignIn(user, client);
    return issued;
  }

  /** Policy: administrators must have a second factor when REQUIRE_MFA_FOR_ADMINS is on. */
  mfaEnrolmentRequired(user: UserEntity): boolean {
    return this.config.requireMfaForAdmins && user.role === 'admin' && !user.mfaSecret;
  }

  async changePassword(
    user: UserEntity,
    sessionId: string,
    current: string,
    next: string,
    client: ClientInfo,
  ): Promise<void> {
    if (!(await verifyPassword(current, user.passwordHash))) {
      throw new UnprocessableEntityException({
        message: 'Check the highlighted fields',
        errors: { currentPassword: ['Your current password is not correct'] },
      });
    }
    const problem = passwordProblem(next, user.email);
    if (problem) {
      throw new UnprocessableEntityException({
        message: 'Check the highlighted fields',
        errors: { newPassword: [problem] },
      });
    }
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(next), updatedAt: new Date() });
    await this.sessions.revokeAllForUser(user.id, sessionId);
    await this.audit.record({
      actor: auditActor(user),
      action: 'auth.password.changed',
      entityType: 'user',
      entityId: user.id,
      ip: client.ip,
    });
  }

  async startMfaEnrolment(user: UserEntity): Promise<MfaEnrolmentResponse> {
    const secret = newTotpSecret();
    await this.users.update({ id: user.id }, { mfaPendingSecret: secret });
    const url = otpauthUrl(secret, user.email, ISSUER);
    const svg = await qrCodeSvg(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return {
      secret,
      otpauthUrl: url,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    };
  }

  async confirmMfaEnrolment(user: UserEntity, code: string, client: ClientInfo): Promise<MfaConfirmResponse> {
    const counter = user.mfaPendingSecret ? verifyTotp(user.mfaPendingSecret, code.replace(/\s+/g, '')) : null;
    if (!user.mfaPendingSecret || counter === null) {
      throw new UnprocessableEntityException({
        message: 'Check the code',
        errors: {
          code: [
            user.mfaPendingSecret
              ? 'The code is not correct. Enter the code your app shows now'
              : 'Start setting up again',
          ],
        },
      });
    }
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = randomBytes(5).toString('hex');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await this.users.update(
      { id: user.id },
      {
        mfaSecret: user.mfaPendingSecret,
        mfaPendingSecret: null,
        mfaLastCounter: counter,
        recoveryCodes: JSON.stringify(recoveryCodes.map((recovery) => sha256(recovery))),
        updatedAt: new Date(),
      },
    );
    await this.audit.record({
      actor: auditActor(user),
      action: 'auth.mfa.enabled',
      entityType: 'user',
      entityId: user.id,
      ip: client.ip,
    });
    return { recoveryCodes };
  }

  async disableMfa(user: UserEntity, password: string, client: ClientInfo): Promise<void> {
    if (!(await verifyPassword(password, user.passwordHash))) {
      throw new UnprocessableEntityException({
        message: 'Check the highlighted fields',
        errors: { password: ['Your password is not correct'] },
      });
    }
    await this.users.update(
      { id: user.id },
      { mfaSecret: null, mfaPendingSecret: null, mfaLastCounter: null, recoveryCodes: null, updatedAt: new Date() },
    );
    await this.audit.record({
      actor: auditActor(user),
      action: 'auth.mfa.disabled',
      entityType: 'user',
      entityId: user.id,
      ip: client.ip,
    });
  }

  private async useRecoveryCode(user: UserEntity, code: string): Promise<boolean> {
    if (!user.recoveryCodes || !/^[0-9a-f]{5}-[0-9a-f]{5}$/.test(code.toLowerCase())) return false;
    const hashes = JSON.parse(user.recoveryCodes) as string[];
    const index = hashes.findIndex((hash) => sameHash(code.toLowerCase(), hash));
    if (index < 0) return false;
    hashes.splice(index, 1);
    await this.users.update({ id: user.id }, { recoveryCodes: JSON.stringify(hashes) });
    await this.audit.record({
      actor: auditActor(user),
      action: 'auth.mfa.recovery-code-used',
      details: { remaining: hashes.length },
    });
    return true;
  }

  private async recordSignIn(user: UserEntity, client: ClientInfo): Promise<void> {
    await this.users.update({ id: user.id }, { lastSignedInAt: new Date() });
    await this.audit.record({
      actor: auditActor(user),
      action: 'auth.login.succeeded',
      entityType: 'user',
      entityId: user.id,
      ip: client.ip,
    });
  }
}

import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy, AppConfig, type RequestWithPrincipal } from '@epm/api/platform';
import type { Response } from 'express';
import { AuthService } from './auth.service';
import { CSRF_HEADER, sessionCookieName } from './cookies';
import { SessionService } from './session.service';
import { sameHash } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one gate every route passes. It reads the route's declared policy
 * (deny when there is none), resolves the session cookie, refuses
 * cross-site and CSRF-less writes made with the cookie, and checks the role.
 * Object-level checks (which organisation's events) belong to each domain's
 * service, using the Principal this guard attaches.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const response = context.switchToHttp().getResponse<Response>();
    if (!policy) {
      this.logger.error({ msg: 'Route has no access policy', route: `${request.method} ${request.route?.path}` });
      throw new ForbiddenException('This route has no access policy');
    }
    const token = (request.cookies as Record<string, string> | undefined)?.[sessionCookieName(this.config)];
    const resolved = token ? await this.sessions.resolve(token) : null;
    if (resolved) {
      // Anything answered to a signed-in person may be personal: never store it in a shared cache.
      response.setHeader('Cache-Control', 'no-store');
      request.principal = {
        userId: resolved.user.id,
        email: resolved.user.email,
        role: resolved.user.role,
        organisationId: resolved.user.organisationId,
        sessionId: resolved.session.id,
        stage: resolved.session.stage,
      };
    }
    if (policy.kind === 'public') return true;
    if (!resolved) throw new UnauthorizedException('Sign in to continue');

    if (!SAFE_METHODS.has(request.method)) {
      const site = request.header('sec-fetch-site');
      const csrf = request.header(CSRF_HEADER);
      if ((site && site !== 'same-origin' && site !== 'none') || !csrf || !sameHash(csrf, resolved.session.csrfHash)) {
        throw new ForbiddenException('This request did not come from this service. Reload the page and try again.');
      }
    }

    const { session, user } = resolved;
    if (policy.kind === 'session') return true;
    if (session.stage !== 'active') throw new UnauthorizedException('Enter the code from your authenticator app');
    if (policy.kind === 'account') return true;
    if (this.auth.mfaEnrolmentRequired(user)) {
      throw new ForbiddenException('Set up two-step verification before you continue');
    }
    if (policy.kind === 'signed-in') return true;
    if (policy.roles.includes(user.role)) return true;
    throw new ForbiddenException('You do not have permission to do that');
  }
}

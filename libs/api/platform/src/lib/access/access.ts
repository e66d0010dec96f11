import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@epm/shared/contracts';
import type { Request } from 'express';

/**
 * Every route declares who may call it. The identity domain's guard reads
 * this; a route without a policy is refused (deny by default), and the route
 * inventory test fails for it.
 */
export type AccessPolicy =
  /** Anyone, signed in or not. */
  | { kind: 'public' }
  /** Any session, even one still owing its second factor: the second-factor step and sign-out. */
  | { kind: 'session' }
  /** Fully signed in, even when policy says MFA must still be set up: the person's own account and MFA set-up. */
  | { kind: 'account' }
  /** Fully signed in, any role. */
  | { kind: 'signed-in' }
  /** Fully signed in with one of these roles. */
  | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_POLICY = 'epm:access-policy';

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);
export const SignInStep = () => SetMetadata(ACCESS_POLICY, { kind: 'session' } satisfies AccessPolicy);
export const OwnAccount = () => SetMetadata(ACCESS_POLICY, { kind: 'account' } satisfies AccessPolicy);

/** Who is calling, once the guard has let a signed-in request through. */
export interface Principal {
  userId: number;
  email: string;
  role: Role;
  organisationId: number | null;
  sessionId: string;
  /** 'mfa-pending' until the second factor is given. */
  stage: 'mfa-pending' | 'active';
}

export interface RequestWithPrincipal extends Request {
  principal?: Principal;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) throw new Error('CurrentUser used on a route whose policy does not require sign-in');
  return principal;
});

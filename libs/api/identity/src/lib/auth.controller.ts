import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ApiErrorDto,
  AppConfig,
  type Principal,
  CurrentUser,
  OwnAccount,
  Public,
  RateLimit,
  type RequestWithPrincipal,
  SignInStep,
} from '@epm/api/platform';
import type {
  LoginResponse,
  MeResponse,
  MfaConfirmResponse,
  MfaEnrolmentResponse,
  SessionResponse,
} from '@epm/shared/contracts';
import type { Request, Response } from 'express';
import { AuthService, type ClientInfo } from './auth.service';
import { CSRF_COOKIE, csrfCookieOptions, sessionCookieName, sessionCookieOptions } from './cookies';
import {
  ChangePasswordDto,
  LoginDto,
  LoginResponseDto,
  MeDto,
  MfaConfirmDto,
  MfaDisableDto,
  MfaEnrolmentDto,
  MfaVerifyDto,
  SessionDto,
} from './identity.dto';
import { mapMe } from './identity.mapper';
import type { IssuedSession } from './session.service';
import { SessionService } from './session.service';
import { UsersService } from './users.service';

function clientOf(request: Request): ClientInfo {
  return { ip: request.ip ?? null, userAgent: request.header('user-agent') ?? null };
}

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @RateLimit({ name: 'login-requests', limit: 60, windowSeconds: 300 })
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with email and password; sets the session cookie' })
  @ApiOkResponse({ type: LoginResponseDto, description: 'Signed in, or a second factor is needed next' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'Wrong email or password (never says which)' })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto, description: 'Too many failures for this account or address' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    // Login CSRF: a browser says where a request came from; refuse other sites.
    const site = request.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') throw new ForbiddenException('Sign in from this service');
    const outcome = await this.auth.login(body.email, body.password, clientOf(request));
    this.setSessionCookies(response, outcome.issued);
    if (outcome.stage === 'mfa-pending') return { status: 'mfa-required' };
    return { status: 'signed-in', user: mapMe(outcome.user, this.auth.mfaEnrolmentRequired(outcome.user)) };
  }

  @Post('mfa/verify')
  @SignInStep()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Finish signing in with a code from the authenticator app, or a recovery code' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto, description: 'Wrong code' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'No pending sign-in, or too many wrong codes' })
  async verifyMfa(
    @Body() body: MfaVerifyDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const user = await this.users.findForSession(principal.userId);
    const issued = await this.auth.verifySecondFactor(principal.sessionId, user, body.code, clientOf(request));
    this.setSessionCookies(response, issued);
    return { status: 'signed-in', user: mapMe(user, false) };
  }

  @Post('logout')
  @SignInStep()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookies' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto })
  async logout(@CurrentUser() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.revoke(principal.sessionId);
    response.clearCookie(sessionCookieName(this.config), sessionCookieOptions(this.config));
    response.clearCookie(CSRF_COOKIE, csrfCookieOptions(this.config));
  }

  @Get('me')
  @OwnAccount()
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ type: ApiErrorDto })
  async me(@CurrentUser() principal: Principal): Promise<MeResponse> {
    const user = await this.users.findForSession(principal.userId);
    return mapMe(user, this.auth.mfaEnrolmentRequired(user));
  }

  @Get('session')
  @Public()
  @ApiOperation({ summary: 'Who is signed in, or null: for pages that adapt to the visitor (never answers 401)' })
  @ApiOkResponse({ type: SessionDto })
  async session(@Req() request: RequestWithPrincipal): Promise<SessionResponse> {
    const principal = request.principal;
    if (!principal || principal.stage !== 'active') return { user: null };
    const user = await this.users.findForSession(principal.userId);
    return { user: mapMe(user, this.auth.mfaEnrolmentRequired(user)) };
  }

  @Post('password')
  @OwnAccount()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change your password; every other session of the account ends' })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<void> {
    const user = await this.users.findForSession(principal.userId);
    await this.auth.changePassword(
      user,
      principal.sessionId,
      body.currentPassword,
      body.newPassword,
      clientOf(request),
    );
  }

  @Post('mfa/enrol')
  @OwnAccount()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Start setting up two-step verification: a new secret and its QR code' })
  @ApiOkResponse({ type: MfaEnrolmentDto })
  async startMfa(@CurrentUser() principal: Principal): Promise<MfaEnrolmentResponse> {
    return this.auth.startMfaEnrolment(await this.users.findForSession(principal.userId));
  }

  @Post('mfa/confirm')
  @OwnAccount()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm set-up with a code from the app; answers the recovery codes, once' })
  @ApiOkResponse({ type: MfaConfirmDto })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  async confirmMfa(
    @Body() body: MfaVerifyDto,
    @CurrentUser() principal: Principal,
    @Req() request: Request,
  ): Promise<MfaConfirmResponse> {
    return this.auth.confirmMfaEnrolment(
      await this.users.findForSession(principal.userId),
      body.code,
      clientOf(request),
    );
  }

  @Delete('mfa')
  @OwnAccount()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Turn off two-step verification (needs the password)' })
  @ApiNoContentResponse({ description: 'Turned off' })
  @ApiUnprocessableEntityResponse({ type: ApiErrorDto })
  @ApiForbiddenResponse({ type: ApiErrorDto })
  async disableMfa(
    @Body() body: MfaDisableDto,
    @CurrentUser() principal: Principal,
    @Req() request: RequestWithPrincipal,
  ): Promise<void> {
    await this.auth.disableMfa(await this.users.findForSession(principal.userId), body.password, clientOf(request));
  }

  private setSessionCookies(response: Response, issued: IssuedSession): void {
    response.cookie(sessionCookieName(this.config), issued.token, sessionCookieOptions(this.config));
    response.cookie(CSRF_COOKIE, issued.csrfToken, csrfCookieOptions(this.config));
  }
}

import { ConflictException, Injectable, Logger, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { auditActor, AuditService } from '@epm/api/audit';
import type { Principal } from '@epm/api/platform';
import { OrganisationEntity } from '@epm/api/reference';
import type { CreateUserRequest, Role, UpdateUserRequest, UserResponse } from '@epm/shared/contracts';
import { Repository } from 'typeorm';
import { UserEntity } from './identity.entities';
import { mapUser } from './identity.mapper';
import { hashPassword, passwordProblem } from './password';
import { SessionService } from './session.service';
import { normaliseEmail } from './tokens';

const INVALID = 'Check the highlighted fields';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<UserResponse[]> {
    const rows = await this.users.find({ relations: { organisation: true }, order: { email: 'ASC' } });
    return rows.map(mapUser);
  }

  async get(id: number): Promise<UserResponse> {
    return mapUser(await this.load(id));
  }

  async findForSession(id: number): Promise<UserEntity> {
    return this.load(id);
  }

  async create(request: CreateUserRequest, actor: Principal | null, ip: string | null): Promise<UserResponse> {
    const email = normaliseEmail(request.email);
    const problem = passwordProblem(request.password, email);
    if (problem) throw new UnprocessableEntityException({ message: INVALID, errors: { password: [problem] } });
    const organisationId = await this.organisationFor(request.role, request.organisationCode);
    if (await this.users.existsBy({ email })) {
      throw new ConflictException({
        message: INVALID,
        errors: { email: ['An account with this email address already exists'] },
      });
    }
    const now = new Date();
    const user = this.users.create({
      email,
      displayName: request.displayName.trim(),
      passwordHash: await hashPassword(request.password),
      role: request.role,
      organisationId,
      disabled: false,
      mfaSecret: null,
      mfaPendingSecret: null,
      mfaLastCounter: null,
      recoveryCodes: null,
      createdAt: now,
      updatedAt: now,
      lastSignedInAt: null,
    });
    await this.users.insert(user);
    await this.audit.record({
      actor: actor ? auditActor(actor) : null,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      ip,
      details: { email, role: request.role, organisationCode: request.organisationCode ?? null },
    });
    return this.get(user.id);
  }

  async update(id: number, request: UpdateUserRequest, actor: Principal, ip: string | null): Promise<UserResponse> {
    const user = await this.load(id);
    const role = request.role ?? user.role;
    if (id === actor.userId && (request.disabled === true || (request.role && request.role !== 'admin'))) {
      throw new UnprocessableEntityException({
        message: INVALID,
        errors: {
          [request.disabled === true ? 'disabled' : 'role']: [
            'You cannot disable your own account or remove your own administrator role',
          ],
        },
      });
    }
    const organisationCode =
      request.organisationCode !== undefined
        ? request.organisationCode
        : request.role
          ? user.organisation?.code
          : undefined;
    const organisationId =
      organisationCode !== undefined || request.role
        ? await this.organisationFor(role, organisationCode ?? undefined)
        : user.organisationId;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const note = (field: string, from: unknown, to: unknown) => {
      if (from !== to) changes[field] = { from, to };
    };
    note('displayName', user.displayName, request.displayName?.trim() ?? user.displayName);
    note('role', user.role, role);
    note('organisationId', user.organisationId, organisationId);
    note('disabled', user.disabled, request.disabled ?? user.disabled);
    if (Object.keys(changes).length === 0) return mapUser(user);
    await this.users.update(
      { id },
      {
        displayName: request.displayName?.trim() ?? user.displayName,
        role,
        organisationId,
        disabled: request.disabled ?? user.disabled,
        updatedAt: new Date(),
      },
    );
    // A disabled account, or one whose powers changed, signs in again: its sessions end now.
    if (changes['disabled'] || changes['role'] || changes['organisationId']) await this.sessions.revokeAllForUser(id);
    await this.audit.record({
      actor: auditActor(actor),
      action: changes['role'] ? 'user.role.changed' : changes['disabled'] ? 'user.disabled.changed' : 'user.updated',
      entityType: 'user',
      entityId: id,
      ip,
      details: changes,
    });
    this.logger.log({ msg: 'User updated', userId: id, fields: Object.keys(changes) });
    return this.get(id);
  }

  async count(): Promise<number> {
    return this.users.count();
  }

  private async load(id: number): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id }, relations: { organisation: true } });
    if (!user) throw new NotFoundException('No such user');
    return user;
  }

  /** Organisers belong to a partner organisation; administrators and reviewers to none. */
  private async organisationFor(role: Role, code: string | undefined | null): Promise<number | null> {
    if (role !== 'organiser') return null;
    const organisation = code ? await this.organisations.findOneBy({ code, isPartner: true }) : null;
    if (!organisation) {
      throw new UnprocessableEntityException({
        message: INVALID,
        errors: { organisationCode: ['Select the organisation this organiser works for'] },
      });
    }
    return organisation.id;
  }
}

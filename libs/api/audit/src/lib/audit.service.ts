import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEventResponse, Page } from '@epm/shared/contracts';
import { type EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit.entity';

/** Who did it, as the audit log records them: from a signed-in Principal or a user row. */
export function auditActor(who: { userId: number; email: string } | { id: number; email: string }): {
  id: number;
  email: string;
} {
  return 'userId' in who ? { id: who.userId, email: who.email } : { id: who.id, email: who.email };
}

export interface AuditRecord {
  actor: { id: number; email: string } | null;
  /** What happened, as `domain.verb`: `auth.login.failed`, `user.role.changed`, `registrations.exported`. */
  action: string;
  entityType?: string;
  entityId?: string | number;
  ip?: string | null;
  /** Facts about the change; never passwords, tokens or free text from attendees. */
  details?: Record<string, unknown>;
}

export interface AuditQuery {
  action?: string;
  actorId?: number;
  page: number;
  pageSize: number;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /**
   * Records an event. Pass the transaction's manager when the change it
   * describes is transactional, so the record commits (or not) with it.
   */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repository.insert({
      at: new Date(),
      actorUserId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      ip: entry.ip ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    });
  }

  async list(query: AuditQuery): Promise<Page<AuditEventResponse>> {
    const builder = this.events.createQueryBuilder('event').orderBy('event.id', 'DESC');
    if (query.action) builder.andWhere('event.action LIKE :action', { action: `${query.action}%` });
    if (query.actorId) builder.andWhere('event.actorUserId = :actorId', { actorId: query.actorId });
    const [rows, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(mapAuditEvent), total, page: query.page, pageSize: query.pageSize };
  }
}

export function mapAuditEvent(row: AuditEventEntity): AuditEventResponse {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actorUserId !== null && row.actorEmail !== null ? { id: row.actorUserId, email: row.actorEmail } : null,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    ip: row.ip,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
  };
}

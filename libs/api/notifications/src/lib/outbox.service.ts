import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows, type Principal } from '@epm/api/platform';
import type {
  OutboxListResponse,
  OutboxMessageDetail,
  OutboxMessageSummary,
  OutboxStatus,
} from '@epm/shared/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { partsWithoutPersonalLinks } from './compose';
import { OutboxMessageEntity } from './outbox.entity';

export interface NewMessage {
  kind: string;
  eventId: number | null;
  registrationId: number | null;
  to: { name: string; email: string };
  subject: string;
  text: string;
  html: string;
  invite?: { method: 'REQUEST' | 'CANCEL'; ics: string } | null;
  checkInCode?: string | null;
  dedupeKey?: string;
}

function summary(row: OutboxMessageEntity): OutboxMessageSummary {
  return {
    id: row.id,
    kind: row.kind,
    eventId: row.eventId,
    to: `${row.toName} <${row.toAddress}>`,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** Writing messages into the outbox (always inside the caller's transaction) and showing it to staff. */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues messages in one insert, inside the caller's transaction. */
  async enqueueAll(manager: EntityManager, messages: readonly NewMessage[]): Promise<void> {
    if (!messages.length) return;
    const now = new Date();
    await insertRows(
      manager,
      OutboxMessageEntity,
      messages.map((message) => ({
        kind: message.kind,
        eventId: message.eventId,
        registrationId: message.registrationId,
        dedupeKey: message.dedupeKey ?? null,
        toAddress: message.to.email,
        toName: message.to.name.replace(/[\r\n<>"]/g, ' ').slice(0, 200),
        subject: message.subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
        textBody: message.text,
        htmlBody: message.html,
        inviteMethod: message.invite?.method ?? null,
        inviteIcs: message.invite?.ics ?? null,
        checkInCode: message.checkInCode ?? null,
        status: 'queued' as const,
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        lockedBy: null,
        lastError: null,
        createdAt: now,
        sentAt: null,
      })),
    );
  }

  async list(
    principal: Principal,
    filters: { status?: OutboxStatus; page: number; pageSize: number },
  ): Promise<OutboxListResponse> {
    const query = this.visibleTo(principal);
    if (filters.status) query.andWhere('message.status = :status', { status: filters.status });
    const [rows, total] = await query
      .orderBy('message.id', 'DESC')
      .skip((filters.page - 1) * filters.pageSize)
      .take(filters.pageSize)
      .getManyAndCount();
    return { items: rows.map(summary), total, page: filters.page, pageSize: filters.pageSize };
  }

  async detail(id: number, principal: Principal): Promise<OutboxMessageDetail> {
    const row = await this.visible(id, principal);
    return { ...summary(row), text: row.textBody, inviteMethod: row.inviteMethod };
  }

  /**
   * A message the principal may see, as staff may see it: the recipient's personal links (manage link,
   * feedback form) have their tokens taken out, so no organiser or administrator can act as the attendee.
   * A copy for showing: what the dispatcher sends is the stored message.
   */
  async visible(id: number, principal: Principal): Promise<OutboxMessageEntity> {
    const row = await this.visibleTo(principal).andWhere('message.id = :id', { id }).getOne();
    if (!row) throw new NotFoundException('No such message');
    return Object.assign(new OutboxMessageEntity(), row, partsWithoutPersonalLinks(row));
  }

  /** A failed message goes back in the queue with a fresh set of attempts. */
  async resend(id: number, principal: Principal): Promise<OutboxMessageSummary> {
    const row = await this.visible(id, principal);
    if (row.status !== 'failed') return summary(row);
    await this.dataSource.manager.update(
      OutboxMessageEntity,
      { id, status: 'failed' },
      { status: 'queued', attempts: 0, nextAttemptAt: new Date(), lastError: null },
    );
    return summary(await this.visible(id, principal));
  }

  /** Administrators see every message; organisers the messages about their organisation's events. */
  private visibleTo(principal: Principal): SelectQueryBuilder<OutboxMessageEntity> {
    const query = this.dataSource.getRepository(OutboxMessageEntity).createQueryBuilder('message');
    if (principal.role !== 'admin') {
      query.where(
        'message.eventId IN (SELECT id FROM events WHERE lead_organisation_id = :org OR partner_organisation_id = :org)',
        { org: principal.role === 'organiser' ? (principal.organisationId ?? -1) : -1 },
      );
    }
    return query;
  }
}

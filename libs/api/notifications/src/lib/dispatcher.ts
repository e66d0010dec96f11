import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@epm/api/platform';
import { DataSource, In } from 'typeorm';
import { partsWithoutPersonalLinks } from './compose';
import { MailTransport } from './mail-transport';
import { OutboxMessageEntity } from './outbox.entity';

const MAX_BACKOFF_MS = 3_600_000;

/**
 * Sends what is in the outbox. A batch is claimed in a short transaction
 * (FOR UPDATE SKIP LOCKED on MySQL, so several processes share the work
 * without taking the same message); each message is marked sent as soon as
 * the server accepts it, and its kept copy loses the recipient's personal
 * links (manage, feedback) at the same moment. A claim lapses after the lease, so messages held
 * by a process that died are sent by another. Failures wait twice as long
 * each time, and after the last attempt the message is marked failed for an
 * organiser to resend.
 */
@Injectable()
export class MailDispatcher {
  private readonly logger = new Logger('MailDispatcher');
  readonly workerId = randomUUID();
  /** Set by crash(): the process is treated as gone and writes nothing more. */
  private dead = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  /** Claims and sends one batch. Returns how many were sent. */
  async runOnce(options: { limit?: number; now?: Date } = {}): Promise<number> {
    const now = options.now ?? new Date();
    const batch = await this.claim(options.limit ?? 25, now);
    let sent = 0;
    for (const message of batch) {
      if (this.dead) return sent;
      try {
        await this.transport.send(message);
        if (this.dead) return sent;
        // Once sent, the kept copy loses the recipient's personal links: the only usable copy is theirs.
        await this.dataSource.manager.update(
          OutboxMessageEntity,
          { id: message.id, lockedBy: this.workerId },
          {
            status: 'sent',
            sentAt: new Date(),
            lockedBy: null,
            lockedUntil: null,
            lastError: null,
            ...partsWithoutPersonalLinks(message),
          },
        );
        sent += 1;
      } catch (error) {
        if (this.dead) return sent;
        await this.failed(message, error, now);
      }
    }
    return sent;
  }

  /** For tests of crash recovery: from now on this dispatcher behaves as a killed process would. */
  crash(): void {
    this.dead = true;
    this.transport.close();
  }

  private async claim(limit: number, now: Date): Promise<OutboxMessageEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .getRepository(OutboxMessageEntity)
        .createQueryBuilder('message')
        .select('message.id')
        .where(
          "(message.status = 'queued' AND message.nextAttemptAt <= :now) OR " +
            "(message.status = 'sending' AND message.lockedUntil < :now)",
          { now },
        )
        .orderBy('message.id', 'ASC')
        .take(limit);
      if (this.dataSource.options.type === 'mysql') query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const ids = (await query.getMany()).map((row) => row.id);
      if (!ids.length) return [];
      await manager
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({
          status: 'sending',
          lockedBy: this.workerId,
          lockedUntil: new Date(now.getTime() + this.config.mail.leaseMs),
          attempts: () => 'attempts + 1',
        })
        .whereInIds(ids)
        .execute();
      return manager.find(OutboxMessageEntity, { where: { id: In(ids) }, order: { id: 'ASC' } });
    });
  }

  private async failed(message: OutboxMessageEntity, error: unknown, now: Date): Promise<void> {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 500) ?? 'failed';
    const giveUp = message.attempts >= this.config.mail.maxAttempts;
    const delay = Math.min(this.config.mail.retryMs * 2 ** (message.attempts - 1), MAX_BACKOFF_MS);
    // The address and body stay out of the log: only the message's id and the server's answer.
    this.logger.warn({ msg: giveUp ? 'Mail failed, giving up' : 'Mail failed, will retry', id: message.id, reason });
    await this.dataSource.manager.update(
      OutboxMessageEntity,
      { id: message.id, lockedBy: this.workerId },
      {
        status: giveUp ? 'failed' : 'queued',
        nextAttemptAt: new Date(now.getTime() + delay),
        lockedBy: null,
        lockedUntil: null,
        lastError: reason,
      },
    );
  }
}

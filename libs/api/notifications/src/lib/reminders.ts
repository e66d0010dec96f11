import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity } from '@epm/api/events';
import { AppConfig } from '@epm/api/platform';
import { RegistrationEntity } from '@epm/api/registrations';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { OutboxMessageEntity } from './outbox.entity';
import { NotificationsService } from './notifications.service';

/** One reminder per registration per start time: a rescheduled event gets a new reminder, a repeat run none. */
export function reminderKey(registrationId: number, startsAt: Date): string {
  return `reminder:${registrationId}:${startsAt.getTime()}`;
}

/**
 * Queues reminders for confirmed places at events starting within
 * REMINDER_HOURS. The unique dedupe key makes the outbox, not the
 * scheduler, the judge of "already queued", so two schedulers (or two
 * processes) running at once still queue each reminder once.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async runOnce(now = new Date()): Promise<number> {
    const until = new Date(now.getTime() + this.config.mail.reminderHours * 3_600_000);
    const events = await this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('event')
      .where('event.status IN (:...statuses)', { statuses: ['published', 'registration-closed'] })
      .andWhere('event.startsAt > :now AND event.startsAt <= :until', { now, until })
      .getMany();
    let queued = 0;
    for (const event of events) {
      const confirmed = await this.dataSource.manager.find(RegistrationEntity, {
        where: { eventId: event.id, status: 'confirmed' },
        order: { id: 'ASC' },
      });
      const keys = confirmed.map((registration) => reminderKey(registration.id, event.startsAt));
      const done = new Set(
        keys.length
          ? (
              await this.dataSource.manager.find(OutboxMessageEntity, {
                select: { dedupeKey: true },
                where: { dedupeKey: In(keys) },
              })
            ).map((row) => row.dedupeKey)
          : [],
      );
      for (const registration of confirmed) {
        const dedupeKey = reminderKey(registration.id, event.startsAt);
        if (done.has(dedupeKey)) continue;
        try {
          await this.dataSource.transaction((manager) =>
            this.notifications.queue(manager, 'reminder', registration, event, { dedupeKey }),
          );
          queued += 1;
        } catch (error) {
          // Another scheduler queued it between our look and our insert: that is the point of the key.
          if (!(error instanceof QueryFailedError && /duplicate|unique/i.test(error.message))) throw error;
        }
      }
    }
    return queued;
  }
}

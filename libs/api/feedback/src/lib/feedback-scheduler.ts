import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity } from '@epm/api/events';
import { AppConfig } from '@epm/api/platform';
import type { RegistrationEntity } from '@epm/api/registrations';
import { FEEDBACK_OPEN_DAYS } from '@epm/shared/contracts';
import { Between, DataSource, In, QueryFailedError } from 'typeorm';
import { daysAfter, feedbackClosesAt } from './feedback-form';
import { FeedbackRequestEntity, type FeedbackRequestKind } from './feedback.entities';
import { FeedbackService } from './feedback.service';

const HELD = ['published', 'registration-closed', 'completed'];

/**
 * Asks for feedback on its own, for events whose form says so (the
 * default): the request to attendees once the event has ended, the message
 * to no-shows when it is turned on, one reminder FEEDBACK_REMINDER_DAYS
 * later to those who have not answered, and the follow-up survey
 * FOLLOW_UP_DAYS after the event to attendees who agreed to be contacted.
 * Only events that ended within the form's 30 days (the follow-up's own 30
 * days) are looked at, so recording an old event never emails anyone by
 * itself. The unique key on feedback_requests, and the outbox's dedupe key
 * behind it, make each message go once however many schedulers run.
 */
@Injectable()
export class FeedbackScheduler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feedback: FeedbackService,
    private readonly config: AppConfig,
  ) {}

  /** Queues what is due at `now`; returns how many messages were queued. */
  async runOnce(now = new Date()): Promise<number> {
    return (await this.requests(now)) + (await this.reminders(now)) + (await this.followUps(now));
  }

  private async requests(now: Date): Promise<number> {
    let queued = 0;
    for (const event of await this.eventsEndedBetween(daysAfter(now, -FEEDBACK_OPEN_DAYS), now)) {
      const settings = await this.feedback.settingsFor(this.dataSource.manager, event);
      if (!settings.sendAutomatically) continue;
      const asked = await this.feedback.requestsByKind(this.dataSource.manager, event.id);
      const responded = await this.feedback.respondents(this.dataSource.manager, event.id, 'feedback');
      for (const { registration, attended, noShow } of await this.feedback.people(this.dataSource.manager, event.id)) {
        if (attended && !asked.get('request')?.has(registration.id) && !responded.has(registration.id)) {
          queued += await this.tryAsk('request', registration, feedbackClosesAt(event.endsAt, now), now);
        } else if (noShow && settings.noShowMessage.enabled && !this.feedback.wasAsked(asked, registration.id)) {
          queued += await this.tryAsk('no-show', registration, now, now, settings.noShowMessage);
        }
      }
    }
    return queued;
  }

  private async reminders(now: Date): Promise<number> {
    // A request older than the form's 30 days has a closed form: nothing to remind anyone of.
    const due = await this.dataSource.manager.find(FeedbackRequestEntity, {
      where: {
        kind: 'request',
        requestedAt: Between(daysAfter(now, -FEEDBACK_OPEN_DAYS), daysAfter(now, -this.config.feedback.reminderDays)),
      },
      order: { id: 'ASC' },
    });
    let queued = 0;
    for (const eventId of new Set(due.map((row) => row.eventId))) {
      const event = await this.dataSource.manager.findOneBy(EventEntity, { id: eventId, status: In(HELD) });
      if (!event) continue;
      const settings = await this.feedback.settingsFor(this.dataSource.manager, event);
      if (!settings.sendAutomatically) continue;
      const asked = await this.feedback.requestsByKind(this.dataSource.manager, event.id);
      const responded = await this.feedback.respondents(this.dataSource.manager, event.id, 'feedback');
      for (const { registration, attended } of await this.feedback.people(this.dataSource.manager, event.id)) {
        const requestedAt = asked.get('request')?.get(registration.id);
        if (!requestedAt || !attended || responded.has(registration.id) || asked.get('reminder')?.has(registration.id))
          continue;
        const closesAt = feedbackClosesAt(event.endsAt, requestedAt);
        if (requestedAt > daysAfter(now, -this.config.feedback.reminderDays) || now >= closesAt) continue;
        queued += await this.tryAsk('reminder', registration, closesAt, now);
      }
    }
    return queued;
  }

  private async followUps(now: Date): Promise<number> {
    const days = this.config.feedback.followUpDays;
    let queued = 0;
    for (const event of await this.eventsEndedBetween(
      daysAfter(now, -(days + FEEDBACK_OPEN_DAYS)),
      daysAfter(now, -days),
    )) {
      const settings = await this.feedback.settingsFor(this.dataSource.manager, event);
      if (!settings.sendAutomatically) continue;
      const asked = await this.feedback.requestsByKind(this.dataSource.manager, event.id);
      for (const { registration, attended } of await this.feedback.people(this.dataSource.manager, event.id)) {
        if (!attended || !registration.consentFollowUp || asked.get('follow-up')?.has(registration.id)) continue;
        queued += await this.tryAsk('follow-up', registration, daysAfter(now, FEEDBACK_OPEN_DAYS), now);
      }
    }
    return queued;
  }

  private eventsEndedBetween(after: Date, until: Date): Promise<EventEntity[]> {
    return this.dataSource.manager.find(EventEntity, {
      where: { status: In(HELD), endsAt: Between(after, until) },
      order: { id: 'ASC' },
    });
  }

  private async tryAsk(
    kind: FeedbackRequestKind,
    registration: RegistrationEntity,
    closesAt: Date,
    now: Date,
    extra: { recordingUrl?: string | null; note?: string | null } = {},
  ): Promise<number> {
    try {
      await this.dataSource.transaction((manager) =>
        this.feedback.ask(manager, kind, registration, closesAt, now, extra),
      );
      return 1;
    } catch (error) {
      // Another scheduler, or an organiser's "send now", asked first: that is what the unique key is for.
      if (error instanceof QueryFailedError && /duplicate|unique/i.test(error.message)) return 0;
      throw error;
    }
  }
}

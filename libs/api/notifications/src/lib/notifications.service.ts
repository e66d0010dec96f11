import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AttendanceService } from '@epm/api/attendance';
import { CalendarService, type EventChanged, EventEntity } from '@epm/api/events';
import { type FeedbackRequested, mintFeedbackToken } from '@epm/api/feedback';
import { AppConfig, DomainEventBus } from '@epm/api/platform';
import {
  mintManageTokens,
  REGISTRATION_EVENT_TYPES,
  type RegistrantsMessaged,
  type RegistrationChanged,
  RegistrationEntity,
  type RegistrationErased,
  RegistrationsService,
} from '@epm/api/registrations';
import { OrganisationEntity } from '@epm/api/reference';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { composeMessage, type EventFacts, type MessageKind } from './compose';
import { buildInvite } from './invite';
import { OutboxMessageEntity } from './outbox.entity';
import { type NewMessage, OutboxService } from './outbox.service';

/** What a message may carry beyond its kind, person and event. */
export interface MessageExtras {
  note?: string | null;
  subject?: string;
  dedupeKey?: string;
  feedbackUrl?: string | null;
  closesAt?: Date | null;
  recordingUrl?: string | null;
  /** Where a waitlisted person stands, when the sender already knows. */
  waitlistPosition?: number | null;
}

export interface MessageRequest {
  kind: MessageKind;
  registration: RegistrationEntity;
  event: EventEntity;
  extra?: MessageExtras;
}

/** Messages that carry the check-in QR code, for people with a place at a venue. */
const CHECK_IN_KINDS = new Set<MessageKind>([
  'confirmation',
  'promoted',
  'reminder',
  'event-rescheduled',
  'event-updated',
]);

/** Which message each registration change owes, and whether it carries an invitation. */
const BY_CHANGE: Record<RegistrationChanged['type'], (change: RegistrationChanged) => MessageKind | null> = {
  RegistrationCreated: (change) => statusMessage(change.status),
  RegistrationRepeated: (change) => statusMessage(change.status),
  RegistrationApproved: (change) => statusMessage(change.status),
  RegistrationPromoted: () => 'promoted',
  RegistrationDeclined: () => 'declined',
  RegistrationCancelled: () => 'registration-cancelled',
};

/** The message each feedback request owes. */
const BY_FEEDBACK_REQUEST: Record<FeedbackRequested['kind'], MessageKind> = {
  request: 'feedback-request',
  reminder: 'feedback-reminder',
  'no-show': 'missed-event',
  'follow-up': 'follow-up-survey',
};

/** Whether this message carries the person's check-in QR code: a place at a venue, confirmed. */
function carriesCheckIn({ kind, registration, event }: MessageRequest): boolean {
  return CHECK_IN_KINDS.has(kind) && registration.status === 'confirmed' && event.format !== 'online';
}

function statusMessage(status: RegistrationChanged['status']): MessageKind | null {
  if (status === 'confirmed') return 'confirmation';
  if (status === 'waitlisted') return 'waitlisted';
  if (status === 'pending') return 'request-received';
  return null;
}

/**
 * The notifications domain: listens to registration and event changes and
 * writes the messages they owe into the outbox, in the same transaction, so
 * a message exists if and only if its change committed.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly bus: DomainEventBus,
    private readonly outbox: OutboxService,
    private readonly registrations: RegistrationsService,
    private readonly calendars: CalendarService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attendance: AttendanceService,
  ) {}

  onModuleInit(): void {
    for (const type of REGISTRATION_EVENT_TYPES) {
      this.bus.subscribeAll<RegistrationChanged>(type, (changes, manager) =>
        this.onRegistrationsChanged(changes, manager),
      );
    }
    for (const type of ['EventRescheduled', 'EventUpdated', 'EventCancelled'] as const) {
      this.bus.subscribe<EventChanged>(type, (change, manager) => this.onEventChanged(change, manager));
    }
    this.bus.subscribe<RegistrantsMessaged>('RegistrantsMessaged', (message, manager) =>
      this.onRegistrantsMessaged(message, manager),
    );
    this.bus.subscribe<FeedbackRequested>('FeedbackRequested', (request, manager) =>
      this.onFeedbackRequested(request, manager),
    );
    this.bus.subscribe<RegistrationErased>('RegistrationErased', async (erased, manager) => {
      // Queued or sent, a message holds the person's address and name: it goes with the rest.
      await manager.delete(OutboxMessageEntity, { registrationId: erased.registrationId });
    });
  }

  /** Queues a message for one registration. Also used by the reminder scheduler. */
  queue(
    manager: EntityManager,
    kind: MessageKind,
    registration: RegistrationEntity,
    event: EventEntity,
    extra: MessageExtras = {},
  ): Promise<void> {
    return this.queueAll(manager, [{ kind, registration, event, extra }]);
  }

  /**
   * Queues messages for many registrations at once: the event's facts once per event, the manage links,
   * check-in codes and outbox rows each in one insert, however many people there are.
   */
  async queueAll(manager: EntityManager, requests: readonly MessageRequest[]): Promise<void> {
    const addressed = requests.filter(({ registration }) => registration.email && registration.name);
    if (!addressed.length) return;
    const events = new Map(addressed.map(({ event }) => [event.id, event]));
    const needCodes = new Map<number, number[]>();
    for (const request of addressed.filter(carriesCheckIn)) {
      const ids = needCodes.get(request.event.id);
      if (ids) ids.push(request.registration.id);
      else needCodes.set(request.event.id, [request.registration.id]);
    }
    // Sent together: each statement waits only for the database, not for this process's other work too.
    const [eventFacts, tokens, codes] = await Promise.all([
      Promise.all([...events.values()].map((event) => this.facts(manager, event))),
      mintManageTokens(
        manager,
        addressed.map(({ registration }) => registration.id),
      ),
      Promise.all([...needCodes].map(([eventId, ids]) => this.attendance.codesFor(manager, eventId, ids))),
    ]);
    const facts = new Map(eventFacts.map((known) => [known.id, known]));
    const checkInCodes = new Map(codes.flatMap((ofEvent) => [...ofEvent]));
    const messages: NewMessage[] = [];
    for (const [index, request] of addressed.entries()) {
      const { kind, registration, event, extra = {} } = request;
      const eventFacts = facts.get(event.id) as EventFacts & { organiserCode: string };
      const eventUrl = this.calendars.eventPageUrl(event.id);
      const checkInCode = carriesCheckIn(request) ? (checkInCodes.get(registration.id) ?? null) : null;
      const composed = composeMessage({
        kind,
        name: registration.name as string,
        event: eventFacts,
        eventUrl,
        manageUrl: `${this.config.publicUrl}/registrations/manage/${tokens[index]}`,
        confirmed: registration.status === 'confirmed',
        // Only the waitlisted message says where someone stands; reading the queue for every message of an
        // event-wide change would read it once per registrant.
        waitlistPosition:
          kind === 'waitlisted'
            ? (extra.waitlistPosition ?? (await this.registrations.waitlistPosition(manager, registration)))
            : null,
        note: extra.note ?? null,
        subject: extra.subject,
        checkInCode,
        feedbackUrl: extra.feedbackUrl ?? null,
        closesAt: extra.closesAt ?? null,
        recordingUrl: extra.recordingUrl ?? null,
      });
      messages.push({
        kind,
        eventId: event.id,
        registrationId: registration.id,
        to: { name: registration.name as string, email: registration.email as string },
        ...composed,
        invite: this.inviteFor(kind, registration, event, eventFacts, eventUrl),
        checkInCode,
        dedupeKey: extra.dedupeKey,
      });
    }
    await this.outbox.enqueueAll(manager, messages);
  }

  /** The invitation this person's calendar should get, if any. */
  inviteFor(
    kind: MessageKind,
    registration: RegistrationEntity,
    event: EventEntity,
    facts: EventFacts & { organiserCode: string },
    eventUrl: string,
  ): { method: 'REQUEST' | 'CANCEL'; ics: string } | null {
    const method: 'REQUEST' | 'CANCEL' | null =
      kind === 'event-cancelled' || kind === 'registration-cancelled'
        ? 'CANCEL'
        : registration.status === 'confirmed' &&
            ['confirmation', 'promoted', 'event-rescheduled', 'event-updated', 'reminder'].includes(kind)
          ? 'REQUEST'
          : null;
    if (!method || !registration.email || !registration.name) return null;
    return {
      method,
      ics: buildInvite({
        method,
        uid: this.calendars.uid(event.id),
        sequence: event.sequence,
        event: facts,
        eventUrl,
        organiserEmail: this.config.organiserEmails[facts.organiserCode] ?? this.config.organiserEmails['lga'] ?? '',
        attendee: { name: registration.name, email: registration.email },
        includeJoiningUrl: registration.status === 'confirmed',
      }),
    };
  }

  /** The invite for the manage page's "add to calendar": a request while confirmed, otherwise a cancellation. */
  async inviteForToken(token: string): Promise<{ ics: string; eventId: number }> {
    const { registration, event } = await this.registrations.registrationForToken(token);
    const facts = await this.facts(undefined, event);
    const eventUrl = this.calendars.eventPageUrl(event.id);
    const cancelled = registration.status !== 'confirmed' || event.status === 'cancelled';
    const invite = this.inviteFor(
      cancelled ? 'registration-cancelled' : 'confirmation',
      registration,
      event,
      facts,
      eventUrl,
    );
    return { ics: invite?.ics ?? '', eventId: event.id };
  }

  private async onRegistrationsChanged(changes: RegistrationChanged[], manager: EntityManager): Promise<void> {
    const events = new Map<number, EventEntity>();
    const requests: MessageRequest[] = [];
    for (const change of changes) {
      const kind = BY_CHANGE[change.type](change);
      if (!kind) continue;
      let event = change.event ?? events.get(change.eventId);
      if (!event) {
        event = await this.eventWithLead(manager, change.eventId);
        events.set(event.id, event);
      }
      // A waitlisted person cancelling has no calendar entry to withdraw, but still gets the confirmation of it.
      const registration =
        kind === 'registration-cancelled' && change.previousStatus !== 'confirmed'
          ? ({ ...change.registration, status: 'waitlisted' } as RegistrationEntity)
          : change.registration;
      requests.push({
        kind,
        registration,
        event,
        extra: { note: change.note, waitlistPosition: change.waitlistPosition },
      });
    }
    await this.queueAll(manager, requests);
  }

  private async onEventChanged(change: EventChanged, manager: EntityManager): Promise<void> {
    const kind: MessageKind =
      change.type === 'EventCancelled'
        ? 'event-cancelled'
        : change.type === 'EventRescheduled'
          ? 'event-rescheduled'
          : 'event-updated';
    const event = await this.eventWithLead(manager, change.eventId);
    const registrations = await this.registrations.activeForEvent(manager, change.eventId);
    await this.queueAll(
      manager,
      registrations.map((registration) => ({
        kind,
        // Only a confirmed place has a calendar entry to cancel; others get the news without an invite.
        registration:
          kind === 'event-cancelled' && registration.status !== 'confirmed'
            ? ({ ...registration, status: 'waitlisted' } as RegistrationEntity)
            : registration,
        event,
      })),
    );
  }

  /** Feedback's requests, reminders, no-show messages and follow-ups, each with a fresh link to its form. */
  private async onFeedbackRequested(request: FeedbackRequested, manager: EntityManager): Promise<void> {
    const registration = await manager.findOneByOrFail(RegistrationEntity, { id: request.registrationId });
    const event = await this.eventWithLead(manager, request.eventId);
    const survey = request.kind === 'follow-up' ? 'follow-up' : request.kind === 'no-show' ? null : 'feedback';
    const token = survey && registration.email ? await mintFeedbackToken(manager, registration.id, survey) : null;
    await this.queue(manager, BY_FEEDBACK_REQUEST[request.kind], registration, event, {
      // The outbox refuses a second message with the same key, whoever asks.
      dedupeKey: `feedback:${request.kind}:${registration.id}`,
      feedbackUrl: token ? `${this.config.publicUrl}/feedback/${token}` : null,
      closesAt: survey ? request.closesAt : null,
      recordingUrl: request.recordingUrl ?? null,
      note: request.note ?? null,
    });
  }

  private async onRegistrantsMessaged(message: RegistrantsMessaged, manager: EntityManager): Promise<void> {
    const event = await this.eventWithLead(manager, message.eventId);
    const recipients = await manager.find(RegistrationEntity, {
      where: { id: In(message.registrationIds) },
      order: { id: 'ASC' },
    });
    await this.queueAll(
      manager,
      recipients.map((registration) => ({
        kind: 'organiser-message' as const,
        registration,
        event,
        extra: { note: message.body, subject: message.subject },
      })),
    );
  }

  private async facts(
    manager: EntityManager | undefined,
    event: EventEntity,
  ): Promise<EventFacts & { organiserCode: string }> {
    const lead =
      event.leadOrganisation ??
      (await (manager ?? this.dataSource.manager).findOneBy(OrganisationEntity, { id: event.leadOrganisationId }));
    return {
      id: event.id,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      format: event.format,
      venue: event.venueName
        ? [event.venueName, event.venueAddress, event.venuePostcode].filter(Boolean).join(', ')
        : null,
      accessInformation: event.accessInformation,
      joiningUrl: event.joiningUrl,
      cancellationReason: event.cancellationReason,
      organiser: lead?.name ?? 'The organisers',
      organiserCode: lead?.code ?? 'lga',
    };
  }

  /** The event with its lead organisation, so composing a message per registrant reads the organisation once. */
  private eventWithLead(manager: EntityManager, id: number): Promise<EventEntity> {
    return manager.findOneOrFail(EventEntity, { where: { id }, relations: { leadOrganisation: true } });
  }
}

import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventFacts } from './compose';

export interface InviteOptions {
  method: 'REQUEST' | 'CANCEL';
  /** The same UID as the event's entry in the public calendars, so calendars see one event. */
  uid: string;
  sequence: number;
  event: EventFacts;
  eventUrl: string;
  organiserEmail: string;
  attendee: { name: string; email: string };
  /** Confirmed attendees of online and hybrid events get the joining link as the location. */
  includeJoiningUrl: boolean;
}

/** An iTIP (RFC 5546) invitation or cancellation for one attendee, in UTC. */
export function buildInvite(options: InviteOptions): string {
  const { event } = options;
  const calendar = ical({
    prodId: { company: 'LGA and techUK', product: 'Partnership events', language: 'EN' },
    method: options.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const online = options.includeJoiningUrl && event.joiningUrl ? event.joiningUrl : null;
  calendar.createEvent({
    id: options.uid,
    sequence: options.sequence,
    start: event.startsAt,
    end: event.endsAt,
    stamp: new Date(),
    summary: event.title,
    description: [online ? `Join: ${online}` : '', `Details: ${options.eventUrl}`].filter(Boolean).join('\n\n'),
    location: event.venue ?? online ?? 'Online',
    url: options.eventUrl,
    organizer: { name: event.organiser, email: options.organiserEmail },
    attendees: [
      {
        name: options.attendee.name,
        email: options.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: options.method === 'CANCEL' ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
    status: options.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

import { Injectable } from '@nestjs/common';
import { AppConfig } from '@epm/api/platform';
import type { EventResponse } from '@epm/shared/contracts';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/**
 * iCalendar (RFC 5545) for events and the programme. Times are UTC, which
 * every calendar shows in its own zone. The UID never changes for an event;
 * SEQUENCE is the event's own counter, which grows with every change
 * attendees need to know about, so calendars replace the old entry.
 */
@Injectable()
export class CalendarService {
  constructor(private readonly config: AppConfig) {}

  uid(eventId: number): string {
    return `event-${eventId}@${new URL(this.config.publicUrl).hostname}`;
  }

  eventPageUrl(eventId: number): string {
    return `${this.config.publicUrl}/events/${eventId}`;
  }

  render(events: EventResponse[], name: string): string {
    const calendar = ical({
      name,
      prodId: { company: 'LGA and techUK', product: 'Partnership events', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
      url: this.config.publicUrl,
      ttl: 3600,
    });
    for (const event of events) {
      calendar.createEvent({
        id: this.uid(event.id),
        sequence: event.sequence,
        start: new Date(event.startsAt),
        end: new Date(event.endsAt),
        stamp: new Date(event.updatedAt),
        lastModified: new Date(event.updatedAt),
        summary: event.status === 'cancelled' ? `Cancelled: ${event.title}` : event.title,
        description: [
          event.summary,
          event.status === 'cancelled' && event.cancellationReason ? `Cancelled: ${event.cancellationReason}` : '',
          `Details and registration: ${this.eventPageUrl(event.id)}`,
        ]
          .filter(Boolean)
          .join('\n\n'),
        location: event.venue
          ? `${event.venue.name}, ${event.venue.address}, ${event.venue.postcode}`
          : 'Online: the joining link is sent to registered attendees',
        url: this.eventPageUrl(event.id),
        organizer: {
          name: event.leadOrganisation.name,
          email: this.config.organiserEmails[event.leadOrganisation.code] ?? this.config.organiserEmails['lga'] ?? '',
        },
        status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }
}

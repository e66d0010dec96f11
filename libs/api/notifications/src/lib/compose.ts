import type { EventFormat } from '@epm/shared/contracts';

/** What a message needs to know about the event. */
export interface EventFacts {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  format: EventFormat;
  venue: string | null;
  accessInformation: string | null;
  joiningUrl: string | null;
  cancellationReason: string | null;
  organiser: string;
}

export type MessageKind =
  | 'confirmation'
  | 'waitlisted'
  | 'promoted'
  | 'request-received'
  | 'declined'
  | 'event-updated'
  | 'event-rescheduled'
  | 'event-cancelled'
  | 'reminder'
  | 'registration-cancelled'
  | 'organiser-message';

export interface MessageContext {
  kind: MessageKind;
  name: string;
  event: EventFacts;
  eventUrl: string;
  manageUrl: string;
  /** Whether this person holds a place: only they get the joining link. */
  confirmed: boolean;
  waitlistPosition?: number | null;
  /** Organiser's message (declined, organiser-message) or reason (cancellations). */
  note?: string | null;
  subject?: string;
  /** For a place at a venue: the code shown at the door, also sent as a QR code image (cid:check-in-qr). */
  checkInCode?: string | null;
}

export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** GOV.UK style, without the comma some ICU versions put after the weekday. */
const day = (instant: Date) => DAY.format(instant).replace(',', '');

/** "Tuesday 2 June 2025, 10:00 to 12:00 (UK time)" */
export function whenText(start: Date, end: Date): string {
  return day(start) === day(end)
    ? `${day(start)}, ${TIME.format(start)} to ${TIME.format(end)} (UK time)`
    : `${day(start)}, ${TIME.format(start)} to ${day(end)}, ${TIME.format(end)} (UK time)`;
}

/**
 * Subject and opening paragraphs per kind. Everything else (when, where,
 * the manage link) is the same in every message.
 */
function opening(context: MessageContext): { subject: string; paragraphs: string[] } {
  const { event } = context;
  switch (context.kind) {
    case 'confirmation':
      return {
        subject: `Registration confirmed: ${event.title}`,
        paragraphs: ['Your place is confirmed. The calendar invitation is attached.'],
      };
    case 'waitlisted':
      return {
        subject: `You are on the waiting list: ${event.title}`,
        paragraphs: [
          `The event is full, so you are on the waiting list${context.waitlistPosition ? ` (number ${context.waitlistPosition})` : ''}.`,
          'If a place comes free we will give it to the next person waiting and email you straight away.',
        ],
      };
    case 'promoted':
      return {
        subject: `A place has come free: ${event.title}`,
        paragraphs: [
          'Good news: a place has come free and it is yours. Your place is confirmed; the calendar invitation is attached.',
          'If you can no longer come, please cancel so the next person can have it.',
        ],
      };
    case 'request-received':
      return {
        subject: `Request received: ${event.title}`,
        paragraphs: [
          'Thank you. Places at this event are confirmed by the organisers, who will email you when they have decided.',
        ],
      };
    case 'declined':
      return {
        subject: `Your request for a place: ${event.title}`,
        paragraphs: [
          'Sorry, the organisers were not able to offer you a place at this event.',
          ...(context.note ? [`Their message: ${context.note}`] : []),
        ],
      };
    case 'event-rescheduled':
      return {
        subject: `Time changed: ${event.title}`,
        paragraphs: [
          'The event has moved to a new time, shown below.',
          ...(context.confirmed ? ['The attached invitation updates your calendar.'] : []),
        ],
      };
    case 'event-updated':
      return {
        subject: `Event details changed: ${event.title}`,
        paragraphs: [
          'The details of the event have changed. Please check where and how to join below.',
          ...(context.confirmed ? ['The attached invitation updates your calendar.'] : []),
        ],
      };
    case 'event-cancelled':
      return {
        subject: `Cancelled: ${event.title}`,
        paragraphs: [
          'Sorry: this event has been cancelled.',
          ...(event.cancellationReason ? [`The organisers said: ${event.cancellationReason}`] : []),
          ...(context.confirmed ? ['The attached cancellation removes it from your calendar.'] : []),
        ],
      };
    case 'reminder':
      return {
        subject: `Reminder: ${event.title}`,
        paragraphs: ['This is a reminder that you have a place at this event.'],
      };
    case 'registration-cancelled':
      return {
        subject: `Registration cancelled: ${event.title}`,
        paragraphs: [
          'Your registration has been cancelled.',
          ...(context.note ? [`Reason given: ${context.note}`] : []),
          'If this is a mistake, you can register again from the event page while places remain.',
        ],
      };
    case 'organiser-message':
      return {
        subject: `${context.subject ?? 'A message from the organisers'}: ${event.title}`,
        paragraphs: (context.note ?? '').split(/\n{2,}/).filter(Boolean),
      };
  }
}

/** A message as plain text and HTML, with the event's details and the manage link in each. */
export function composeMessage(context: MessageContext): ComposedMessage {
  const { subject, paragraphs } = opening(context);
  const { event } = context;
  const cancelled = context.kind === 'event-cancelled';
  const details: [string, string][] = [['When', whenText(event.startsAt, event.endsAt)]];
  if (!cancelled) {
    if (event.venue) details.push(['Where', event.venue]);
    if (event.venue && event.accessInformation) details.push(['Access', event.accessInformation]);
    if (event.format !== 'in-person') {
      details.push([
        'Joining link',
        context.confirmed && event.joiningUrl
          ? event.joiningUrl
          : 'Sent to people with a confirmed place before the event',
      ]);
    }
  }
  details.push(['Organised by', event.organiser]);
  const code = context.checkInCode && !cancelled ? context.checkInCode : null;
  const spaced = code ? `${code.slice(0, 4)} ${code.slice(4)}` : '';
  const manageLine = cancelled
    ? 'See your registration'
    : 'To see, change or cancel your registration, or delete your details, use this link';
  const text = [
    `Dear ${context.name},`,
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    event.title,
    ...details.map(([label, value]) => `${label}: ${value}`),
    `Event page: ${context.eventUrl}`,
    ...(code ? ['', `At the door, show the QR code in this email or give your check-in code: ${spaced}`] : []),
    '',
    `${manageLine}:`,
    context.manageUrl,
    '',
    'Please do not share this link: anyone with it can change your registration.',
    '',
    `${event.organiser}, for the LGA and techUK partnership`,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">',
    `<p>Dear ${escapeHtml(context.name)},</p>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<h1 style="font-size: 24px;">${escapeHtml(event.title)}</h1>`,
    '<table role="presentation" cellpadding="4">',
    ...details.map(
      ([label, value]) =>
        `<tr><th scope="row" align="left" valign="top">${escapeHtml(label)}</th><td>${linkify(value)}</td></tr>`,
    ),
    '</table>',
    `<p><a href="${escapeHtml(context.eventUrl)}">Event page</a></p>`,
    ...(code
      ? [
          `<p>At the door, show this QR code or give your check-in code: <strong>${escapeHtml(spaced)}</strong></p>`,
          `<p><img src="cid:check-in-qr" width="160" height="160" alt="QR code for check-in, code ${escapeHtml(spaced)}"></p>`,
        ]
      : []),
    `<p><a href="${escapeHtml(context.manageUrl)}">${escapeHtml(manageLine)}</a></p>`,
    '<p>Please do not share this link: anyone with it can change your registration.</p>',
    `<p>${escapeHtml(event.organiser)}, for the LGA and techUK partnership</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function linkify(value: string): string {
  return /^https:\/\/[^\s"<>]+$/.test(value)
    ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`
    : escapeHtml(value);
}

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
  | 'organiser-message'
  | 'feedback-request'
  | 'feedback-reminder'
  | 'missed-event'
  | 'follow-up-survey';

/** Messages about an event that is over: no joining link, venue or calendar, and a link to a form instead. */
const AFTER_THE_EVENT = new Set<MessageKind>([
  'feedback-request',
  'feedback-reminder',
  'missed-event',
  'follow-up-survey',
]);

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
  /** Feedback and follow-up messages: the person's own link to the form, and when it closes. */
  feedbackUrl?: string | null;
  closesAt?: Date | null;
  /** The message to people who did not come: where the recording is. */
  recordingUrl?: string | null;
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
    case 'feedback-request':
      return {
        subject: `How was it? Tell us about ${event.title}`,
        paragraphs: [
          'Thank you for coming. Please tell us what you thought: it takes about 3 minutes, and your answers shape the next events and show the partnership what difference they make.',
        ],
      };
    case 'feedback-reminder':
      return {
        subject: `Reminder: your feedback on ${event.title}`,
        paragraphs: [
          'A few days ago we asked what you thought of this event. If you have 3 minutes, your answers would help us a great deal. This is the only reminder we will send.',
        ],
      };
    case 'missed-event':
      return {
        subject: `Sorry we missed you: ${event.title}`,
        paragraphs: [
          'We are sorry you could not make it.',
          ...(context.recordingUrl ? ['You can catch up with the recording, linked below.'] : []),
          ...(context.note ?? '').split(/\n{2,}/).filter(Boolean),
        ],
      };
    case 'follow-up-survey':
      return {
        subject: `Looking back: did ${event.title} make a difference?`,
        paragraphs: [
          'Some time ago you came to this event, and said we could ask you about it later. Have you done anything differently as a result? Two questions, about a minute.',
        ],
      };
  }
}

function formLines(context: MessageContext): { label: string; url: string; closes: string | null }[] {
  const closes = context.closesAt ? `The form closes on ${day(context.closesAt)}.` : null;
  if (context.kind === 'missed-event') {
    return context.recordingUrl ? [{ label: 'Watch the recording', url: context.recordingUrl, closes: null }] : [];
  }
  if (!context.feedbackUrl) return [];
  if (context.kind === 'follow-up-survey') return [{ label: 'Answer two questions', url: context.feedbackUrl, closes }];
  return [{ label: 'Give your feedback', url: context.feedbackUrl, closes }];
}

/** A message as plain text and HTML, with the event's details and the manage link in each. */
export function composeMessage(context: MessageContext): ComposedMessage {
  const { subject, paragraphs } = opening(context);
  const { event } = context;
  const cancelled = context.kind === 'event-cancelled';
  const after = AFTER_THE_EVENT.has(context.kind);
  const details: [string, string][] = [['When', whenText(event.startsAt, event.endsAt)]];
  if (!cancelled && !after) {
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
    : after
      ? 'To see your registration, or delete your details, use this link'
      : 'To see, change or cancel your registration, or delete your details, use this link';
  const forms = formLines(context);
  const text = [
    `Dear ${context.name},`,
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...forms.flatMap((form) => [`${form.label}:`, form.url, ...(form.closes ? [form.closes] : []), '']),
    event.title,
    ...details.map(([label, value]) => `${label}: ${value}`),
    `Event page: ${context.eventUrl}`,
    ...(code ? ['', `At the door, show the QR code in this email or give your check-in code: ${spaced}`] : []),
    '',
    `${manageLine}:`,
    context.manageUrl,
    '',
    after
      ? 'Please do not share these links: they are yours alone.'
      : 'Please do not share this link: anyone with it can change your registration.',
    '',
    `${event.organiser}, for the LGA and techUK partnership`,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">',
    `<p>Dear ${escapeHtml(context.name)},</p>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...forms.flatMap((form) => [
      `<p><a href="${escapeHtml(form.url)}" style="font-size: 19px; font-weight: bold;">${escapeHtml(form.label)}</a></p>`,
      ...(form.closes ? [`<p>${escapeHtml(form.closes)}</p>`] : []),
    ]),
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
    after
      ? '<p>Please do not share these links: they are yours alone.</p>'
      : '<p>Please do not share this link: anyone with it can change your registration.</p>',
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

/**
 * A personal link in a message: managing the registration (change, cancel, erase) or answering the feedback
 * form, each usable by whoever holds it, as the person it was sent to.
 */
const PERSONAL_LINK = /(\/(?:registrations\/manage|feedback)\/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** What staff see in place of a personal link's token. */
export const PERSONAL_LINK_REMOVED = '[personal link removed]';

/** A message's text, HTML or invitation as staff may see it: every personal link's token taken out. */
export function withoutPersonalLinks(text: string): string {
  return text.replace(PERSONAL_LINK, `$1${PERSONAL_LINK_REMOVED}`);
}

/** The parts of a kept message that can carry personal links, each without them. */
export function partsWithoutPersonalLinks(message: { textBody: string; htmlBody: string; inviteIcs: string | null }): {
  textBody: string;
  htmlBody: string;
  inviteIcs: string | null;
} {
  return {
    textBody: withoutPersonalLinks(message.textBody),
    htmlBody: withoutPersonalLinks(message.htmlBody),
    inviteIcs: message.inviteIcs === null ? null : withoutPersonalLinks(message.inviteIcs),
  };
}

import { randomBytes } from 'node:crypto';
import {
  composeMessage,
  type EventFacts,
  type MessageContext,
  PERSONAL_LINK_REMOVED,
  whenText,
  withoutPersonalLinks,
} from './compose';

const webinar: EventFacts = {
  id: 7,
  title: 'AI in council services <live>',
  startsAt: new Date('2025-10-26T10:00:00Z'),
  endsAt: new Date('2025-10-26T11:00:00Z'),
  format: 'online',
  venue: null,
  accessInformation: null,
  joiningUrl: 'https://meet.example.org/ai',
  cancellationReason: null,
  organiser: 'techUK',
};

function context(overrides: Partial<MessageContext> = {}): MessageContext {
  return {
    kind: 'confirmation',
    name: 'Priya <Shah>',
    event: webinar,
    eventUrl: 'https://events.example.org/events/7',
    manageUrl: 'https://events.example.org/registrations/manage/abc',
    confirmed: true,
    ...overrides,
  };
}

describe('composing messages', () => {
  it('gives UK time across the October clock change', () => {
    expect(whenText(webinar.startsAt, webinar.endsAt)).toBe('Sunday 26 October 2025, 10:00 to 11:00 (UK time)');
    expect(whenText(new Date('2026-03-29T09:00:00Z'), new Date('2026-03-29T10:30:00Z'))).toBe(
      'Sunday 29 March 2026, 10:00 to 11:30 (UK time)',
    );
  });

  it('puts the manage link in both parts and escapes what people typed in the HTML', () => {
    const message = composeMessage(context());
    expect(message.subject).toBe('Registration confirmed: AI in council services <live>');
    expect(message.text).toContain('https://events.example.org/registrations/manage/abc');
    expect(message.html).toContain('href="https://events.example.org/registrations/manage/abc"');
    expect(message.html).toContain('Dear Priya &#60;Shah&#62;');
    expect(message.html).not.toContain('<live>');
  });

  it('gives the joining link only to people with a confirmed place', () => {
    expect(composeMessage(context()).text).toContain('Joining link: https://meet.example.org/ai');
    const waiting = composeMessage(context({ kind: 'waitlisted', confirmed: false, waitlistPosition: 3 }));
    expect(waiting.text).not.toContain('https://meet.example.org/ai');
    expect(waiting.text).toContain('waiting list (number 3)');
  });

  it('says why an event was cancelled and does not invite people to join it', () => {
    const message = composeMessage(
      context({ kind: 'event-cancelled', event: { ...webinar, cancellationReason: 'Speaker unwell' } }),
    );
    expect(message.subject).toBe('Cancelled: AI in council services <live>');
    expect(message.text).toContain('The organisers said: Speaker unwell');
    expect(message.text).not.toContain('Joining link');
  });

  it('keeps organisers’ paragraphs in their own messages, and subject lines on one line', () => {
    const message = composeMessage(
      context({ kind: 'organiser-message', subject: 'Room change', note: 'First paragraph.\n\nSecond.' }),
    );
    expect(message.subject).toBe('Room change: AI in council services <live>');
    expect(message.html).toContain('<p>First paragraph.</p>\n<p>Second.</p>');
  });

  it('asks attendees for feedback with their own link and the closing date, and no joining link', () => {
    const message = composeMessage(
      context({
        kind: 'feedback-request',
        feedbackUrl: 'https://events.example.org/feedback/tok',
        closesAt: new Date('2025-11-25T10:00:00Z'),
      }),
    );
    expect(message.subject).toBe('How was it? Tell us about AI in council services <live>');
    expect(message.text).toContain('Give your feedback:\nhttps://events.example.org/feedback/tok');
    expect(message.text).toContain('The form closes on Tuesday 25 November 2025.');
    expect(message.text).not.toContain('Joining link');
    expect(message.html).toContain('href="https://events.example.org/feedback/tok"');
    expect(message.text).toContain('To see your registration, or delete your details');
  });

  it('tells people who did not come where the recording is, with the organisers’ note', () => {
    const message = composeMessage(
      context({
        kind: 'missed-event',
        recordingUrl: 'https://video.example.org/ai',
        note: 'Slides are on the event page.',
      }),
    );
    expect(message.subject).toBe('Sorry we missed you: AI in council services <live>');
    expect(message.text).toContain('Watch the recording:\nhttps://video.example.org/ai');
    expect(message.text).toContain('Slides are on the event page.');
    expect(message.text).not.toContain('feedback');
  });

  it('takes the tokens out of manage and feedback links for staff, and leaves every other link as it was', () => {
    // Tokens as the product makes them: 256 random bits, base64url.
    const manage = randomBytes(32).toString('base64url');
    const feedback = randomBytes(32).toString('base64url');
    const message = composeMessage(
      context({
        kind: 'feedback-request',
        manageUrl: `https://events.example.org/registrations/manage/${manage}`,
        feedbackUrl: `https://events.example.org/feedback/${feedback}`,
        closesAt: new Date('2025-11-02T23:59:00Z'),
      }),
    );
    for (const part of [message.text, message.html]) {
      expect(part).toContain(manage);
      expect(part).toContain(feedback);
      const shown = withoutPersonalLinks(part);
      expect(shown).not.toContain(manage);
      expect(shown).not.toContain(feedback);
      expect(shown).toContain(`https://events.example.org/registrations/manage/${PERSONAL_LINK_REMOVED}`);
      expect(shown).toContain(`https://events.example.org/feedback/${PERSONAL_LINK_REMOVED}`);
      expect(shown).toContain('https://events.example.org/events/7');
    }
    // Only a whole token: a longer path segment is not a link of ours and is left alone.
    const other = `https://elsewhere.example/feedback/${feedback}x`;
    expect(withoutPersonalLinks(other)).toBe(other);
  });
});

import type { DomainEvent } from '@epm/api/platform';
import type { FeedbackRequestKind } from './feedback.entities';

/**
 * Someone is owed a message about feedback: the request, its reminder, the
 * message for people who did not come, or the follow-up survey. Published
 * in the transaction that recorded the request, so the notifications domain
 * writes the message if and only if the request is recorded.
 */
export interface FeedbackRequested extends DomainEvent {
  type: 'FeedbackRequested';
  kind: FeedbackRequestKind;
  registrationId: number;
  eventId: number;
  /** When the form the message links to closes. */
  closesAt: Date;
  /** The no-show message: where the recording is, and the organisers' note. */
  recordingUrl?: string | null;
  note?: string | null;
}

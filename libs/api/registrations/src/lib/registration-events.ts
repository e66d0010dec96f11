import type { EventEntity } from '@epm/api/events';
import type { DomainEvent } from '@epm/api/platform';
import type { RegistrationStatus } from '@epm/shared/contracts';
import type { RegistrationEntity } from './registrations.entities';

/**
 * What happened to a registration. Published inside the transaction that made
 * the change; the notifications domain turns each into the message it owes.
 */
export interface RegistrationChanged extends DomainEvent {
  type:
    | 'RegistrationCreated'
    | 'RegistrationRepeated'
    | 'RegistrationPromoted'
    | 'RegistrationApproved'
    | 'RegistrationDeclined'
    | 'RegistrationCancelled';
  registrationId: number;
  eventId: number;
  status: RegistrationStatus;
  /** The organiser's message (declined) or the reason given (cancelled). */
  note?: string | null;
  /** The status before a cancellation: only a confirmed place needs its calendar entry withdrawn. */
  previousStatus?: RegistrationStatus;
  /**
   * The rows as they stand in the publishing transaction, so listeners in it
   * need not read them again while the event's row lock is held.
   */
  registration: RegistrationEntity;
  event?: EventEntity;
  /** Where a waitlisted registration stands, when the publisher has just worked it out. */
  waitlistPosition?: number | null;
}

/** A registration's personal data was erased: anything still holding it must go too. */
export interface RegistrationErased extends DomainEvent {
  type: 'RegistrationErased';
  registrationId: number;
  /**
   * request: the person asked ("delete my data"), so everything they wrote goes.
   * retention: the retention period ended; comments they agreed may be quoted stay, anonymous.
   */
  reason: 'request' | 'retention';
}

/** Organisers wrote to everyone on the event with some statuses. */
export interface RegistrantsMessaged extends DomainEvent {
  type: 'RegistrantsMessaged';
  eventId: number;
  registrationIds: number[];
  subject: string;
  body: string;
}

export const REGISTRATION_EVENT_TYPES = [
  'RegistrationCreated',
  'RegistrationRepeated',
  'RegistrationPromoted',
  'RegistrationApproved',
  'RegistrationDeclined',
  'RegistrationCancelled',
] as const;

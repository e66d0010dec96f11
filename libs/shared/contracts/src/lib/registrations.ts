import type { EventFormat, EventStatus, VenueInput } from './events';

export const ORGANISATION_TYPES = [
  'council',
  'supplier',
  'central-government',
  'other-public-sector',
  'academia',
  'voluntary-sector',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  council: 'Council',
  supplier: 'Technology supplier',
  'central-government': 'Central government',
  'other-public-sector': 'Other public sector',
  academia: 'Academia',
  'voluntary-sector': 'Voluntary or community sector',
  other: 'Other',
};

/** UK definition: an SME has fewer than 250 staff. */
export const SUPPLIER_SIZES = ['sme', 'large'] as const;
export type SupplierSize = (typeof SUPPLIER_SIZES)[number];

/**
 * confirmed: has a place. waitlisted: waiting for one, in order. pending:
 * waiting for an organiser's approval. declined: not approved. cancelled: by
 * the attendee or an organiser.
 */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'pending', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** What an attendee sends to register. Optional consents are separate and default to no. */
export interface RegistrationInput {
  name: string;
  email: string;
  organisationType: OrganisationType;
  /** GSS code from the councils list; required when organisationType is council. */
  councilCode?: string | null;
  /** Required unless organisationType is council. */
  organisationName?: string | null;
  /** Required when organisationType is supplier. */
  supplierSize?: SupplierSize | null;
  jobTitle: string;
  accessibilityNeeds?: string | null;
  /** In-person and hybrid events only. */
  dietaryNeeds?: string | null;
  /** May we contact you after the event to evaluate it? */
  consentFollowUp?: boolean;
  /** May we tell you about future events? */
  consentFutureEvents?: boolean;
}

/** What an attendee may change through their manage link (the email address stays: register again to use another). */
export type RegistrationChange = Partial<Omit<RegistrationInput, 'email'>>;

/**
 * The answer to a registration. `already-registered` means the address was
 * registered before: the details were emailed to it again and nothing else
 * is revealed.
 */
export interface RegistrationReceipt {
  status: RegistrationStatus | 'already-registered';
  /** Where on the waitlist, 1 for first; only for waitlisted. */
  waitlistPosition: number | null;
}

/** Whether the public can register now, and if not, why. */
export interface EventAvailability {
  state: 'open' | 'waitlist' | 'approval' | 'not-yet-open' | 'closed' | 'unavailable';
  /** null when capacity is unlimited. */
  placesLeft: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
}

/** A registration as its owner sees it through the manage link. */
export interface ManagedRegistration {
  status: RegistrationStatus;
  waitlistPosition: number | null;
  name: string;
  email: string;
  organisationType: OrganisationType;
  council: { gssCode: string; name: string } | null;
  organisationName: string | null;
  supplierSize: SupplierSize | null;
  jobTitle: string;
  accessibilityNeeds: string | null;
  dietaryNeeds: string | null;
  consentFollowUp: boolean;
  consentFutureEvents: boolean;
  event: {
    id: number;
    title: string;
    status: EventStatus;
    format: EventFormat;
    startsAt: string;
    endsAt: string;
    venue: (VenueInput & { accessInformation: string }) | null;
    /** Only while the registration is confirmed. */
    joiningUrl: string | null;
  };
}

/** A registration as organisers see it. */
export interface RegistrationResponse {
  id: number;
  eventId: number;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  name: string;
  email: string;
  organisationType: OrganisationType;
  council: { gssCode: string; name: string } | null;
  organisationName: string | null;
  supplierSize: SupplierSize | null;
  jobTitle: string;
  accessibilityNeeds: string | null;
  dietaryNeeds: string | null;
  consentFollowUp: boolean;
  consentFutureEvents: boolean;
  /** public: the attendee registered; organiser: added by hand. */
  source: 'public' | 'organiser';
  decisionMessage: string | null;
  cancellationReason: string | null;
  createdAt: string;
}

export interface RegistrationCounts {
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  pending: number;
  declined: number;
  cancelled: number;
}

export interface RegistrationListResponse {
  items: RegistrationResponse[];
  total: number;
  page: number;
  pageSize: number;
  counts: RegistrationCounts;
}

export interface DeclineRequest {
  message?: string;
}

export interface CancelRegistrationRequest {
  reason?: string;
}

/** A message from the organisers to everyone registered with the given statuses. */
export interface RegistrantMessageRequest {
  statuses: RegistrationStatus[];
  subject: string;
  body: string;
}

export interface RegistrantMessageResponse {
  queued: number;
}

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxMessageSummary {
  id: number;
  kind: string;
  eventId: number | null;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxMessageDetail extends OutboxMessageSummary {
  text: string;
  /** METHOD of the attached invite (REQUEST or CANCEL), if there is one. */
  inviteMethod: string | null;
}

export interface OutboxListResponse {
  items: OutboxMessageSummary[];
  total: number;
  page: number;
  pageSize: number;
}

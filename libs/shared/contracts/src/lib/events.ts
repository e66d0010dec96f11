import type { EventType } from './taxonomy';
import type { PartnerOrganisationCode } from './organisations';

export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/**
 * draft → published → registration-closed → completed, and cancelled from any
 * state before completed. Only published events take registrations.
 */
export const EVENT_STATUSES = ['draft', 'published', 'registration-closed', 'completed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const AUDIENCES = ['councils', 'suppliers', 'all'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface VenueInput {
  name: string;
  address: string;
  postcode: string;
  /** Step-free access, hearing loops, quiet rooms, how to get there. */
  accessInformation?: string;
}

export interface SpeakerInput {
  name: string;
  role?: string;
  organisation?: string;
}

export interface ConsultationInput {
  questions: string[];
  /** ISO 8601 with offset. */
  responsesCloseAt: string;
}

/** What an organiser sends to create an event; PATCH takes any subset. Times are ISO 8601 with an offset. */
export interface EventInput {
  title: string;
  summary: string;
  description?: string;
  type: EventType;
  format: EventFormat;
  venue?: VenueInput | null;
  joiningUrl?: string | null;
  startsAt: string;
  endsAt: string;
  /** null for unlimited. */
  capacity: number | null;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  approvalRequired?: boolean;
  audience: Audience;
  leadOrganisation: PartnerOrganisationCode;
  partnerOrganisation?: PartnerOrganisationCode | null;
  /** Theme, mission, enabler and principle codes from the taxonomy. */
  tags?: string[];
  objectiveIds?: number[];
  speakers?: SpeakerInput[];
  consultation?: ConsultationInput | null;
}

export interface EventResponse {
  id: number;
  programmeId: number;
  title: string;
  summary: string;
  description: string;
  type: EventType;
  format: EventFormat;
  status: EventStatus;
  cancellationReason: string | null;
  venue: (VenueInput & { accessInformation: string }) | null;
  /** Only for organisers, and (later) for confirmed registrants. */
  joiningUrl: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  approvalRequired: boolean;
  audience: Audience;
  leadOrganisation: { code: string; name: string };
  partnerOrganisation: { code: string; name: string } | null;
  tags: string[];
  objectiveIds: number[];
  speakers: Required<SpeakerInput>[];
  consultation: ConsultationInput | null;
  /** Grows with every change attendees need to know about (calendar SEQUENCE). */
  sequence: number;
  seriesId: number | null;
  updatedAt: string;
}

export interface EventListResponse {
  items: EventResponse[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CancelEventRequest {
  reason: string;
}

export interface ProgrammeResponse {
  id: number;
  name: string;
  /** Inclusive dates, YYYY-MM-DD, in UK time. */
  startsOn: string;
  endsOn: string;
  objectives: ObjectiveResponse[];
}

export interface ProgrammeInput {
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface ObjectiveInput {
  title: string;
  description?: string;
  /** What the target counts, for example "councils reached" or "satisfaction out of 5". */
  targetUnit?: string | null;
  targetValue?: number | null;
}

export interface ObjectiveResponse {
  id: number;
  title: string;
  description: string;
  targetUnit: string | null;
  targetValue: number | null;
}

export const SERIES_FREQUENCIES = ['weekly', 'monthly'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/**
 * A recurring series created in one go. The first occurrence is `event`;
 * monthly series repeat on the same weekday of the month (the second Tuesday,
 * say), weekly ones every 7 days, always at the same UK clock time.
 */
export interface SeriesRequest {
  event: EventInput;
  frequency: SeriesFrequency;
  /** 2 to 24 occurrences, the first included. */
  occurrences: number;
}

export interface SeriesResponse {
  seriesId: number;
  events: EventResponse[];
}

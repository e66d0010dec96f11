import type { EventStatus } from './events';
import type { PartnerOrganisationCode } from './organisations';
import type { EventType } from './taxonomy';

/** What an event (or the programme) led to: the evidence of change the MoU review asks for. */
export const OUTCOME_KINDS = [
  'action-agreed',
  'consultation-response',
  'pilot-started',
  'resource-published',
  'policy-input',
  'procurement-change',
  'other',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  'action-agreed': 'Action agreed',
  'consultation-response': 'Consultation response submitted',
  'pilot-started': 'Pilot started',
  'resource-published': 'Resource published',
  'policy-input': 'Policy input',
  'procurement-change': 'Procurement change',
  other: 'Other',
};

export const OUTCOME_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const OUTCOME_STATUS_LABELS: Record<OutcomeStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

/**
 * Who owns the outcome: one of the two partners, or another organisation
 * (a council, a supplier, a government department) named in `ownerName`.
 * Always an organisation, never a person: outcomes hold no personal data.
 */
export const OUTCOME_OWNERS = ['techuk', 'lga', 'other'] as const satisfies readonly (
  | PartnerOrganisationCode
  | 'other'
)[];
export type OutcomeOwner = (typeof OUTCOME_OWNERS)[number];

/** Event types whose organisers are prompted to record outcomes once the event is completed. */
export const OUTCOME_PROMPT_EVENT_TYPES: readonly EventType[] = ['roundtable', 'consultation'];

/** Whether to prompt the organiser to record what a completed roundtable or consultation led to. */
export function outcomePromptDue(event: { type: EventType; status: EventStatus }, outcomeCount: number): boolean {
  return event.status === 'completed' && OUTCOME_PROMPT_EVENT_TYPES.includes(event.type) && outcomeCount === 0;
}

/** Outcomes can stem only from events that took, or are taking, place. */
export const OUTCOME_EVENT_STATUSES: readonly EventStatus[] = ['published', 'registration-closed', 'completed'];

/** What an organiser sends to record an outcome; PATCH takes any subset. */
export interface OutcomeInput {
  kind: OutcomeKind;
  /** Up to 200 characters. */
  title: string;
  /** Up to 2000 characters; optional. */
  description?: string;
  ownerOrganisation: OutcomeOwner;
  /** The other organisation's name (up to 200 characters); required when ownerOrganisation is `other`, else ignored. */
  ownerName?: string | null;
  /** UK date, YYYY-MM-DD: when it happened, or is expected to. A done outcome's date is not in the future. */
  date: string;
  status: OutcomeStatus;
  /** Where to read more; https only. */
  link?: string | null;
  /** The programme year the outcome counts towards. */
  programmeId: number;
  /** The events it stems from, all in that programme year; none for a programme-level outcome. */
  eventIds?: number[];
  /** Objectives of that programme year it contributes to. */
  objectiveIds?: number[];
}

export interface OutcomeEventRef {
  id: number;
  title: string;
  type: EventType;
  /** ISO 8601 with the UK offset. */
  startsAt: string;
}

export interface OutcomeObjectiveRef {
  id: number;
  title: string;
}

export interface OutcomeResponse {
  id: number;
  programmeId: number;
  kind: OutcomeKind;
  title: string;
  description: string;
  ownerOrganisation: OutcomeOwner;
  /** The owner's name: the partner's, or the other organisation's as entered. */
  ownerName: string;
  date: string;
  status: OutcomeStatus;
  link: string | null;
  /** Oldest first. */
  events: OutcomeEventRef[];
  objectives: OutcomeObjectiveRef[];
  /** ISO 8601 in UTC. */
  createdAt: string;
  updatedAt: string;
}

export interface OutcomeListResponse {
  items: OutcomeResponse[];
  total: number;
  page: number;
  pageSize: number;
}

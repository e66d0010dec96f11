import type { EventFormat, EventStatus } from './events';
import type { OutcomeKind, OutcomeStatus } from './outcomes';
import type { OrganisationType } from './registrations';
import type { EventType } from './taxonomy';

/** A rate or mean with what it was computed from, so the panel can check it. null value when the denominator is 0. */
export interface Ratio {
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface ImpactFilters {
  /** Inclusive UK dates, YYYY-MM-DD. */
  from: string;
  to: string;
  type?: EventType;
  theme?: string;
  /** Partner code: events the organisation led or partnered. */
  organisation?: string;
  format?: EventFormat;
  /** One event's evidence: every figure counted on that event alone (not a draft). */
  event?: number;
  /** One objective's evidence: the events linked to it, its outcomes, and the objectives narrowed to it. */
  objective?: number;
}

/** With the `event` filter: what the event was, for its evidence page. No personal data (no speakers, no links). */
export interface ImpactEventDetails {
  id: number;
  title: string;
  summary: string;
  type: EventType;
  format: EventFormat;
  status: Exclude<EventStatus, 'draft'>;
  /** ISO 8601 with offset. */
  startsAt: string;
  endsAt: string;
  /** Published, not cancelled, and ended when the figures were computed (docs/metrics.md: events held). */
  held: boolean;
  /** The venue's name for an in-person or hybrid event, else null. */
  venue: string | null;
  leadOrganisation: { code: string; name: string };
  partnerOrganisation: { code: string; name: string } | null;
  /** Taxonomy codes and labels of the event's tags. */
  tags: { code: string; label: string }[];
  /** The objectives it is linked to, each with an evidence page of its own. */
  objectives: { id: number; title: string }[];
  programme: { id: number; name: string };
}

/** With the `objective` filter: the objective and its programme year (its figures are in `objectives`). */
export interface ImpactObjectiveDetails {
  id: number;
  title: string;
  description: string;
  targetUnit: string | null;
  targetValue: number | null;
  programme: { id: number; name: string; startsOn: string; endsOn: string };
}

export interface CountBy {
  key: string;
  label: string;
  count: number;
}

export interface ImpactReport {
  filters: ImpactFilters;
  /** When the figures were computed (ISO 8601 with offset). */
  generatedAt: string;
  /**
   * How current the data behind them is (ISO 8601 with offset): `generatedAt` when the report read the
   * primary database; on a read replica (REPORTS_DATABASE_URL), that less the replica's delay, or null when
   * the replica cannot say how far behind it is.
   */
  dataAsOf: string | null;
  /** Present when the report is filtered by `event`. */
  event?: ImpactEventDetails;
  /** Present when the report is filtered by `objective`. */
  objective?: ImpactObjectiveDetails;
  events: {
    held: number;
    upcoming: number;
    cancelled: number;
    byType: CountBy[];
    /** YYYY-MM in UK time, every month of the period. */
    byMonth: CountBy[];
    byTheme: CountBy[];
    /** techuk (led alone), lga (led alone), joint. */
    byOrganisation: CountBy[];
    byFormat: CountBy[];
    /** The held events, in the order they started: what was held, each with its evidence page. */
    items: {
      id: number;
      title: string;
      type: EventType;
      format: EventFormat;
      /** ISO 8601 with offset. */
      startsAt: string;
      /** techuk or lga (led alone), or joint. */
      organisation: string;
      /** Registrations recorded as attended. */
      attended: number;
      /** Feedback forms returned. */
      responses: number;
    }[];
  };
  registrations: {
    total: number;
    confirmed: number;
    /** Unmet demand: people still waiting when their event started. */
    waitlisted: number;
    cancelled: number;
    pending: number;
  };
  attendance: {
    attended: number;
    noShows: number;
    /** attended / confirmed registrations of held events. */
    rate: Ratio;
  };
  reach: {
    people: number;
    organisations: number;
    councils: {
      reached: number;
      total: number;
      share: Ratio;
      byRegion: { region: string; reached: number; total: number }[];
      byType: { type: string; reached: number; total: number }[];
    };
    suppliers: { organisations: number; sme: number; large: number; smeShare: Ratio };
    sectors: { organisationType: OrganisationType; people: number }[];
  };
  repeat: {
    people: number;
    organisations: number;
    /** Per UK month: attendees at their first held event of the period, and those who had come before. */
    byMonth: { month: string; firstTime: number; returning: number }[];
  };
  feedback: {
    /** Feedback forms returned for held events (not the follow-up survey). */
    responses: number;
    /** responses / attended. */
    responseRate: Ratio;
    /** Mean of 1-5 answers: numerator is their sum, denominator how many answered. */
    satisfaction: Ratio;
    usefulness: Ratio;
    /** % promoters (9-10) minus % detractors (0-6) of those who answered, -100 to 100. */
    nps: { value: number | null; promoters: number; passives: number; detractors: number; answered: number };
    /** Share answering "yes" to "will you do something differently?" of those who answered. */
    intendToAct: Ratio;
    themesRequested: CountBy[];
    /** Comments their authors agreed may be quoted anonymously. No names. */
    quotes: { text: string; eventTitle: string; eventType: EventType }[];
  };
  outcomes: {
    total: number;
    byKind: CountBy[];
    byStatus: CountBy[];
    items: {
      id: number;
      title: string;
      kind: OutcomeKind;
      status: OutcomeStatus;
      date: string;
      eventIds: number[];
      objectiveIds: number[];
    }[];
  };
  objectives: {
    id: number;
    title: string;
    targetUnit: string | null;
    targetValue: number | null;
    /** The figure the target is measured by (see docs/metrics.md), over the objective's own held events. */
    measure: 'councils' | 'events' | 'satisfaction' | 'suppliers' | 'people' | null;
    actual: number | null;
    evidence: { events: number; outcomes: number; eventIds: number[]; outcomeIds: number[] };
  }[];
  /** People at held events: registered, attended, gave feedback, reported acting on it in the follow-up. */
  funnel: { registered: number; attended: number; gaveFeedback: number; reportedAction: number };
}

/** Councils nobody from came to a held event in the period: organisers only, to plan where to reach next. */
export interface CouncilsNotReachedResponse {
  filters: ImpactFilters;
  /** Councils in the reference list. */
  total: number;
  notReached: number;
  /** By region, then name. */
  councils: { gssCode: string; name: string; type: string; region: string }[];
}

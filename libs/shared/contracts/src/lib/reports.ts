import type { EventFormat } from './events';
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
}

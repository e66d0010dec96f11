import {
  ENABLER_TERMS,
  EVENT_FORMATS,
  EVENT_TYPE_TERMS,
  EVENT_TYPES,
  type EventFormat,
  type EventType,
  MISSION_TERMS,
  PARTNER_ORGANISATIONS,
  type PartnerOrganisationCode,
  PRINCIPLE_TERMS,
  THEME_TERMS,
  type TaxonomyTermDefinition,
} from '@epm/shared/contracts';
import type { FieldError } from '@epm/web/ui';

/** The report's filters as the page's address holds them (`/reports?from=…&to=…&type=…`): anything, as typed. */
export interface ReportQuery {
  from?: string;
  to?: string;
  type?: string;
  theme?: string;
  organisation?: string;
  format?: string;
}

/** Filters the API accepts. No dates means the API's default period (the latest programme year that has ended). */
export interface ReportFilters {
  from?: string;
  to?: string;
  type?: EventType;
  theme?: string;
  organisation?: PartnerOrganisationCode;
  format?: EventFormat;
  /** One event's or objective's evidence: set by their pages (ids), never read from the dashboard's address. */
  event?: string;
  objective?: string;
}

export const FILTER_KEYS = ['from', 'to', 'type', 'theme', 'organisation', 'format'] as const;

export const TYPE_LABELS: Record<EventType, string> = Object.fromEntries(
  EVENT_TYPE_TERMS.map((term) => [term.code, term.label]),
) as Record<EventType, string>;

export const FORMAT_LABELS: Record<EventFormat, string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
};

export const ORGANISATION_LABELS: Record<PartnerOrganisationCode, string> = Object.fromEntries(
  PARTNER_ORGANISATIONS.map((partner) => [partner.code, partner.name]),
) as Record<PartnerOrganisationCode, string>;

/** The theme filter takes any tag events carry: the MoU themes first, then the framework's terms. */
export const THEME_GROUPS: { label: string; terms: readonly TaxonomyTermDefinition[] }[] = [
  { label: 'MoU themes', terms: THEME_TERMS },
  { label: 'Framework missions', terms: MISSION_TERMS },
  { label: 'Framework enablers', terms: ENABLER_TERMS },
  { label: 'Framework principles', terms: PRINCIPLE_TERMS },
];

const THEME_LABELS = new Map(THEME_GROUPS.flatMap((group) => group.terms.map((term) => [term.code, term.label])));

/** A real calendar date written YYYY-MM-DD, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function validDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match ? (isoDate(Number(match[1]), Number(match[2]), Number(match[3])) ?? undefined) : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

/**
 * The address's filters, for the API: values it would refuse are dropped rather than sent, so an edited or
 * stale link still shows a report. Dates come as a pair (the period) and in order, or not at all.
 */
export function filtersFromQuery(query: ReportQuery): ReportFilters {
  const from = validDate(query.from);
  const to = validDate(query.to);
  const period = from && to && from <= to ? { from, to } : {};
  const filters: ReportFilters = {
    ...period,
    type: oneOf(EVENT_TYPES, query.type),
    theme: THEME_LABELS.has(query.theme ?? '') ? query.theme : undefined,
    organisation: oneOf(
      PARTNER_ORGANISATIONS.map((partner) => partner.code),
      query.organisation,
    ),
    format: oneOf(EVENT_FORMATS, query.format),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as ReportFilters;
}

/** Query parameters for the router: every filter key, null where unset so it leaves the address. */
export function queryFromFilters(filters: ReportFilters): Record<(typeof FILTER_KEYS)[number], string | null> {
  return {
    from: filters.from ?? null,
    to: filters.to ?? null,
    type: filters.type ?? null,
    theme: filters.theme ?? null,
    organisation: filters.organisation ?? null,
    format: filters.format ?? null,
  };
}

/** What the filter form holds: the dates in GOV.UK's three boxes each, the choices as their codes ('' for all). */
export interface FilterFormValue {
  fromDay: string;
  fromMonth: string;
  fromYear: string;
  toDay: string;
  toMonth: string;
  toYear: string;
  type: string;
  theme: string;
  organisation: string;
  format: string;
}

function dateBoxes(date: string | undefined): [string, string, string] {
  if (!date) return ['', '', ''];
  const [year = '', month = '', day = ''] = date.split('-');
  return [String(Number(day)), String(Number(month)), year];
}

/** The form for some filters; `period` fills the dates when the filters leave them to the API's default. */
export function formFromFilters(filters: ReportFilters, period?: { from: string; to: string }): FilterFormValue {
  const [fromDay, fromMonth, fromYear] = dateBoxes(filters.from ?? period?.from);
  const [toDay, toMonth, toYear] = dateBoxes(filters.to ?? period?.to);
  return {
    fromDay,
    fromMonth,
    fromYear,
    toDay,
    toMonth,
    toYear,
    type: filters.type ?? '',
    theme: filters.theme ?? '',
    organisation: filters.organisation ?? '',
    format: filters.format ?? '',
  };
}

type DateField = 'from' | 'to';
const DATE_NAMES: Record<DateField, string> = { from: 'start date', to: 'end date' };

function dateFromBoxes(
  field: DateField,
  day: string,
  month: string,
  year: string,
): { date?: string; error?: FieldError } {
  const boxes = [day, month, year].map((box) => box.trim());
  if (boxes.every((box) => box === '')) return {};
  if (boxes.some((box) => box === '')) {
    const missing = (['day', 'month', 'year'] as const).filter((_, index) => boxes[index] === '');
    return {
      error: { field, message: `The ${DATE_NAMES[field]} must include a ${missing.join(' and a ')}` },
    };
  }
  const date = boxes.every((box) => /^\d+$/.test(box))
    ? isoDate(Number(boxes[2]), Number(boxes[1]), Number(boxes[0]))
    : null;
  if (!date || (boxes[2]?.length ?? 0) !== 4) {
    return { error: { field, message: `The ${DATE_NAMES[field]} must be a real date, like 1 4 2025` } };
  }
  return { date };
}

/**
 * The filters a submitted form asks for, or its errors in the order the fields appear (GOV.UK's messages).
 * Both dates or neither: a period needs its two ends, and the end may not come before the start.
 */
export function filtersFromForm(
  form: FilterFormValue,
): { filters: ReportFilters; errors: [] } | { filters: null; errors: FieldError[] } {
  const from = dateFromBoxes('from', form.fromDay, form.fromMonth, form.fromYear);
  const to = dateFromBoxes('to', form.toDay, form.toMonth, form.toYear);
  const errors: FieldError[] = [from.error, to.error].filter((error): error is FieldError => !!error);
  if (errors.length === 0) {
    if (from.date && !to.date) errors.push({ field: 'to', message: 'Enter the end date' });
    if (to.date && !from.date) errors.push({ field: 'from', message: 'Enter the start date' });
    if (from.date && to.date && to.date < from.date) {
      errors.push({ field: 'to', message: 'The end date must be the same as or after the start date' });
    }
  }
  if (errors.length > 0) return { filters: null, errors };
  return {
    filters: filtersFromQuery({
      from: from.date,
      to: to.date,
      type: form.type,
      theme: form.theme,
      organisation: form.organisation,
      format: form.format,
    }),
    errors: [],
  };
}

/** "Webinars; theme: Digital skills; led or partnered by techUK; online", or "All events". */
export function filtersDescription(filters: ReportFilters): string {
  const parts = [
    filters.type ? `${TYPE_LABELS[filters.type]}s` : 'All event types',
    filters.theme ? `theme: ${THEME_LABELS.get(filters.theme) ?? filters.theme}` : null,
    filters.organisation ? `led or partnered by ${ORGANISATION_LABELS[filters.organisation]}` : null,
    filters.format ? `format: ${FORMAT_LABELS[filters.format].toLowerCase()}` : null,
  ].filter((part): part is string => !!part);
  return parts.length === 1 && !filters.type ? 'All events' : parts.join('; ');
}

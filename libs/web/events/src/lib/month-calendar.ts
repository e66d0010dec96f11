import { type EventResponse, londonParts } from '@epm/shared/contracts';
import { formatUk } from '@epm/web/ui';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Monday first, as UK calendars are. */
export const WEEKDAYS = [
  { short: 'Mon', long: 'Monday' },
  { short: 'Tue', long: 'Tuesday' },
  { short: 'Wed', long: 'Wednesday' },
  { short: 'Thu', long: 'Thursday' },
  { short: 'Fri', long: 'Friday' },
  { short: 'Sat', long: 'Saturday' },
  { short: 'Sun', long: 'Sunday' },
];

/** A day of the month, or `null` for the cells before the 1st and after the last day. */
export interface CalendarDay {
  /** YYYY-MM-DD on the UK calendar. */
  date: string;
  day: number;
  /** "Wednesday 1 October 2025", for screen readers. */
  label: string;
  isToday: boolean;
  /** Events starting on this UK day, earliest first. */
  events: EventResponse[];
}

export interface CalendarMonth {
  /** YYYY-MM */
  month: string;
  /** "October 2025" */
  label: string;
  /** Rows of seven cells, Monday to Sunday. */
  weeks: (CalendarDay | null)[][];
  previous: { month: string; label: string };
  next: { month: string; label: string };
  /** The first and last day, YYYY-MM-DD, as the events API's `from` and `to` take them. */
  from: string;
  to: string;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The month a `?month=YYYY-MM` names, or the month `today` (YYYY-MM-DD) is in when it names none. */
export function monthOrCurrent(month: string | undefined, today: string): string {
  const match = MONTH_PATTERN.exec(month ?? '');
  if (match && Number(match[1]) >= 2000 && Number(match[1]) <= 2100) return month as string;
  return today.slice(0, 7);
}

/** The UK calendar date (YYYY-MM-DD) an instant falls on: 00:30 BST on 1 October is 23:30 UTC on 30 September. */
export function londonDate(instant: string | Date): string {
  const parts = londonParts(new Date(instant));
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/**
 * The month as a grid of weeks, each event placed on the UK day it starts.
 * Calendar days are pure date arithmetic (UTC dates, which have no clock
 * changes); only the events' instants need the London time zone.
 */
export function monthCalendar(month: string, events: EventResponse[], today: string): CalendarMonth {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const daysInMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  // getUTCDay counts from Sunday (0); the grid counts from Monday.
  const leadingBlanks = (new Date(Date.UTC(year, monthIndex, 1)).getUTCDay() + 6) % 7;

  const byDate = new Map<string, EventResponse[]>();
  for (const event of [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const date = londonDate(event.startsAt);
    byDate.set(date, [...(byDate.get(date) ?? []), event]);
  }

  const cells: (CalendarDay | null)[] = Array.from({ length: leadingBlanks }, () => null);
  for (let day = 1; day <= daysInMonth; day++) {
    const date = `${month}-${pad(day)}`;
    cells.push({
      date,
      day,
      // Midday UTC is the same date in London, whatever the season.
      label: formatUk(`${date}T12:00:00Z`, 'date'),
      isToday: date === today,
      events: byDate.get(date) ?? [],
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));

  return {
    month,
    label: monthLabel(year, monthIndex),
    weeks,
    previous: shifted(year, monthIndex, -1),
    next: shifted(year, monthIndex, 1),
    from: `${month}-01`,
    to: `${month}-${pad(daysInMonth)}`,
  };
}

function monthLabel(year: number, monthIndex: number): string {
  return `${MONTH_NAMES[monthIndex]} ${year}`;
}

function shifted(year: number, monthIndex: number, by: number): { month: string; label: string } {
  const date = new Date(Date.UTC(year, monthIndex + by, 1));
  return {
    month: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`,
    label: monthLabel(date.getUTCFullYear(), date.getUTCMonth()),
  };
}

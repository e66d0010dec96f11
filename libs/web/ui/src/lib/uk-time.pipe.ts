import { Pipe, type PipeTransform } from '@angular/core';

const ZONE = 'Europe/London';
const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
/** GOV.UK style drops the comma Intl puts after the weekday: "Monday 2 June 2025". */
const dateFormat = {
  format: (instant: Date) => longDate.format(instant).replace(',', ''),
};
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/** GOV.UK style times: "10am", "12:30pm", "12pm" (midday). */
export function ukTime(instant: Date): string {
  const parts = Object.fromEntries(timeFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const minute = parts['minute'] === '00' ? '' : `:${parts['minute']}`;
  return `${parts['hour']}${minute}${(parts['dayPeriod'] ?? '').toLowerCase().replace(/\s|\./g, '')}`;
}

export type UkFormat = 'date' | 'short-date' | 'time' | 'date-time' | 'range';

/**
 * Shows instants in UK time whatever the reader's computer is set to:
 * "Tuesday 2 June 2025", "10am", "Tuesday 2 June 2025, 10am to 12pm".
 */
export function formatUk(value: string | Date, format: UkFormat, end?: string | Date): string {
  const instant = new Date(value);
  switch (format) {
    case 'date':
      return dateFormat.format(instant);
    case 'short-date':
      return shortDateFormat.format(instant);
    case 'time':
      return ukTime(instant);
    case 'date-time':
      return `${dateFormat.format(instant)}, ${ukTime(instant)}`;
    case 'range': {
      if (!end) return `${dateFormat.format(instant)}, ${ukTime(instant)}`;
      const finish = new Date(end);
      const sameDay = dateFormat.format(instant) === dateFormat.format(finish);
      return sameDay
        ? `${dateFormat.format(instant)}, ${ukTime(instant)} to ${ukTime(finish)}`
        : `${dateFormat.format(instant)}, ${ukTime(instant)} to ${dateFormat.format(finish)}, ${ukTime(finish)}`;
    }
  }
}

@Pipe({ name: 'uk' })
export class UkTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, format: UkFormat = 'date-time', end?: string | Date): string {
    return value ? formatUk(value, format, end) : '';
  }
}

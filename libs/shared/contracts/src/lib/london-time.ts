/**
 * Events happen in the UK: instants are stored in UTC and shown and entered
 * in Europe/London, whose offset is +00:00 in winter (GMT) and +01:00 in
 * summer (BST). These helpers use the platform's time-zone database (Intl),
 * so the British Summer Time changes are always right.
 */
export const UK_TIME_ZONE = 'Europe/London';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LondonParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function londonParts(instant: Date): LondonParts {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** Minutes ahead of UTC in London at that instant: 0 or 60. */
export function londonOffsetMinutes(instant: Date): number {
  const p = londonParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** ISO 8601 with London's offset, e.g. 2025-06-02T10:00:00+01:00. */
export function toLondonIso(instant: Date): string {
  const p = londonParts(instant);
  const offset = londonOffsetMinutes(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The instant a London wall-clock time names. In the hour that does not exist
 * (clocks go forward) it answers the time an hour later; in the hour that
 * happens twice (clocks go back) it answers the first.
 */
export function fromLondonWallClock(year: number, month: number, day: number, hour: number, minute: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  for (const offset of [60, 0]) {
    const candidate = new Date(guess - offset * 60_000);
    const p = londonParts(candidate);
    if (p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute)
      return candidate;
  }
  // Only the skipped hour gets here: the same digits read as UTC fall an hour later on the London clock.
  return new Date(guess);
}

/** ISO 8601 date-time that states its offset (Z or ±hh:mm), as the API requires. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

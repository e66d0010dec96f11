import { fromLondonWallClock, londonParts, type SeriesFrequency, toLondonIso } from '@epm/shared/contracts';

export interface Occurrence {
  startsAt: string;
  endsAt: string;
}

/**
 * The dates of a recurring series, at the same UK clock time each time (so a
 * 12:30 webinar stays at 12:30 across the clock changes). Monthly series keep
 * the first occurrence's weekday of the month ("second Tuesday"); where a
 * month has no fifth such weekday, the last one is used.
 */
export function seriesOccurrences(
  startsAt: string,
  endsAt: string,
  frequency: SeriesFrequency,
  count: number,
): Occurrence[] {
  const start = new Date(startsAt);
  const durationMs = new Date(endsAt).getTime() - start.getTime();
  const first = londonParts(start);
  const weekday = new Date(Date.UTC(first.year, first.month - 1, first.day)).getUTCDay();
  const nth = Math.ceil(first.day / 7);
  const occurrences: Occurrence[] = [];
  for (let index = 0; index < count; index++) {
    let year = first.year;
    let month = first.month;
    let day = first.day;
    if (frequency === 'weekly') {
      const date = new Date(Date.UTC(first.year, first.month - 1, first.day + 7 * index));
      [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    } else {
      const monthIndex = first.month - 1 + index;
      year = first.year + Math.floor(monthIndex / 12);
      month = (monthIndex % 12) + 1;
      const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
      const firstMatch = 1 + ((weekday - firstWeekday + 7) % 7);
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      day = firstMatch + 7 * (nth - 1);
      if (day > daysInMonth) day -= 7;
    }
    const occurrenceStart = fromLondonWallClock(year, month, day, first.hour, first.minute);
    occurrences.push({
      startsAt: toLondonIso(occurrenceStart),
      endsAt: toLondonIso(new Date(occurrenceStart.getTime() + durationMs)),
    });
  }
  return occurrences;
}

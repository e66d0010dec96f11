import type { Ratio } from '@epm/shared/contracts';

/** What a rate over nothing reads as: never 0%, which would claim a result. */
export const NO_DATA = 'No data';

const numberFormat = new Intl.NumberFormat('en-GB');

/** 1234 → "1,234". */
export function count(value: number): string {
  return numberFormat.format(value);
}

/** "1 event", "2 events". */
export function plural(value: number, one: string, many = `${one}s`): string {
  return `${count(value)} ${value === 1 ? one : many}`;
}

/**
 * A share (0 to 1) as a whole percentage, or "No data" for null. A share that rounds to 0% or 100%
 * without being exactly that says so ("less than 1%", "more than 99%"), so 1 council of 317 is not "0%".
 */
export function percent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA;
  const rounded = Math.round(value * 100);
  if (rounded === 0 && value > 0) return 'less than 1%';
  if (rounded === 100 && value < 1) return 'more than 99%';
  return `${rounded}%`;
}

/** A share computed here (a row of a table): null when there is nothing to share out. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** A rate's value as a percentage, or "No data" when its denominator is 0. */
export function ratePercent(rate: Ratio): string {
  return rate.denominator === 0 ? NO_DATA : percent(rate.value);
}

/** "4 of 5": the numbers a rate was computed from. */
export function rateFraction(rate: Ratio): string {
  return `${count(rate.numerator)} of ${count(rate.denominator)}`;
}

/** "80% (4 of 5)", or "No data (0 of 0)". */
export function rateText(rate: Ratio): string {
  return `${ratePercent(rate)} (${rateFraction(rate)})`;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2025-04" → "April 2025". */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthFormat.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** "2025-04-01" → "1 April 2025", whatever the reader's time zone. */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "1 April 2025 to 31 March 2026". */
export function periodLabel(from: string, to: string): string {
  return from === to ? dateLabel(from) : `${dateLabel(from)} to ${dateLabel(to)}`;
}

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A mean of 1-5 answers: "4.35 out of 5", or "No data" when nobody answered. */
export function meanText(mean: Ratio): string {
  return mean.denominator === 0 || mean.value === null ? NO_DATA : `${mean.value.toFixed(2)} out of 5`;
}

/** A Net Promoter Score with its sign ("+35", "0", "−12.5"), or "No data" when nobody answered. */
export function npsScore(value: number | null): string {
  if (value === null) return NO_DATA;
  const magnitude = Number(Math.abs(value).toFixed(1)).toString();
  return value > 0 ? `+${magnitude}` : value < 0 ? `\u2212${magnitude}` : '0';
}

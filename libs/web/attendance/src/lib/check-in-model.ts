import type { AttendanceCounts, AttendanceEntry } from '@epm/shared/contracts';

/** What the code field says when the code cannot be one: the same example as the hint and the API. */
export const CODE_FORMAT_MESSAGE = 'Enter the 8 letters and numbers from the email, like K7MX 3QPA';

/**
 * The check-in code as the API stores it: capitals, no spaces or dashes. The
 * email prints it in two groups ("K7MX 3QPA") and people type it any way.
 */
export function normaliseCode(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

/** Eight letters and digits once normalised: anything else is a typing slip, worth saying before asking the API. */
export function isCheckInCode(code: string): boolean {
  return /^[A-Z0-9]{8}$/.test(code);
}

/**
 * The code in a scanned QR code, or null when the QR code holds something
 * else (a web address, another service's ticket). The confirmation email's QR
 * code holds the 8 characters alone.
 */
export function codeFromScan(rawValue: string): string | null {
  const code = normaliseCode(rawValue.trim());
  return isCheckInCode(code) ? code : null;
}

/** Lower case, without accents or apostrophes, so "zoe obrien" finds "Zoë O’Brien". */
function folded(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase();
}

/**
 * Whether someone matches what was typed in the search box: every word
 * somewhere in their name, organisation or email address, in any order.
 */
export function matchesSearch(entry: Pick<AttendanceEntry, 'name' | 'organisation' | 'email'>, query: string): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = folded(`${entry.name} ${entry.organisation} ${entry.email}`);
  return words.every((word) => haystack.includes(word));
}

export function filterPeople<T extends Pick<AttendanceEntry, 'name' | 'organisation' | 'email'>>(
  people: T[],
  query: string,
): T[] {
  return people.filter((entry) => matchesSearch(entry, query));
}

/** "12 of 40 checked in": people in the room against the places confirmed (walk-ins count in both). */
export function checkedInText(counts: AttendanceCounts): string {
  return `${counts.attended} of ${counts.confirmed} checked in`;
}

/** What the search found, for a screen reader: said after typing, as the list itself changes silently. */
export function matchesText(shown: number, total: number, query: string): string {
  if (!query.trim()) return '';
  if (shown === 0) return `Nobody matches ‘${query.trim()}’`;
  return `${shown} of ${total} ${total === 1 ? 'person matches' : 'people match'} ‘${query.trim()}’`;
}

/** The list with one person's entry replaced (or added, for a walk-in), keeping the list's order. */
export function withEntry(people: AttendanceEntry[], entry: AttendanceEntry): AttendanceEntry[] {
  const index = people.findIndex((person) => person.registrationId === entry.registrationId);
  if (index < 0) return [...people, entry].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return people.map((person, position) => (position === index ? entry : person));
}

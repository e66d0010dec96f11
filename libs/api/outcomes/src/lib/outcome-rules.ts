import type { OutcomeInput } from '@epm/shared/contracts';

/** A real day on the calendar: 2025-02-30 matches the pattern but is not one. */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/**
 * The rules that relate fields to each other, which per-field validation
 * cannot see, on the whole outcome (a PATCH merged onto the stored one).
 * `today` is the UK date. Returns messages keyed by field; empty when valid.
 */
export function outcomeRuleErrors(input: OutcomeInput, today: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  // A PATCH may send null for a field it may leave out, which per-field validation lets through.
  if (!input.title?.trim()) add('title', 'Enter a title');
  if (!input.kind) add('kind', 'Select the kind of outcome');
  if (!input.status) add('status', 'Select the status of the outcome');
  if (!input.ownerOrganisation) add('ownerOrganisation', 'Select who owns the outcome');
  if (typeof input.programmeId !== 'number') add('programmeId', 'Select the programme year');
  if (!input.date) add('date', 'Enter the date of the outcome');
  else if (!isRealDate(input.date)) add('date', 'The date must be a real date');
  else if (input.status === 'done' && input.date > today) {
    add('date', 'A done outcome cannot be dated in the future: choose planned or in progress, or change the date');
  }
  if (input.ownerOrganisation === 'other' && !input.ownerName?.trim()) {
    add('ownerName', 'Enter the name of the organisation that owns the outcome');
  }
  return errors;
}

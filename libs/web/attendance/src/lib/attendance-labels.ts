import type { AttendanceEntry, AttendanceSource, AttendanceStatus } from '@epm/shared/contracts';
import { formatUk } from '@epm/web/ui';

/** How each attendance status reads: a GOV.UK tag and its colour. */
export const ATTENDANCE_LABELS: Record<AttendanceStatus, { label: string; tag: string }> = {
  attended: { label: 'Attended', tag: 'govuk-tag--green' },
  'no-show': { label: 'No-show', tag: 'govuk-tag--red' },
  'not-recorded': { label: 'Not recorded', tag: 'govuk-tag--grey' },
};

export const SOURCE_LABELS: Record<AttendanceSource, string> = {
  'check-in': 'Checked in at the door',
  import: 'Imported from a report',
  manual: 'Recorded by hand',
  'walk-in': 'Walk-in',
};

/** "Checked in at the door, 10:02am"; a dash where nothing is recorded yet. */
export function sourceText(entry: Pick<AttendanceEntry, 'source' | 'checkedInAt'>): string {
  if (!entry.source) return '–';
  const label = SOURCE_LABELS[entry.source];
  return entry.checkedInAt ? `${label}, ${formatUk(entry.checkedInAt, 'time')}` : label;
}

/** "55 minutes", "1 minute", or a dash when the report or the organiser gave no time. */
export function minutesText(minutes: number | null): string {
  if (minutes === null) return '–';
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "1 person", "3 people". */
export function people(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

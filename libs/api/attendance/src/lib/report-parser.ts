import type { AttendanceReportFormat, OrganisationType, SupplierSize } from '@epm/shared/contracts';
import { parse } from 'csv-parse/sync';

/** One person in an attendance report, with their sessions added up. */
export interface ReportPerson {
  email: string;
  name: string;
  /** Minutes in the session, when the report says; null for plain lists. */
  minutes: number | null;
  /** What the file itself says about attending (Zoom's "Attended" column, a spreadsheet's "Attended"). */
  attended: boolean | null;
  organisationName?: string;
  organisationType?: OrganisationType;
  council?: string;
  supplierSize?: SupplierSize;
}

export interface ParsedReport {
  format: AttendanceReportFormat;
  people: ReportPerson[];
  skippedRows: number;
}

export class ReportFormatError extends Error {}

/**
 * Text from the bytes of an exported report: Teams writes UTF-16 (little
 * endian, with a byte-order mark), Zoom and spreadsheets UTF-8 with or
 * without one.
 */
export function decodeReport(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
  if (bytes.length > 3 && bytes[1] === 0 && bytes[3] === 0) return bytes.toString('utf16le');
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

const norm = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "1h 2m 3s", "45m 12s", "38 mins", "00:45:10" or a number of minutes, to whole minutes (seconds dropped, so a threshold is never met early). */
export function parseMinutes(value: string | undefined): number | null {
  if (!value) return null;
  const text = value.trim().toLowerCase();
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text));
  const clock = text.match(/^(\d+):(\d{2}):(\d{2})$/);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const hours = text.match(/(\d+)\s*h/);
  const minutes = text.match(/(\d+)\s*m(?!s)/);
  const seconds = text.match(/(\d+)\s*s/);
  if (!hours && !minutes && !seconds) return null;
  return Number(hours?.[1] ?? 0) * 60 + Number(minutes?.[1] ?? 0);
}

function yesNo(value: string | undefined): boolean | null {
  const text = value?.trim().toLowerCase();
  if (!text) return null;
  if (['yes', 'y', 'true', '1', 'attended'].includes(text)) return true;
  if (['no', 'n', 'false', '0', 'no-show', 'no show'].includes(text)) return false;
  return null;
}

const ORGANISATION_TYPE_WORDS: Record<string, OrganisationType> = {
  council: 'council',
  'local authority': 'council',
  supplier: 'supplier',
  'technology supplier': 'supplier',
  'central government': 'central-government',
  'central-government': 'central-government',
  'other public sector': 'other-public-sector',
  'other-public-sector': 'other-public-sector',
  academia: 'academia',
  'voluntary sector': 'voluntary-sector',
  'voluntary-sector': 'voluntary-sector',
  'voluntary or community sector': 'voluntary-sector',
  other: 'other',
};

/**
 * Reads an attendance report: Microsoft Teams' attendance report (UTF-16,
 * tab-separated, with "1. Summary" and "2. Participants" sections), Zoom's
 * webinar attendee report ("Attendee Details" section) or meeting
 * participants export, or a plain spreadsheet export with name and email.
 * People who joined several times are added up into one.
 */
export function parseAttendanceReport(bytes: Buffer): ParsedReport {
  const text = decodeReport(bytes).replace(/\r\n?/g, '\n');
  const firstLines = text.split('\n').slice(0, 5).join('\n');
  const delimiter = (firstLines.match(/\t/g)?.length ?? 0) > (firstLines.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  }) as string[][];
  const format: AttendanceReportFormat = rows.some((row) => norm(row[0] ?? '') === '2. participants')
    ? 'teams'
    : rows.some((row) => /^(attendee details|attendee report|participants)/.test(norm(row[0] ?? ''))) ||
        rows.some((row) => row.map(norm).includes('time in session (minutes)') || row.map(norm).includes('user email'))
      ? 'zoom'
      : 'spreadsheet';

  // Zoom lists hosts and panellists before attendees, each with its own header: take the attendees'.
  const attendeeSection = rows.findIndex((row) => norm(row[0] ?? '') === 'attendee details');
  const participantsSection = rows.findIndex((row) => norm(row[0] ?? '') === '2. participants');
  const start = Math.max(attendeeSection, participantsSection, -1) + 1;
  const headerIndex = rows.findIndex(
    (row, index) => index >= start && row.some((cell) => /^(e-?mail|user email|email address)$/.test(norm(cell))),
  );
  if (headerIndex < 0) throw new ReportFormatError('The file has no email column; export it with email addresses');
  const header = (rows[headerIndex] ?? []).map(norm);
  const column = (...names: string[]) => header.findIndex((cell) => names.includes(cell));
  const emailAt = column('email', 'e-mail', 'user email', 'email address');
  const nameAt = column('name', 'full name', 'user name (original name)', 'name (original name)', 'attendee name');
  const firstAt = column('first name');
  const lastAt = column('last name');
  const minutesAt = column(
    'time in session (minutes)',
    'duration (minutes)',
    'in-meeting duration',
    'duration',
    'minutes',
  );
  const attendedAt = column('attended');
  const organisationAt = column('organisation', 'organization', 'organisation name', 'company');
  const typeAt = column('organisation type', 'organization type', 'sector');
  const councilAt = column('council', 'council gss code', 'gss code');
  const sizeAt = column('supplier size', 'company size');

  const people = new Map<string, ReportPerson>();
  let skippedRows = 0;
  for (const row of rows.slice(headerIndex + 1)) {
    // A blank line or a new numbered section ends the table (Teams' "3. In-Meeting Activities").
    if (row.every((cell) => !cell) || /^\d+\.\s/.test(row[0] ?? '')) {
      if (people.size > 0 || skippedRows > 0) break;
      continue;
    }
    const email = (row[emailAt] ?? '').trim().toLowerCase();
    if (!EMAIL.test(email)) {
      skippedRows += 1;
      continue;
    }
    const name =
      (nameAt >= 0 ? row[nameAt] : [row[firstAt] ?? '', row[lastAt] ?? ''].join(' '))
        ?.replace(/\s*\(.*\)$/, '')
        .trim() || email;
    const minutes = minutesAt >= 0 ? parseMinutes(row[minutesAt]) : null;
    const attended = attendedAt >= 0 ? yesNo(row[attendedAt]) : null;
    const earlier = people.get(email);
    if (earlier) {
      earlier.minutes = earlier.minutes === null && minutes === null ? null : (earlier.minutes ?? 0) + (minutes ?? 0);
      earlier.attended = earlier.attended || attended;
      continue;
    }
    const type = typeAt >= 0 ? ORGANISATION_TYPE_WORDS[norm(row[typeAt] ?? '')] : undefined;
    const size = sizeAt >= 0 ? norm(row[sizeAt] ?? '') : '';
    people.set(email, {
      email,
      name,
      minutes,
      attended,
      ...(organisationAt >= 0 && row[organisationAt] ? { organisationName: row[organisationAt] } : {}),
      ...(type ? { organisationType: type } : {}),
      ...(councilAt >= 0 && row[councilAt] ? { council: row[councilAt] } : {}),
      ...(size.startsWith('sme') || size.startsWith('small') ? { supplierSize: 'sme' as const } : {}),
      ...(size.startsWith('large') ? { supplierSize: 'large' as const } : {}),
    });
  }
  return { format, people: [...people.values()], skippedRows };
}

import type { OrganisationType, RegistrationStatus } from './registrations';

export const ATTENDANCE_STATUSES = ['not-recorded', 'attended', 'no-show'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** How attendance was recorded: at the door, from a platform report, by hand, or a walk-in. */
export const ATTENDANCE_SOURCES = ['check-in', 'import', 'manual', 'walk-in'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/** Check someone in by their registration (a tap in the list) or by the code from their email's QR code. */
export interface CheckInRequest {
  registrationId?: number;
  code?: string;
}

export interface AttendanceCounts {
  /** Confirmed places (people expected). */
  confirmed: number;
  attended: number;
  noShow: number;
  notRecorded: number;
}

export interface AttendanceEntry {
  registrationId: number;
  name: string;
  email: string;
  /** Council name, or organisation name. */
  organisation: string;
  organisationType: OrganisationType;
  registrationStatus: RegistrationStatus;
  attendance: AttendanceStatus;
  minutesAttended: number | null;
  checkedInAt: string | null;
  source: AttendanceSource | null;
}

export interface AttendanceListResponse {
  items: AttendanceEntry[];
  counts: AttendanceCounts;
}

export interface CheckInResponse {
  entry: AttendanceEntry;
  counts: AttendanceCounts;
}

export interface AttendanceChange {
  status: AttendanceStatus;
  minutesAttended?: number | null;
}

export interface MarkNoShowsResponse {
  marked: number;
  counts: AttendanceCounts;
}

export type AttendanceReportFormat = 'teams' | 'zoom' | 'spreadsheet';

export interface ImportedPerson {
  email: string;
  name: string;
  minutes: number | null;
  /** What the import will record (or recorded). */
  outcome: 'attended' | 'no-show';
}

/**
 * The preview (dry run) or result (commit) of importing an attendance
 * report. Re-importing the same file changes nothing: everyone is in
 * `alreadyRecorded` the second time.
 */
export interface AttendanceImportResult {
  format: AttendanceReportFormat;
  committed: boolean;
  minimumMinutes: number;
  /** Registered people found in the file, whose attendance will change. */
  matched: ImportedPerson[];
  /** People in the file with no registration; added as attendees when `addUnmatched` is set. */
  unmatched: ImportedPerson[];
  /** Registered people whose attendance already says what the file says. */
  alreadyRecorded: ImportedPerson[];
  /** Rows without a usable email address, which cannot be matched. */
  skippedRows: number;
  counts: AttendanceCounts;
}

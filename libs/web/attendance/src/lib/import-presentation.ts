import type { AttendanceImportResult, AttendanceReportFormat, ImportedPerson } from '@epm/shared/contracts';
import { people } from './attendance-labels';

export const FORMAT_LABELS: Record<AttendanceReportFormat, string> = {
  teams: 'Microsoft Teams attendance report',
  zoom: 'Zoom webinar report',
  spreadsheet: 'Spreadsheet of attendees',
};

export interface ImportSection {
  id: 'matched' | 'unmatched' | 'already';
  title: string;
  /** Said under the title: what happens (or happened) to these people. */
  description: string;
  people: ImportedPerson[];
}

export interface ImportPresentation {
  format: string;
  /** True when saving would change nothing: the preview offers no save button. */
  nothingToChange: boolean;
  /** One sentence: what saving will do, or what it did. */
  headline: string;
  sections: ImportSection[];
  /** Rows without an email address, which cannot be matched, said once under the tables. */
  skippedText: string | null;
}

/**
 * How a preview (dry run) or a saved import reads. Unregistered people are
 * only changed when the organiser asked to add them, so whether the import
 * changes anything depends on that choice as well as on the file.
 */
export function presentImport(result: AttendanceImportResult, addUnmatched: boolean): ImportPresentation {
  const matched = result.matched.length;
  const added = addUnmatched ? result.unmatched.length : 0;
  const nothingToChange = matched === 0 && added === 0;
  const threshold =
    result.minimumMinutes > 0 ? ` Fewer than ${result.minimumMinutes} minutes in the session counts as a no-show.` : '';
  const changes = (done: boolean) =>
    [
      matched > 0 ? `${done ? 'recorded' : 'record'} attendance for ${people(matched)}` : '',
      added > 0 ? `${done ? 'added' : 'add'} ${people(added)} who did not register` : '',
    ]
      .filter(Boolean)
      .join(' and ');
  const unchanged =
    result.alreadyRecorded.length > 0
      ? 'everyone registered in this report already has this attendance recorded'
      : result.unmatched.length > 0
        ? 'nobody in this report has registered for this event'
        : 'the report lists nobody with an email address';
  let headline: string;
  if (result.committed) {
    headline = nothingToChange ? `Nothing changed: ${unchanged}.` : `Attendance saved: ${changes(true)}.`;
  } else {
    headline = nothingToChange ? `Nothing to change: ${unchanged}.` : `Saving will ${changes(false)}.${threshold}`;
  }
  const sections: ImportSection[] = [
    {
      id: 'matched',
      title: result.committed ? 'Attendance recorded' : 'Attendance that will change',
      description: result.committed
        ? 'Registered people whose attendance this report recorded.'
        : 'Registered people whose attendance saving will record.',
      people: result.matched,
    },
    {
      id: 'unmatched',
      title: 'Not registered',
      description: addUnmatched
        ? result.committed
          ? 'Nobody with these email addresses had registered. They were added, with the attendance shown.'
          : 'Nobody with these email addresses has registered. Saving adds them, with the attendance shown.'
        : 'Nobody with these email addresses has registered, so they are not recorded. To add them, tick “Add people who did not register” and preview again.',
      people: result.unmatched,
    },
    {
      id: 'already',
      title: 'Already recorded',
      description: 'Their attendance already says what the report says, so nothing changes.',
      people: result.alreadyRecorded,
    },
  ];
  return {
    format: FORMAT_LABELS[result.format],
    nothingToChange,
    headline,
    sections,
    skippedText:
      result.skippedRows > 0
        ? `${result.skippedRows === 1 ? '1 row' : `${result.skippedRows} rows`} without an email address ${result.skippedRows === 1 ? 'was' : 'were'} skipped: people are matched by email address.`
        : null,
  };
}

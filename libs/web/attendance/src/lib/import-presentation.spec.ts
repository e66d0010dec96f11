import type { ImportedPerson } from '@epm/shared/contracts';
import { anImportResult } from './attendance-testing';
import { presentImport } from './import-presentation';

const person = (
  name: string,
  minutes: number | null,
  outcome: 'attended' | 'no-show' = 'attended',
): ImportedPerson => ({
  name,
  email: `${name.toLowerCase().replace(/\s/g, '.')}@leeds.gov.uk`,
  minutes,
  outcome,
});

describe('presentImport', () => {
  const preview = anImportResult({
    format: 'teams',
    minimumMinutes: 10,
    matched: [person('Ada Lovelace', 55), person('Bola Adeyemi', 4, 'no-show')],
    unmatched: [person('Guest Person', 30)],
    alreadyRecorded: [],
    skippedRows: 2,
  });

  it('says what saving a preview will do, including the threshold, and names the format', () => {
    const shown = presentImport(preview, false);
    expect(shown.format).toBe('Microsoft Teams attendance report');
    expect(shown.nothingToChange).toBe(false);
    expect(shown.headline).toBe(
      'Saving will record attendance for 2 people. Fewer than 10 minutes in the session counts as a no-show.',
    );
    expect(shown.sections.map((section) => [section.id, section.title, section.people.length])).toEqual([
      ['matched', 'Attendance that will change', 2],
      ['unmatched', 'Not registered', 1],
      ['already', 'Already recorded', 0],
    ]);
    expect(shown.sections[1]?.description).toContain('not recorded');
    expect(shown.skippedText).toBe(
      '2 rows without an email address were skipped: people are matched by email address.',
    );
  });

  it('counts the people who did not register as changes only when asked to add them', () => {
    const shown = presentImport(preview, true);
    expect(shown.headline).toMatch(
      /^Saving will record attendance for 2 people and add 1 person who did not register\./,
    );
    expect(shown.sections[1]?.description).toContain('Saving adds them');
    const onlyGuests = anImportResult({ unmatched: [person('Guest Person', 30)] });
    expect(presentImport(onlyGuests, false).nothingToChange).toBe(true);
    expect(presentImport(onlyGuests, false).headline).toBe(
      'Nothing to change: nobody in this report has registered for this event.',
    );
    expect(presentImport(onlyGuests, true).nothingToChange).toBe(false);
  });

  it('says there is nothing to change when the same report comes again', () => {
    const again = anImportResult({
      alreadyRecorded: [person('Ada Lovelace', 55), person('Bola Adeyemi', 4, 'no-show')],
      unmatched: [],
    });
    const shown = presentImport(again, true);
    expect(shown.nothingToChange).toBe(true);
    expect(shown.headline).toBe(
      'Nothing to change: everyone registered in this report already has this attendance recorded.',
    );
    expect(presentImport({ ...again, committed: true }, true).headline).toBe(
      'Nothing changed: everyone registered in this report already has this attendance recorded.',
    );
    expect(shown.skippedText).toBeNull();
  });

  it('says what a saved import did', () => {
    const saved = presentImport({ ...preview, committed: true, minimumMinutes: 0 }, true);
    expect(saved.headline).toBe(
      'Attendance saved: recorded attendance for 2 people and added 1 person who did not register.',
    );
    expect(saved.sections[0]?.title).toBe('Attendance recorded');
    expect(saved.sections[1]?.description).toContain('They were added');
  });

  it('names each format', () => {
    expect(presentImport(anImportResult({ format: 'zoom' }), false).format).toBe('Zoom webinar report');
    expect(presentImport(anImportResult({ format: 'spreadsheet' }), false).format).toBe('Spreadsheet of attendees');
  });
});

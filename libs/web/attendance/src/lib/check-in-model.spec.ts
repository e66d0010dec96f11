import { anEntry } from './attendance-testing';
import {
  checkedInText,
  codeFromScan,
  filterPeople,
  isCheckInCode,
  matchesSearch,
  matchesText,
  normaliseCode,
  withEntry,
} from './check-in-model';

describe('check-in codes', () => {
  it('reads a code typed the way the email prints it, or any other way', () => {
    expect(normaliseCode('K7MX 3QPA')).toBe('K7MX3QPA');
    expect(normaliseCode(' k7mx-3qpa ')).toBe('K7MX3QPA');
    expect(isCheckInCode(normaliseCode('k7mx 3qpa'))).toBe(true);
  });

  it('refuses codes of the wrong length or with other characters', () => {
    expect(isCheckInCode('K7MX3QP')).toBe(false);
    expect(isCheckInCode('K7MX3QPAA')).toBe(false);
    expect(isCheckInCode('K7MX3QP!')).toBe(false);
    expect(isCheckInCode('')).toBe(false);
  });

  it('takes the code from a scanned QR code, and nothing else', () => {
    expect(codeFromScan('K7MX3QPA')).toBe('K7MX3QPA');
    expect(codeFromScan('k7mx 3qpa\n')).toBe('K7MX3QPA');
    expect(codeFromScan('https://example.org/ticket/K7MX3QPA')).toBeNull();
    expect(codeFromScan('')).toBeNull();
  });
});

describe('searching the door list', () => {
  const people = [
    anEntry({ registrationId: 1, name: 'Zoë O’Brien', organisation: 'Leeds City Council' }),
    anEntry({ registrationId: 2, name: 'Sam Okafor', organisation: 'Acme Digital', email: 'sam@acme.example' }),
    anEntry({ registrationId: 3, name: 'Ada Lovelace', organisation: 'Manchester City Council' }),
  ];

  it('matches every word typed, in name or organisation, in any order and case', () => {
    expect(filterPeople(people, 'city council').map((p) => p.registrationId)).toEqual([1, 3]);
    expect(filterPeople(people, 'council ada').map((p) => p.registrationId)).toEqual([3]);
    expect(filterPeople(people, 'ACME').map((p) => p.registrationId)).toEqual([2]);
  });

  it('ignores accents and apostrophes, as people type names at a door', () => {
    expect(matchesSearch(people[0], 'zoe obrien')).toBe(true);
    expect(matchesSearch(people[0], "o'brien")).toBe(true);
  });

  it('shows everyone for an empty search and nobody for a miss', () => {
    expect(filterPeople(people, '   ')).toHaveLength(3);
    expect(filterPeople(people, 'nobody-like-this')).toEqual([]);
  });

  it('says what the search found', () => {
    expect(matchesText(1, 3, 'acme')).toBe('1 of 3 people match ‘acme’');
    expect(matchesText(0, 3, 'zz ')).toBe('Nobody matches ‘zz’');
    expect(matchesText(3, 3, '')).toBe('');
  });
});

describe('counts and updates', () => {
  it('says how many are in against how many are expected', () => {
    expect(checkedInText({ confirmed: 40, attended: 12, noShow: 0, notRecorded: 28 })).toBe('12 of 40 checked in');
  });

  it('replaces one person in place, and adds a walk-in in name order', () => {
    const people = [anEntry({ registrationId: 1, name: 'Ada' }), anEntry({ registrationId: 2, name: 'Cy' })];
    const updated = withEntry(people, anEntry({ registrationId: 2, name: 'Cy', attendance: 'attended' }));
    expect(updated.map((p) => [p.registrationId, p.attendance])).toEqual([
      [1, 'not-recorded'],
      [2, 'attended'],
    ]);
    expect(withEntry(people, anEntry({ registrationId: 3, name: 'Bo' })).map((p) => p.name)).toEqual([
      'Ada',
      'Bo',
      'Cy',
    ]);
  });
});

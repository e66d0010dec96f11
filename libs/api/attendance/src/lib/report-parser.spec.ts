import { teamsAttendanceReport, zoomWebinarReport } from '../testing/report-samples';
import { decodeReport, parseAttendanceReport, parseMinutes, ReportFormatError } from './report-parser';

describe('reading attendance reports', () => {
  it('reads a Teams report (UTF-16, tab-separated) and adds up repeat joins', () => {
    const report = parseAttendanceReport(
      teamsAttendanceReport('Cyber resilience', [
        { name: 'Priya Shah', email: 'Priya.Shah@leeds.gov.uk', sessions: [40, 12] },
        { name: 'Tom Whitaker', email: 'tom.whitaker@kent.gov.uk', sessions: [5] },
      ]),
    );
    expect(report.format).toBe('teams');
    expect(report.people).toEqual([
      { email: 'priya.shah@leeds.gov.uk', name: 'Priya Shah', minutes: 52, attended: null },
      { email: 'tom.whitaker@kent.gov.uk', name: 'Tom Whitaker', minutes: 5, attended: null },
    ]);
  });

  it('reads a Zoom webinar report: attendees only, joins added up, absentees marked', () => {
    const report = parseAttendanceReport(
      zoomWebinarReport(
        'AI, councils and you',
        [{ name: 'Aisha Rahman', email: 'aisha.rahman@manchester.gov.uk', sessions: [45, 12] }],
        [{ name: 'Owen Price', email: 'owen.price@hackney.gov.uk', sessions: [] }],
      ),
    );
    expect(report.format).toBe('zoom');
    expect(report.people).toEqual([
      { email: 'aisha.rahman@manchester.gov.uk', name: 'Aisha Rahman', minutes: 57, attended: true },
      { email: 'owen.price@hackney.gov.uk', name: 'Owen Price', minutes: null, attended: false },
    ]);
    expect(report.people.map((person) => person.email)).not.toContain('host@techuk.org');
  });

  it('reads a Zoom meeting participants export', () => {
    const csv = [
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent',
      'Grace Mensah,grace.mensah@bristol.gov.uk,10/26/2025 10:00:00 AM,10/26/2025 10:50:00 AM,50,Yes,',
    ].join('\n');
    const report = parseAttendanceReport(Buffer.from(`\uFEFF${csv}`));
    expect(report.format).toBe('zoom');
    expect(report.people).toEqual([
      { email: 'grace.mensah@bristol.gov.uk', name: 'Grace Mensah', minutes: 50, attended: null },
    ]);
  });

  it('reads a plain spreadsheet with organisation details, and counts rows it cannot match', () => {
    const csv = [
      'Name,Email,Organisation,Organisation type,Council,Supplier size,Attended',
      'Sophie Turner,sophie@northgate.example,Northgate Cloud Ltd,Supplier,,SME,yes',
      'Owen Price,owen.price@hackney.gov.uk,,Council,E09000012,,no',
      'No Email,,Somewhere,Other,,,yes',
    ].join('\r\n');
    const report = parseAttendanceReport(Buffer.from(csv));
    expect(report.format).toBe('spreadsheet');
    expect(report.skippedRows).toBe(1);
    expect(report.people).toEqual([
      {
        email: 'sophie@northgate.example',
        name: 'Sophie Turner',
        minutes: null,
        attended: true,
        organisationName: 'Northgate Cloud Ltd',
        organisationType: 'supplier',
        supplierSize: 'sme',
      },
      {
        email: 'owen.price@hackney.gov.uk',
        name: 'Owen Price',
        minutes: null,
        attended: false,
        organisationType: 'council',
        council: 'E09000012',
      },
    ]);
  });

  it('refuses a file without an email column', () => {
    expect(() => parseAttendanceReport(Buffer.from('Name,Minutes\nA,3'))).toThrow(ReportFormatError);
  });

  it('decodes UTF-16 big endian and UTF-8 with a byte-order mark', () => {
    const big = Buffer.from('Email\n', 'utf16le');
    big.swap16();
    expect(decodeReport(Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toBe('Email\n');
    expect(decodeReport(Buffer.from('\uFEFFEmail'))).toBe('Email');
  });

  it.each([
    ['1h 2m 3s', 62],
    ['45m 12s', 45],
    ['38 mins', 38],
    ['00:45:40', 45],
    ['12', 12],
    ['--', null],
    ['', null],
  ])('reads the duration %p as %p minutes', (text, minutes) => {
    expect(parseMinutes(text)).toBe(minutes);
  });
});

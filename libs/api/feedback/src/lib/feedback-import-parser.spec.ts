import { FeedbackFileError, parseFeedbackFile } from './feedback-import-parser';

/** A Microsoft Forms export, saved from Excel as "CSV UTF-8": a byte-order mark, the questions as headers. */
const FORMS_EXPORT = [
  '\uFEFFID,Start time,Completion time,Email,Name,Overall how satisfied were you with the event?,How useful was it to your work?,How likely are you to recommend events like this to a colleague?,Will you do something differently as a result of the event?,What will you do differently?,Which themes would you like future events to cover?,Any other comments?,May we quote your comment anonymously in published reports?',
  '1,3/12/26 10:01:02,3/12/26 10:04:40,Aisha.Rahman@manchester.gov.uk,Aisha Rahman,5,4,9,Yes,"Run a discovery on shared procurement, with two neighbours",Procurement reform;Artificial intelligence;,"Great panel, ""practical"" too",Yes',
  '2,3/12/26 10:05:00,3/12/26 10:06:10,james@brightline.example,James Okoro,Satisfied,Very useful,6,Maybe,,Cybersecurity;,,No',
  '3,3/12/26 10:07:00,3/12/26 10:07:30,anonymous,,4,4,8,No,,,,',
  '4,3/12/26 10:08:00,3/12/26 10:09:00,owen.price@hackney.gov.uk,Owen Price,7,4,11,Perhaps,,,,',
].join('\r\n');

describe('reading feedback from other tools', () => {
  it('reads a Microsoft Forms export saved as CSV, matching columns by their questions', () => {
    const file = parseFeedbackFile(Buffer.from(FORMS_EXPORT, 'utf8'));
    expect(file.columns.map((column) => column.field)).toEqual([
      'satisfaction',
      'usefulness',
      'recommend',
      'intent',
      'intentDetail',
      'themes',
      'comments',
      'quoteConsent',
    ]);
    expect(file.skippedRows).toBe(1);
    expect(file.rows[0]).toEqual({
      row: 2,
      email: 'aisha.rahman@manchester.gov.uk',
      name: 'Aisha Rahman',
      answers: {
        satisfaction: 5,
        usefulness: 4,
        recommend: 9,
        intent: 'yes',
        intentDetail: 'Run a discovery on shared procurement, with two neighbours',
        themes: ['procurement-reform', 'artificial-intelligence'],
        comments: 'Great panel, "practical" too',
        quoteConsent: true,
      },
      problems: [],
    });
    expect(file.rows[1]?.answers).toMatchObject({
      satisfaction: 4,
      usefulness: 4,
      intent: 'maybe',
      themes: ['cybersecurity'],
    });
    expect(file.rows[2]?.problems).toEqual(['Satisfaction must be 1 to 5', 'Likelihood to recommend must be 0 to 10']);
  });

  it('reads Excel’s UTF-16 "Unicode text" export too', () => {
    const text = 'Email\tSatisfaction\tComments\r\nperson@example.org\t3\tFine\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseFeedbackFile(bytes).rows[0]?.answers).toMatchObject({ satisfaction: 3, comments: 'Fine' });
  });

  it('refuses a file without an email column, or without any question it knows', () => {
    expect(() => parseFeedbackFile(Buffer.from('Name,Satisfaction\nA,4'))).toThrow(FeedbackFileError);
    expect(() => parseFeedbackFile(Buffer.from('Email,Shoe size\na@b.org,9'))).toThrow(/None of the columns/);
  });
});

import { csvField, csvRow } from './csv';

describe('CSV export fields', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Leeds, City of')).toBe('"Leeds, City of"');
    expect(csvField('She said "hi"')).toBe('"She said ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
  });

  it('leaves numbers, booleans and empty values plain', () => {
    expect(csvRow([1, true, null, undefined, 'plain'])).toBe('1,true,,,plain\r\n');
    expect(csvField(-3)).toBe('-3');
  });
});

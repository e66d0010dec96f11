import { maskedPath } from './request-logger';

describe('maskedPath', () => {
  it('drops the query string, which can carry personal data', () => {
    expect(maskedPath('/programme?q=jane.doe@example.org')).toBe('/programme');
  });

  it('masks segments that look like ids or tokens', () => {
    expect(maskedPath('/registrations/manage/Zx81mQp0aB7sW3cD9eF2gH4jK6lN8')).toBe('/registrations/manage/:param');
    expect(maskedPath('/events/42')).toBe('/events/:param');
  });

  it('keeps ordinary words', () => {
    expect(maskedPath('/accessibility-statement')).toBe('/accessibility-statement');
  });
});

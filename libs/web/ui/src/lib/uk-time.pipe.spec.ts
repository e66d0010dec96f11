import { formatUk, ukTime } from './uk-time.pipe';

describe('UK time formatting', () => {
  it('writes times the GOV.UK way', () => {
    expect(ukTime(new Date('2025-06-02T09:00:00Z'))).toBe('10am');
    expect(ukTime(new Date('2025-06-02T11:30:00Z'))).toBe('12:30pm');
    expect(ukTime(new Date('2025-12-02T12:00:00Z'))).toBe('12pm');
  });

  it('shows UK time in summer and in winter, whatever the computer’s zone', () => {
    expect(formatUk('2025-04-02T09:00:00Z', 'date-time')).toBe('Wednesday 2 April 2025, 10am');
    expect(formatUk('2025-10-26T10:00:00Z', 'date-time')).toBe('Sunday 26 October 2025, 10am');
  });

  it('writes a range on one day, and across days', () => {
    expect(formatUk('2025-06-02T09:00:00Z', 'range', '2025-06-02T11:00:00Z')).toBe('Monday 2 June 2025, 10am to 12pm');
    expect(formatUk('2025-06-02T09:00:00Z', 'range', '2025-06-03T15:30:00Z')).toBe(
      'Monday 2 June 2025, 10am to Tuesday 3 June 2025, 4:30pm',
    );
  });
});

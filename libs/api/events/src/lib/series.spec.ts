import { seriesOccurrences } from './series';

describe('seriesOccurrences', () => {
  it('repeats monthly on the same weekday of the month at the same UK clock time across the clock change', () => {
    const dates = seriesOccurrences('2025-09-09T12:30:00+01:00', '2025-09-09T13:30:00+01:00', 'monthly', 4);
    expect(dates).toEqual([
      { startsAt: '2025-09-09T12:30:00+01:00', endsAt: '2025-09-09T13:30:00+01:00' },
      { startsAt: '2025-10-14T12:30:00+01:00', endsAt: '2025-10-14T13:30:00+01:00' },
      { startsAt: '2025-11-11T12:30:00+00:00', endsAt: '2025-11-11T13:30:00+00:00' },
      { startsAt: '2025-12-09T12:30:00+00:00', endsAt: '2025-12-09T13:30:00+00:00' },
    ]);
  });

  it('uses the last such weekday when a month has no fifth one', () => {
    const dates = seriesOccurrences('2025-09-30T10:00:00+01:00', '2025-09-30T11:00:00+01:00', 'monthly', 2);
    expect(dates[1]?.startsAt).toBe('2025-10-28T10:00:00+00:00');
  });

  it('repeats weekly, crossing into the new year', () => {
    const dates = seriesOccurrences('2025-12-23T14:00:00+00:00', '2025-12-23T15:00:00+00:00', 'weekly', 3);
    expect(dates.map((date) => date.startsAt)).toEqual([
      '2025-12-23T14:00:00+00:00',
      '2025-12-30T14:00:00+00:00',
      '2026-01-06T14:00:00+00:00',
    ]);
  });
});

import type { EventResponse } from '@epm/shared/contracts';
import { type CalendarMonth, londonDate, monthCalendar, monthOrCurrent } from './month-calendar';

function anEvent(id: number, startsAt: string): EventResponse {
  return { id, title: `Event ${id}`, startsAt, endsAt: startsAt, status: 'published' } as EventResponse;
}

/** The grid as day numbers, blanks as 0, one string per week: easy to read against a printed calendar. */
function layout(calendar: CalendarMonth): string[] {
  return calendar.weeks.map((week) => week.map((day) => String(day?.day ?? 0).padStart(2, ' ')).join(' '));
}

function eventsOn(calendar: CalendarMonth, date: string): number[] {
  const day = calendar.weeks.flat().find((cell) => cell?.date === date);
  if (!day) throw new Error(`${date} is not in ${calendar.month}`);
  return day.events.map((event) => event.id);
}

describe('monthCalendar', () => {
  it('lays out October 2025 from Monday, starting on Wednesday 1st, with the clocks going back on Sunday 26th', () => {
    const october = monthCalendar(
      '2025-10',
      [
        // 00:30 BST on 1 October is still 30 September in UTC.
        anEvent(1, '2025-09-30T23:30:00Z'),
        // 23:30 BST on 30 September: the last event of September, not October.
        anEvent(2, '2025-09-30T22:30:00Z'),
        // The clocks went back at 02:00 BST on 26 October; 00:30 BST that day is 23:30 UTC on the 25th.
        anEvent(3, '2025-10-25T23:30:00Z'),
        // 10:00 on the 26th is GMT: 10:00 UTC.
        anEvent(4, '2025-10-26T10:00:00Z'),
        // 23:30 GMT on the 31st is still October.
        anEvent(5, '2025-10-31T23:30:00Z'),
        // Given out of order: days list their events earliest first.
        anEvent(6, '2025-10-26T08:00:00Z'),
      ],
      '2025-10-15',
    );
    expect(october.label).toBe('October 2025');
    expect(layout(october)).toEqual([
      ' 0  0  1  2  3  4  5',
      ' 6  7  8  9 10 11 12',
      '13 14 15 16 17 18 19',
      '20 21 22 23 24 25 26',
      '27 28 29 30 31  0  0',
    ]);
    expect(eventsOn(october, '2025-10-01')).toEqual([1]);
    expect(october.weeks.flat().some((day) => day?.events.some((event) => event.id === 2))).toBe(false);
    expect(eventsOn(october, '2025-10-25')).toEqual([]);
    expect(eventsOn(october, '2025-10-26')).toEqual([3, 6, 4]);
    expect(eventsOn(october, '2025-10-31')).toEqual([5]);
    expect(october.weeks[0]?.[2]?.label).toBe('Wednesday 1 October 2025');
  });

  it('lays out March 2026, which starts on a Sunday, with the clocks going forward on Sunday 29th', () => {
    const march = monthCalendar(
      '2026-03',
      [
        // 10:00 GMT on the 1st.
        anEvent(1, '2026-03-01T10:00:00Z'),
        // The clocks went forward at 01:00 GMT on the 29th: 10:00 BST is 09:00 UTC.
        anEvent(2, '2026-03-29T09:00:00Z'),
        // 00:30 BST on 31 March is 23:30 UTC on the 30th.
        anEvent(3, '2026-03-30T23:30:00Z'),
        // 00:30 BST on 1 April is 23:30 UTC on 31 March: April's, not March's.
        anEvent(4, '2026-03-31T23:30:00Z'),
      ],
      '2026-03-29',
    );
    expect(layout(march)).toEqual([
      ' 0  0  0  0  0  0  1',
      ' 2  3  4  5  6  7  8',
      ' 9 10 11 12 13 14 15',
      '16 17 18 19 20 21 22',
      '23 24 25 26 27 28 29',
      '30 31  0  0  0  0  0',
    ]);
    expect(eventsOn(march, '2026-03-01')).toEqual([1]);
    expect(eventsOn(march, '2026-03-29')).toEqual([2]);
    expect(eventsOn(march, '2026-03-30')).toEqual([]);
    expect(eventsOn(march, '2026-03-31')).toEqual([3]);
    expect(
      march.weeks
        .flat()
        .filter((day) => day?.isToday)
        .map((day) => day?.date),
    ).toEqual(['2026-03-29']);
    expect(march.weeks[0]?.[6]?.label).toBe('Sunday 1 March 2026');
  });

  it('fits a February that starts on a Monday into exactly four weeks', () => {
    expect(layout(monthCalendar('2027-02', [], '2027-02-01'))).toEqual([
      ' 1  2  3  4  5  6  7',
      ' 8  9 10 11 12 13 14',
      '15 16 17 18 19 20 21',
      '22 23 24 25 26 27 28',
    ]);
    expect(monthCalendar('2028-02', [], '2028-01-01').to).toBe('2028-02-29');
  });

  it('names the months either side, across a change of year, and the range to ask the API for', () => {
    const december = monthCalendar('2025-12', [], '2025-12-01');
    expect(december.previous).toEqual({ month: '2025-11', label: 'November 2025' });
    expect(december.next).toEqual({ month: '2026-01', label: 'January 2026' });
    expect([december.from, december.to]).toEqual(['2025-12-01', '2025-12-31']);
    expect(monthCalendar('2026-01', [], '2026-01-01').previous.month).toBe('2025-12');
  });

  it('marks no day as today in another month', () => {
    expect(
      monthCalendar('2025-11', [], '2025-10-31')
        .weeks.flat()
        .some((day) => day?.isToday),
    ).toBe(false);
  });
});

describe('monthOrCurrent', () => {
  it('takes a well-formed month and otherwise the month today is in', () => {
    expect(monthOrCurrent('2025-10', '2026-01-15')).toBe('2025-10');
    for (const bad of [undefined, '', '2025-13', '2025-1', '25-10', '1999-12', '2025-10-01', 'x'])
      expect(monthOrCurrent(bad, '2026-01-15')).toBe('2026-01');
  });
});

describe('londonDate', () => {
  it('gives the UK calendar date of an instant, in summer and in winter', () => {
    expect(londonDate('2025-06-30T23:30:00Z')).toBe('2025-07-01');
    expect(londonDate('2025-12-31T23:30:00Z')).toBe('2025-12-31');
    expect(londonDate('2026-01-01T00:00:00+00:00')).toBe('2026-01-01');
  });
});

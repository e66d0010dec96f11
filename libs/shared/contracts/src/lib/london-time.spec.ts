import { fromLondonWallClock, londonOffsetMinutes, toLondonIso } from './london-time';

describe('London time', () => {
  it('is GMT in winter and BST in summer', () => {
    expect(londonOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2025-06-02T12:00:00Z'))).toBe(60);
  });

  it('places 10:00 London on the two changes of the MoU year correctly', () => {
    // Clocks went back at 02:00 BST on Sunday 26 October 2025: 10:00 that day is GMT.
    expect(fromLondonWallClock(2025, 10, 26, 10, 0).toISOString()).toBe('2025-10-26T10:00:00.000Z');
    // Clocks went forward at 01:00 GMT on Sunday 29 March 2026: 10:00 that day is BST.
    expect(fromLondonWallClock(2026, 3, 29, 10, 0).toISOString()).toBe('2026-03-29T09:00:00.000Z');
  });

  it('writes instants with London’s offset', () => {
    expect(toLondonIso(new Date('2025-04-02T09:30:00Z'))).toBe('2025-04-02T10:30:00+01:00');
    expect(toLondonIso(new Date('2025-12-01T14:00:00Z'))).toBe('2025-12-01T14:00:00+00:00');
  });

  it('resolves the hour that happens twice to its first occurrence, and the missing hour forwards', () => {
    expect(fromLondonWallClock(2025, 10, 26, 1, 30).toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(fromLondonWallClock(2026, 3, 29, 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

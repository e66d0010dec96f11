import { computeImpact, londonMonth, measureOf, monthsBetween, organisationKey, ratio } from './impact';

describe('impact figures', () => {
  it('keeps the numerator and denominator of every rate, and has no value for an empty denominator', () => {
    expect(ratio(2, 3)).toEqual({ value: 0.6667, numerator: 2, denominator: 3 });
    expect(ratio(0, 0)).toEqual({ value: null, numerator: 0, denominator: 0 });
  });

  it('lists every UK month of a period, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('puts an event in its UK month, not its UTC one', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in British Summer Time.
    expect(londonMonth(new Date('2025-05-31T23:30:00Z'))).toBe('2025-06');
    expect(londonMonth(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12');
  });

  it('counts a council by its code and anyone else by type and name, ignoring case and spacing', () => {
    expect(organisationKey({ councilCode: 'E08000035', organisationType: 'council', organisationName: null })).toBe(
      'council:E08000035',
    );
    expect(
      organisationKey({ councilCode: null, organisationType: 'supplier', organisationName: '  Acme   Digital ' }),
    ).toBe(organisationKey({ councilCode: null, organisationType: 'supplier', organisationName: 'acme digital' }));
    expect(organisationKey({ councilCode: null, organisationType: 'other', organisationName: '' })).toBeNull();
  });

  it('measures an objective by the words of its target unit', () => {
    expect(measureOf('councils reached')).toBe('councils');
    expect(measureOf('events')).toBe('events');
    expect(measureOf('mean satisfaction (1–5)')).toBe('satisfaction');
    expect(measureOf('new suppliers')).toBe('suppliers');
    expect(measureOf('people trained')).toBe('people');
    expect(measureOf('pilots')).toBeNull();
    expect(measureOf(null)).toBeNull();
  });

  it('counts an event as held only once it has ended', () => {
    const event = {
      id: 1,
      type: 'webinar' as const,
      format: 'online' as const,
      status: 'published' as const,
      startsAt: new Date('2025-06-10T09:00:00Z'),
      endsAt: new Date('2025-06-10T10:00:00Z'),
      leadCode: 'lga',
      partnerCode: null,
      tags: [],
    };
    const at = (now: string) =>
      computeImpact({
        filters: { from: '2025-04-01', to: '2026-03-31' },
        events: [event],
        registrations: [],
        councils: [],
        feedback: [],
        outcomes: [],
        objectives: [],
        eventTitles: new Map(),
        labels: {
          eventTypes: { webinar: 'Webinar' },
          themes: {},
          formats: { online: 'Online' },
          outcomeKinds: {},
          outcomeStatuses: {},
        },
        now: new Date(now),
      });
    const during = at('2025-06-10T09:30:00Z');
    const after = at('2025-06-10T10:00:00Z');
    expect([during.events.held, during.events.upcoming]).toEqual([0, 1]);
    expect([after.events.held, after.events.upcoming]).toEqual([1, 0]);
  });
});

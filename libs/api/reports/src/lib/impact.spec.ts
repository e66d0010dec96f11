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

  describe('objectives', () => {
    const event = (id: number, endsAt: string) => ({
      id,
      type: 'workshop' as const,
      format: 'in-person' as const,
      status: 'published' as const,
      startsAt: new Date(new Date(endsAt).getTime() - 3_600_000),
      endsAt: new Date(endsAt),
      leadCode: 'lga',
      partnerCode: null,
      tags: [],
    });
    const attended = (
      eventId: number,
      person: number,
      organisation: { councilCode?: string; supplier?: string; size?: 'sme' | 'large' },
    ) => ({
      eventId,
      status: 'confirmed' as const,
      count: 1,
      person,
      organisationType: organisation.councilCode ? ('council' as const) : ('supplier' as const),
      councilCode: organisation.councilCode ?? null,
      organisationName: organisation.supplier ?? null,
      supplierSize: organisation.size ?? null,
      attendance: 'attended' as const,
    });
    const council = (gssCode: string) => ({ gssCode, type: 'London borough', region: 'London' });
    const units = ['councils reached', 'events held', 'suppliers engaged', 'people attending', 'mean satisfaction'];
    const report = (eventIds: number[]) =>
      computeImpact({
        filters: { from: '2025-04-01', to: '2026-03-31' },
        // Events 1 and 2 have been held; 3 has not.
        events: [event(1, '2025-06-10T10:00:00Z'), event(2, '2025-07-10T10:00:00Z'), event(3, '2026-03-10T10:00:00Z')],
        registrations: [
          attended(1, 1, { councilCode: 'E09000001' }),
          attended(1, 2, { councilCode: 'E09000002' }),
          attended(1, 3, { supplier: 'Acme Digital', size: 'sme' }),
          attended(1, 4, { supplier: ' acme  digital', size: 'sme' }),
          // Not a current council: a person, not a council reached.
          attended(1, 5, { councilCode: 'E07000999' }),
          attended(2, 1, { councilCode: 'E09000001' }),
          attended(2, 6, { supplier: 'Big Systems', size: 'large' }),
          attended(2, 7, { councilCode: 'E09000003' }),
          // Not held yet: counts for nothing.
          attended(3, 8, { councilCode: 'E09000004' }),
        ],
        councils: ['E09000001', 'E09000002', 'E09000003', 'E09000004'].map(council),
        feedback: [
          {
            eventId: 1,
            survey: 'feedback',
            satisfaction: 5,
            usefulness: 4,
            recommend: 9,
            intent: 'yes',
            themes: [],
            quote: null,
            acted: null,
          },
          {
            eventId: 2,
            survey: 'feedback',
            satisfaction: 2,
            usefulness: 3,
            recommend: 5,
            intent: 'no',
            themes: [],
            quote: null,
            acted: null,
          },
        ],
        outcomes: [],
        objectives: units.map((targetUnit, index) => ({
          id: index + 1,
          title: targetUnit,
          targetUnit,
          targetValue: 10,
          eventIds,
        })),
        eventTitles: new Map(),
        labels: { eventTypes: {}, themes: {}, formats: {}, outcomeKinds: {}, outcomeStatuses: {} },
        now: new Date('2026-01-01T00:00:00Z'),
      });
    const actuals = (eventIds: number[]) =>
      Object.fromEntries(report(eventIds).objectives.map((objective) => [objective.measure, objective.actual]));

    it('measures each objective on its own held events only', () => {
      expect(actuals([1, 3])).toEqual({ councils: 2, events: 1, suppliers: 1, people: 5, satisfaction: 5 });
      expect(actuals([2])).toEqual({ councils: 2, events: 1, suppliers: 1, people: 3, satisfaction: 2 });
    });

    it('gives an objective over every event the whole report’s figures', () => {
      const whole = report([1, 2, 3]);
      expect(actuals([1, 2, 3])).toEqual({
        councils: whole.reach.councils.reached,
        events: whole.events.held,
        suppliers: whole.reach.suppliers.organisations,
        people: whole.reach.people,
        satisfaction: whole.feedback.satisfaction.value,
      });
      expect(whole.reach).toMatchObject({ people: 7, councils: { reached: 3 }, suppliers: { organisations: 2 } });
    });
  });
});

import type { ImpactReport } from '@epm/shared/contracts';

const MONTHS = [
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
];
const EVENTS_BY_MONTH = [1, 2, 1, 2, 0, 2, 1, 2, 1, 2, 1, 1];

/** A first MoU year of figures, as the API returns them, for the report pages' specs. */
export function anImpactReport(overrides: Partial<ImpactReport> = {}): ImpactReport {
  return {
    filters: { from: '2025-04-01', to: '2026-03-31' },
    generatedAt: '2026-04-02T09:30:00+01:00',
    dataAsOf: '2026-04-02T09:30:00+01:00',
    events: {
      held: 16,
      upcoming: 0,
      cancelled: 1,
      byType: [
        { key: 'workshop', label: 'Workshop', count: 1 },
        { key: 'webinar', label: 'Webinar', count: 12 },
        { key: 'roundtable', label: 'Roundtable', count: 2 },
        { key: 'consultation', label: 'Consultation', count: 1 },
      ],
      byMonth: MONTHS.map((key, index) => ({ key, label: key, count: EVENTS_BY_MONTH[index] ?? 0 })),
      byTheme: [
        { key: 'digital-skills', label: 'Digital skills', count: 10 },
        { key: 'procurement-reform', label: 'Procurement reform', count: 3 },
        { key: 'cybersecurity', label: 'Cybersecurity', count: 1 },
      ],
      byOrganisation: [
        { key: 'techuk', label: 'techUK-led', count: 2 },
        { key: 'lga', label: 'LGA-led', count: 1 },
        { key: 'joint', label: 'Joint', count: 13 },
      ],
      byFormat: [
        { key: 'in-person', label: 'In person', count: 3 },
        { key: 'online', label: 'Online', count: 12 },
        { key: 'hybrid', label: 'Hybrid', count: 1 },
      ],
      items: [
        {
          id: 1,
          title: 'Blueprint for Digital Government',
          type: 'workshop',
          format: 'in-person',
          startsAt: '2025-05-20T10:00:00+01:00',
          organisation: 'joint',
          attended: 6,
          responses: 4,
        },
        {
          id: 3,
          title: 'Procurement reform roundtable',
          type: 'roundtable',
          format: 'in-person',
          startsAt: '2025-10-08T14:00:00+01:00',
          organisation: 'lga',
          attended: 3,
          responses: 0,
        },
      ],
    },
    registrations: { total: 120, confirmed: 100, waitlisted: 6, cancelled: 10, pending: 4 },
    attendance: { attended: 81, noShows: 19, rate: { value: 0.8, numerator: 80, denominator: 100 } },
    reach: {
      people: 60,
      organisations: 35,
      councils: {
        reached: 20,
        total: 317,
        share: { value: 0.0631, numerator: 20, denominator: 317 },
        byRegion: [
          { region: 'East Midlands', reached: 2, total: 39 },
          { region: 'London', reached: 10, total: 33 },
          { region: 'North East', reached: 0, total: 12 },
          { region: 'South East', reached: 8, total: 70 },
        ],
        byType: [
          { type: 'County', reached: 3, total: 21 },
          { type: 'London borough', reached: 10, total: 32 },
          { type: 'Non-metropolitan district', reached: 0, total: 164 },
          { type: 'Unitary authority', reached: 7, total: 63 },
        ],
      },
      suppliers: {
        organisations: 10,
        sme: 6,
        large: 3,
        smeShare: { value: 0.6667, numerator: 6, denominator: 9 },
      },
      sectors: [
        { organisationType: 'council', people: 30 },
        { organisationType: 'supplier', people: 24 },
        { organisationType: 'central-government', people: 6 },
      ],
    },
    repeat: {
      people: 12,
      organisations: 9,
      byMonth: MONTHS.map((month, index) => ({ month, firstTime: index < 6 ? 6 : 2, returning: index < 6 ? 0 : 4 })),
    },
    feedback: {
      responses: 40,
      responseRate: { value: 0.4938, numerator: 40, denominator: 81 },
      satisfaction: { value: 4.35, numerator: 170, denominator: 39 },
      usefulness: { value: 4.1, numerator: 164, denominator: 40 },
      nps: { value: 35, promoters: 20, passives: 14, detractors: 6, answered: 40 },
      intendToAct: { value: 0.75, numerator: 30, denominator: 40 },
      themesRequested: [
        { key: 'artificial-intelligence', label: 'Artificial intelligence', count: 18 },
        { key: 'cybersecurity', label: 'Cybersecurity', count: 11 },
      ],
      quotes: [
        {
          text: 'The roundtable changed how we write our specifications.',
          eventTitle: 'Procurement reform roundtable',
          eventType: 'roundtable',
        },
      ],
    },
    outcomes: {
      total: 2,
      byKind: [
        { key: 'action-agreed', label: 'Action agreed', count: 1 },
        { key: 'resource-published', label: 'Resource published', count: 1 },
      ],
      byStatus: [
        { key: 'planned', label: 'Planned', count: 0 },
        { key: 'in-progress', label: 'In progress', count: 1 },
        { key: 'done', label: 'Done', count: 1 },
      ],
      items: [
        {
          id: 1,
          title: 'Joint guidance on outcome-based procurement published',
          kind: 'resource-published',
          status: 'done',
          date: '2025-10-15',
          eventIds: [3],
          objectiveIds: [1],
        },
        {
          id: 5,
          title: 'Programme for the second MoU year agreed',
          kind: 'action-agreed',
          status: 'in-progress',
          date: '2026-03-25',
          eventIds: [],
          objectiveIds: [],
        },
      ],
    },
    objectives: [
      {
        id: 1,
        title: 'Reach 150 councils',
        targetUnit: 'councils reached',
        targetValue: 150,
        measure: 'councils',
        actual: 20,
        evidence: { events: 16, outcomes: 1, eventIds: [1, 3], outcomeIds: [1] },
      },
    ],
    funnel: { registered: 100, attended: 81, gaveFeedback: 40, reportedAction: 12 },
    ...overrides,
  };
}

/** One event's evidence, as GET /api/reports/impact?event=3 returns it. */
export function anEventEvidence(overrides: Partial<ImpactReport> = {}): ImpactReport {
  const year = anImpactReport();
  return anImpactReport({
    filters: { from: '2025-04-01', to: '2026-03-31', event: 3 },
    event: {
      id: 3,
      title: 'Procurement reform roundtable',
      summary: 'How councils can buy outcomes, not outputs.',
      type: 'roundtable',
      format: 'in-person',
      status: 'completed',
      startsAt: '2025-10-08T14:00:00+01:00',
      endsAt: '2025-10-08T16:00:00+01:00',
      held: true,
      venue: 'Local Government House',
      leadOrganisation: { code: 'lga', name: 'Local Government Association' },
      partnerOrganisation: { code: 'techuk', name: 'techUK' },
      tags: [{ code: 'procurement-reform', label: 'Procurement reform' }],
      objectives: [{ id: 1, title: 'Reach 150 councils' }],
      programme: { id: 1, name: 'MoU year 1 (2025 to 2026)' },
    },
    events: {
      ...year.events,
      held: 1,
      cancelled: 0,
      items: [year.events.items[1] as ImpactReport['events']['items'][number]],
    },
    registrations: { total: 5, confirmed: 4, waitlisted: 1, cancelled: 0, pending: 0 },
    attendance: { attended: 3, noShows: 1, rate: { value: 0.75, numerator: 3, denominator: 4 } },
    outcomes: {
      ...year.outcomes,
      total: 1,
      items: year.outcomes.items.filter((item) => item.eventIds.includes(3)),
    },
    ...overrides,
  });
}

/** One objective's evidence, as GET /api/reports/impact?objective=1 returns it. */
export function anObjectiveEvidence(overrides: Partial<ImpactReport> = {}): ImpactReport {
  const year = anImpactReport();
  return anImpactReport({
    filters: { from: '2025-04-01', to: '2026-03-31', objective: 1 },
    objective: {
      id: 1,
      title: 'Reach 150 councils',
      description: 'Councils from every region take part in the programme.',
      targetUnit: 'councils reached',
      targetValue: 150,
      programme: { id: 1, name: 'MoU year 1 (2025 to 2026)', startsOn: '2025-04-01', endsOn: '2026-03-31' },
    },
    events: { ...year.events, held: 2 },
    outcomes: { ...year.outcomes, total: 1, items: year.outcomes.items.slice(0, 1) },
    ...overrides,
  });
}

/** Whether a page's headings start anywhere but h1 or skip a level on the way down (h2 then h4). */
export function headingsSkipALevel(page: HTMLElement): boolean {
  const levels = [...page.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
  return levels[0] !== 1 || levels.some((level, index) => index > 0 && level - (levels[index - 1] ?? 0) > 1);
}

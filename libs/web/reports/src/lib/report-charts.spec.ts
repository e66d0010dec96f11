import {
  barWidth,
  councilReachSummary,
  councilsByRegionChart,
  councilsByTypeChart,
  eventsByMonthChart,
  eventsByMonthSummary,
  eventsByOrganisationChart,
  eventsByThemeChart,
  eventsByTypeChart,
  funnelChart,
  mostCommonSentence,
  npsChart,
  objectivesChart,
  objectiveTarget,
  outcomesByKindChart,
  outcomesByStatusChart,
  repeatByMonthChart,
  sectorsChart,
  suppliersChart,
  themesRequestedChart,
} from './report-charts';
import { anImpactReport } from './reports-testing';

const report = anImpactReport();
const empty = anImpactReport({
  events: { ...report.events, held: 0, byMonth: report.events.byMonth.map((month) => ({ ...month, count: 0 })) },
  reach: {
    ...report.reach,
    people: 0,
    councils: {
      ...report.reach.councils,
      reached: 0,
      share: { value: 0, numerator: 0, denominator: 317 },
      byRegion: report.reach.councils.byRegion.map((row) => ({ ...row, reached: 0 })),
    },
    suppliers: { organisations: 0, sme: 0, large: 0, smeShare: { value: null, numerator: 0, denominator: 0 } },
    sectors: [],
  },
  repeat: {
    people: 0,
    organisations: 0,
    byMonth: report.repeat.byMonth.map((month) => ({ ...month, firstTime: 0, returning: 0 })),
  },
});

describe('barWidth', () => {
  it('draws each bar against the longest, to a tenth of a percent', () => {
    expect(barWidth(12, 12)).toBe(100);
    expect(barWidth(1, 12)).toBe(8.3);
    expect(barWidth(2, 3)).toBe(66.7);
    expect(barWidth(0, 12)).toBe(0);
  });

  it('draws nothing when there is nothing to draw against', () => {
    expect(barWidth(0, 0)).toBe(0);
  });
});

describe('events charts', () => {
  it('lists every month of the period with its count, in words and a bar', () => {
    const chart = eventsByMonthChart(report);
    expect(chart.caption).toBe('Events held by month');
    expect(chart.columns).toEqual(['Events held']);
    expect(chart.rows).toHaveLength(12);
    expect(chart.rows[0]).toEqual({ label: 'April 2025', cells: ['1'], segments: [{ kind: 'value', width: 50 }] });
    expect(chart.rows[4]).toEqual({ label: 'August 2025', cells: ['0'], segments: [{ kind: 'value', width: 0 }] });
    expect(chart.summary).toBe(
      '16 events were held over 12 months: the most in 5 months (2 each), none in August 2025.',
    );
    expect(chart.definition).toBe('eventsByMonth');
  });

  it('sums up months in one sentence, naming a few leaders and gaps', () => {
    const months = [
      { label: 'April 2025', count: 3 },
      { label: 'May 2025', count: 0 },
      { label: 'June 2025', count: 1 },
    ];
    expect(eventsByMonthSummary(months, 4)).toBe(
      '4 events were held over 3 months: the most in April 2025 (3), none in May 2025.',
    );
    expect(eventsByMonthSummary([{ label: 'April 2025', count: 1 }], 1)).toBe(
      '1 event was held over 1 month: the most in April 2025 (1).',
    );
    expect(
      eventsByMonthSummary(
        months.map((month) => ({ ...month, count: 0 })),
        0,
      ),
    ).toBe('No events were held in the 3 months of this period.');
  });

  it('gives each type its share of the events held', () => {
    const chart = eventsByTypeChart(report);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['Workshop', '1', '6%'],
      ['Webinar', '12', '75%'],
      ['Roundtable', '2', '13%'],
      ['Consultation', '1', '6%'],
    ]);
    expect(chart.summary).toBe('The most common type was Webinar: 12 of 16 events held (75%).');
  });

  it('gives themes their share of the events held, not of the tags (an event can have two)', () => {
    const chart = eventsByThemeChart(report);
    expect(chart.columns).toEqual(['Events held', 'Share of events held']);
    expect(chart.rows[0]?.cells).toEqual(['10', '63%']);
    expect(chart.summary).toBe(
      'The most common theme was Digital skills: 10 of 16 events held (63%); an event with two themes counts in both.',
    );
  });

  it('says how many events were joint', () => {
    expect(eventsByOrganisationChart(report).summary).toBe(
      '13 of 16 events held (81%) were run jointly; techUK led 2 alone and the LGA 1.',
    );
  });

  it('names tied leaders', () => {
    const items = [
      { label: 'Workshop', count: 2 },
      { label: 'Webinar', count: 2 },
      { label: 'Roundtable', count: 0 },
    ];
    expect(mostCommonSentence(items, 4, 'type', 'events held')).toBe(
      'The most common types were Workshop and Webinar: 2 of 4 events held (50%) each.',
    );
  });

  it('says when nothing was held instead of inventing shares', () => {
    const chart = eventsByTypeChart(anImpactReport({ events: { ...empty.events, byType: [] } }));
    expect(chart.summary).toBe('There were no events held in this period.');
    expect(eventsByMonthChart(empty).rows.every((row) => row.segments[0]?.width === 0)).toBe(true);
    expect(eventsByThemeChart(anImpactReport({ events: { ...empty.events, byTheme: [] } })).summary).toBe(
      'There were no events held in this period.',
    );
    expect(eventsByOrganisationChart(empty).summary).toBe('There were no events held in this period.');
  });
});

describe('council charts', () => {
  it('draws each region’s councils as the bar, those reached as its filled part', () => {
    const chart = councilsByRegionChart(report);
    expect(chart.columns).toEqual(['Councils reached', 'Councils in all', 'Share reached']);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['East Midlands', '2', '39', '5%'],
      ['London', '10', '33', '30%'],
      ['North East', '0', '12', '0%'],
      ['South East', '8', '70', '11%'],
    ]);
    // The longest bar is the South East's 70 councils; London's 33 is 47.1% of it, 10 of them reached.
    expect(chart.rows[1]?.segments).toEqual([
      { kind: 'value', width: 14.3 },
      { kind: 'remainder', width: 32.9 },
    ]);
    expect(chart.key.map((item) => item.label)).toEqual(['Reached', 'Not reached']);
    expect(chart.summary).toBe(
      '20 of 317 councils reached (6%); highest share: London (10 of 33, 30%); not yet reached: North East.',
    );
  });

  it('sums up council types the same way', () => {
    expect(councilsByTypeChart(report).summary).toBe(
      '20 of 317 councils reached (6%); highest share: London borough (10 of 32, 31%); not yet reached: Non-metropolitan district.',
    );
  });

  it('says when no council was reached, and when every group was', () => {
    expect(councilsByRegionChart(empty).summary).toBe('0 of 317 councils reached (0%), in none of the 4 regions.');
    const rows = [
      { label: 'London', reached: 1, total: 33 },
      { label: 'North East', reached: 1, total: 12 },
    ];
    expect(councilReachSummary(2, 45, rows, 'regions')).toBe(
      '2 of 45 councils reached (4%); highest share: North East (1 of 12, 8%); all 2 regions reached.',
    );
  });
});

describe('who came', () => {
  it('lists every sector, the ones nobody came from too, largest first', () => {
    const chart = sectorsChart(report);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['Council', '30', '50%'],
      ['Technology supplier', '24', '40%'],
      ['Central government', '6', '10%'],
      ['Other public sector', '0', '0%'],
      ['Academia', '0', '0%'],
      ['Voluntary or community sector', '0', '0%'],
      ['Other', '0', '0%'],
    ]);
    expect(chart.summary).toBe('The most common sector was Council: 30 of 60 people reached (50%).');
    expect(sectorsChart(empty).summary).toBe('No attendance was recorded at held events in this period.');
    expect(sectorsChart(empty).rows.every((row) => row.cells[1] === 'No data')).toBe(true);
  });

  it('counts suppliers that gave no size in a row of their own', () => {
    const chart = suppliersChart(report);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['SME (fewer than 250 staff)', '6', '60%'],
      ['Large (250 staff or more)', '3', '30%'],
      ['Size not given', '1', '10%'],
    ]);
    expect(chart.summary).toBe('Of 10 supplier organisations, 6 are SMEs and 3 large; 1 gave no size.');
    expect(suppliersChart(empty).summary).toBe('No supplier organisations attended held events in this period.');
  });
});

describe('repeat engagement', () => {
  it('stacks first-time and returning attendances per month, with both as text', () => {
    const chart = repeatByMonthChart(report);
    expect(chart.columns).toEqual(['First time', 'Returning', 'All attendances']);
    expect(chart.rows[0]).toEqual({
      label: 'April 2025',
      cells: ['6', '0', '6'],
      segments: [
        { kind: 'value', width: 100 },
        { kind: 'returning', width: 0 },
      ],
    });
    expect(chart.rows[11]?.cells).toEqual(['2', '4', '6']);
    expect(chart.rows[11]?.segments).toEqual([
      { kind: 'value', width: 33.3 },
      { kind: 'returning', width: 66.7 },
    ]);
    expect(chart.summary).toBe(
      'Of 72 attendances at held events, 24 (33%) were by people who had come to an earlier event in the period.',
    );
    expect(repeatByMonthChart(empty).summary).toBe('No attendance was recorded at held events in this period.');
  });
});

describe('feedback charts', () => {
  it('splits the Net Promoter Score into its parts, as shares of those who answered', () => {
    const chart = npsChart(report);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['Promoters (9 or 10)', '20', '50%'],
      ['Passives (7 or 8)', '14', '35%'],
      ['Detractors (0 to 6)', '6', '15%'],
    ]);
    expect(chart.summary).toBe('Net Promoter Score +35: 20 promoters and 6 detractors of 40 answers.');
    const nobody = anImpactReport({
      feedback: { ...report.feedback, nps: { value: null, promoters: 0, passives: 0, detractors: 0, answered: 0 } },
    });
    expect(npsChart(nobody).summary).toBe('Nobody answered how likely they are to recommend the events.');
    expect(npsChart(nobody).rows.map((row) => row.cells[1])).toEqual(['No data', 'No data', 'No data']);
  });

  it('gives each theme asked for its share of the responses', () => {
    const chart = themesRequestedChart(report);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['Artificial intelligence', '18', '45%'],
      ['Cybersecurity', '11', '28%'],
    ]);
    expect(chart.summary).toBe(
      'The most common theme asked for was Artificial intelligence: 18 of 40 responses (45%); a response can ask for several.',
    );
  });
});

describe('outcomes and objectives', () => {
  it('counts outcomes by kind and status', () => {
    expect(outcomesByKindChart(report).summary).toBe(
      'The most common kinds were Action agreed and Resource published: 1 of 2 outcomes (50%) each.',
    );
    expect(outcomesByStatusChart(report).summary).toBe('Of 2 outcomes, 1 is done, 1 in progress and 0 planned.');
    const none = anImpactReport({ outcomes: { total: 0, byKind: [], byStatus: [], items: [] } });
    expect(outcomesByKindChart(none).summary).toBe('No outcomes are recorded for this period.');
  });

  it('measures each objective against its own target, and says which cannot be measured', () => {
    const objectives = anImpactReport({
      objectives: [
        ...report.objectives,
        {
          id: 2,
          title: 'Satisfaction of at least 4.2 out of 5',
          targetUnit: 'mean satisfaction (1–5)',
          targetValue: 4.2,
          measure: 'satisfaction',
          actual: 4.35,
          evidence: { events: 16, outcomes: 0, eventIds: [], outcomeIds: [] },
        },
        {
          id: 3,
          title: 'Publish joint guidance',
          targetUnit: 'guides',
          targetValue: 2,
          measure: null,
          actual: null,
          evidence: { events: 0, outcomes: 1, eventIds: [], outcomeIds: [1] },
        },
      ],
    });
    const chart = objectivesChart(objectives);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['Reach 150 councils', '150 councils reached', '20', '13%', '16 events, 1 outcome'],
      [
        'Satisfaction of at least 4.2 out of 5',
        '4.20 mean satisfaction (1–5)',
        '4.35',
        '104%',
        '16 events, 0 outcomes',
      ],
      ['Publish joint guidance', '2 guides', 'No automatic measure', 'No data', '0 events, 1 outcome'],
    ]);
    expect(chart.rows[0]?.segments).toEqual([
      { kind: 'value', width: 13.3 },
      { kind: 'remainder', width: 86.7 },
    ]);
    // A target passed fills its bar, no further.
    expect(chart.rows[1]?.segments).toEqual([
      { kind: 'value', width: 100 },
      { kind: 'remainder', width: 0 },
    ]);
    expect(chart.rows[2]?.segments).toEqual([]);
    expect(chart.summary).toBe(
      '2 of 3 objectives can be measured so far, and 1 has met its target (Satisfaction of at least 4.2 out of 5).',
    );
    const [councils] = report.objectives;
    if (!councils) throw new Error('no objective');
    expect(objectiveTarget({ ...councils, targetValue: null })).toBe('No target');
    expect(objectivesChart(anImpactReport({ objectives: [] })).summary).toBe(
      'No objectives are set for the programme years in this period.',
    );
  });
});

describe('the engagement funnel', () => {
  it('gives each step as a share of the confirmed registrations', () => {
    const chart = funnelChart(report);
    expect(chart.rows.map((row) => [row.label, ...row.cells])).toEqual([
      ['Registered (confirmed)', '100', '100%'],
      ['Attended', '81', '81%'],
      ['Gave feedback', '40', '40%'],
      ['Reported an action', '12', '12%'],
    ]);
    expect(chart.summary).toBe(
      'Of 100 confirmed registrations at held events, 81 attended (81%), 40 gave feedback (40%) and 12 reported acting on it (12%).',
    );
    const nobody = funnelChart(
      anImpactReport({ funnel: { registered: 0, attended: 0, gaveFeedback: 0, reportedAction: 0 } }),
    );
    expect(nobody.summary).toBe('Nobody had a confirmed place at a held event in this period.');
    expect(nobody.rows.map((row) => row.cells[1])).toEqual(['No data', 'No data', 'No data', 'No data']);
  });
});

import type { ImpactReport, Ratio } from '@epm/shared/contracts';

/** One figure, tidy: a row per figure and breakdown, as in the CSV and the spreadsheet. */
export interface ImpactRow {
  section: string;
  figure: string;
  /** The breakdown (a month, region, type...), empty for a headline figure. */
  breakdown: string;
  value: number | string | null;
  numerator: number | null;
  denominator: number | null;
}

/** Figures that count people: the ones a publication must not show when small. */
const PEOPLE_FIGURES = new Set([
  'registrations.total',
  'registrations.confirmed',
  'registrations.waitlisted',
  'registrations.cancelled',
  'registrations.pending',
  'attendance.attended',
  'attendance.noShows',
  'events.item.attended',
  'events.item.responses',
  'reach.people',
  'reach.sectors',
  'repeat.people',
  'repeat.byMonth.firstTime',
  'repeat.byMonth.returning',
  'feedback.responses',
  'funnel.registered',
  'funnel.attended',
  'funnel.gaveFeedback',
  'funnel.reportedAction',
]);

function ratioRow(section: string, figure: string, ratio: Ratio, breakdown = ''): ImpactRow {
  return { section, figure, breakdown, value: ratio.value, numerator: ratio.numerator, denominator: ratio.denominator };
}

function row(section: string, figure: string, value: number | string | null, breakdown = ''): ImpactRow {
  return { section, figure, breakdown, value, numerator: null, denominator: null };
}

/** Every figure of the report as tidy rows, in the order of the report. */
export function impactRows(report: ImpactReport): ImpactRow[] {
  const rows: ImpactRow[] = [];
  const { events, registrations, attendance, reach, repeat, feedback, outcomes, objectives, funnel } = report;
  rows.push(row('events', 'held', events.held), row('events', 'upcoming', events.upcoming));
  rows.push(row('events', 'cancelled', events.cancelled));
  for (const [figure, list] of [
    ['byType', events.byType],
    ['byMonth', events.byMonth],
    ['byTheme', events.byTheme],
    ['byOrganisation', events.byOrganisation],
    ['byFormat', events.byFormat],
  ] as const) {
    for (const entry of list) rows.push(row('events', figure, entry.count, entry.label));
  }
  for (const item of events.items) {
    const held = `${item.title} (${item.type}, ${item.startsAt.slice(0, 10)})`;
    rows.push(row('events', 'item.attended', item.attended, held));
    rows.push(row('events', 'item.responses', item.responses, held));
  }
  for (const [figure, value] of Object.entries(registrations)) rows.push(row('registrations', figure, value));
  rows.push(row('attendance', 'attended', attendance.attended), row('attendance', 'noShows', attendance.noShows));
  rows.push(ratioRow('attendance', 'rate', attendance.rate));
  rows.push(row('reach', 'people', reach.people), row('reach', 'organisations', reach.organisations));
  rows.push(
    row('reach', 'councils.reached', reach.councils.reached),
    row('reach', 'councils.total', reach.councils.total),
  );
  rows.push(ratioRow('reach', 'councils.share', reach.councils.share));
  for (const region of reach.councils.byRegion) {
    rows.push(
      ratioRow(
        'reach',
        'councils.byRegion',
        { value: null, numerator: region.reached, denominator: region.total },
        region.region,
      ),
    );
  }
  for (const type of reach.councils.byType) {
    rows.push(
      ratioRow(
        'reach',
        'councils.byType',
        { value: null, numerator: type.reached, denominator: type.total },
        type.type,
      ),
    );
  }
  rows.push(row('reach', 'suppliers.organisations', reach.suppliers.organisations));
  rows.push(row('reach', 'suppliers.sme', reach.suppliers.sme), row('reach', 'suppliers.large', reach.suppliers.large));
  rows.push(ratioRow('reach', 'suppliers.smeShare', reach.suppliers.smeShare));
  for (const sector of reach.sectors) rows.push(row('reach', 'sectors', sector.people, sector.organisationType));
  rows.push(row('repeat', 'people', repeat.people), row('repeat', 'organisations', repeat.organisations));
  for (const month of repeat.byMonth) {
    rows.push(row('repeat', 'byMonth.firstTime', month.firstTime, month.month));
    rows.push(row('repeat', 'byMonth.returning', month.returning, month.month));
  }
  rows.push(
    row('feedback', 'responses', feedback.responses),
    ratioRow('feedback', 'responseRate', feedback.responseRate),
  );
  rows.push(
    ratioRow('feedback', 'satisfaction', feedback.satisfaction),
    ratioRow('feedback', 'usefulness', feedback.usefulness),
  );
  rows.push({
    section: 'feedback',
    figure: 'nps',
    breakdown: '',
    value: feedback.nps.value,
    numerator: feedback.nps.promoters - feedback.nps.detractors,
    denominator: feedback.nps.answered,
  });
  rows.push(ratioRow('feedback', 'intendToAct', feedback.intendToAct));
  for (const theme of feedback.themesRequested) rows.push(row('feedback', 'themesRequested', theme.count, theme.label));
  for (const quote of feedback.quotes) rows.push(row('feedback', 'quote', quote.text, quote.eventTitle));
  rows.push(row('outcomes', 'total', outcomes.total));
  for (const kind of outcomes.byKind) rows.push(row('outcomes', 'byKind', kind.count, kind.label));
  for (const status of outcomes.byStatus) rows.push(row('outcomes', 'byStatus', status.count, status.label));
  for (const item of outcomes.items)
    rows.push(row('outcomes', 'item', item.title, `${item.kind}, ${item.status}, ${item.date}`));
  for (const objective of objectives) {
    rows.push({
      section: 'objectives',
      figure: objective.measure ?? 'no automatic measure',
      breakdown: objective.title,
      value: objective.actual,
      numerator: null,
      denominator: objective.targetValue,
    });
  }
  for (const [figure, value] of Object.entries(funnel)) rows.push(row('funnel', figure, value));
  return rows;
}

/**
 * For publication: counts of people below the threshold become "fewer than N",
 * so nobody can be picked out of a small group. Rates keep their value but lose
 * small numerators and denominators.
 */
export function suppressSmallCounts(rows: ImpactRow[], threshold: number): ImpactRow[] {
  const small = (value: number | null) => value !== null && value > 0 && value < threshold;
  const hidden = `fewer than ${threshold}`;
  return rows.map((entry) => {
    const key = `${entry.section}.${entry.figure}`;
    const people = PEOPLE_FIGURES.has(key);
    const peopleRatio = [
      'attendance.rate',
      'feedback.responseRate',
      'feedback.intendToAct',
      'feedback.satisfaction',
      'feedback.usefulness',
      'feedback.nps',
    ].includes(key);
    if (people && typeof entry.value === 'number' && small(entry.value)) return { ...entry, value: hidden };
    if (peopleRatio && (small(entry.numerator) || small(entry.denominator))) {
      return { ...entry, value: hidden, numerator: null, denominator: null };
    }
    return entry;
  });
}

import {
  type CouncilsNotReachedResponse,
  type ImpactReport,
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
} from '@epm/shared/contracts';
import type { MetricKey } from '@epm/shared/contracts/metrics';
import { count, listing, monthLabel, npsScore, percent, plural, share } from './report-format';

/** How a bar's part is drawn: the figure, returning attendances (striped, not just another colour), the rest of a total. */
export type BarKind = 'value' | 'returning' | 'remainder';

export interface BarSegment {
  kind: BarKind;
  /** Percentage of the bar's cell, 0 to 100. */
  width: number;
}

export interface ChartRow {
  label: string;
  /** Where the row's own page is (an objective's evidence), if it has one. */
  link?: string;
  /** The row's figures as text, one per column: everything the bar shows is here. */
  cells: string[];
  segments: BarSegment[];
}

/**
 * A chart that is a table first: a caption, a one-sentence summary, every figure as text in its cells, and
 * bars that only draw those figures (hidden from assistive technology).
 */
export interface ReportChart {
  id: string;
  caption: string;
  summary: string;
  labelHeading: string;
  columns: string[];
  rows: ChartRow[];
  /** What each kind of bar means, when a chart draws more than one. */
  key: { kind: BarKind; label: string }[];
  definition: MetricKey;
}

/** A bar's width as a percentage of the longest, to one decimal place; 0 when there is nothing to draw. */
export function barWidth(part: number, longest: number): number {
  return longest > 0 ? Math.round((part / longest) * 1000) / 10 : 0;
}

interface Counted {
  label: string;
  count: number;
}

/** The rows with the highest count (several when tied), none when every count is 0. */
function leaders<T extends Counted>(items: readonly T[]): T[] {
  const most = Math.max(0, ...items.map((item) => item.count));
  return most > 0 ? items.filter((item) => item.count === most) : [];
}

/**
 * "The most common type was Webinar: 12 of 16 events held (75%)."; ties name each leader. `whole` is what the
 * shares are of; `noun` names its units ("events held").
 */
export function mostCommonSentence(items: readonly Counted[], whole: number, kind: string, noun: string): string {
  const top = leaders(items);
  const first = top[0];
  if (!first || whole === 0) return `There were no ${noun} in this period.`;
  const fraction = `${count(first.count)} of ${count(whole)} ${noun} (${percent(share(first.count, whole))})`;
  return top.length === 1
    ? `The most common ${kind} was ${first.label}: ${fraction}.`
    : `The most common ${kind}s were ${listing(top.map((item) => item.label))}: ${fraction} each.`;
}

/** A chart of counts with each one's share of `whole` (by default their sum). */
export function countChart(options: {
  id: string;
  caption: string;
  summary: string;
  labelHeading: string;
  countHeading: string;
  items: readonly Counted[];
  whole?: number;
  shareHeading?: string;
  definition: MetricKey;
}): ReportChart {
  const whole = options.whole ?? options.items.reduce((sum, item) => sum + item.count, 0);
  const longest = Math.max(0, ...options.items.map((item) => item.count));
  return {
    id: options.id,
    caption: options.caption,
    summary: options.summary,
    labelHeading: options.labelHeading,
    columns: [options.countHeading, options.shareHeading ?? 'Share'],
    rows: options.items.map((item) => ({
      label: item.label,
      cells: [count(item.count), percent(share(item.count, whole))],
      segments: [{ kind: 'value', width: barWidth(item.count, longest) }],
    })),
    key: [],
    definition: options.definition,
  };
}

export function eventsByMonthChart(report: ImpactReport): ReportChart {
  const months = report.events.byMonth.map((month) => ({ label: monthLabel(month.key), count: month.count }));
  const longest = Math.max(0, ...months.map((month) => month.count));
  return {
    id: 'events-by-month',
    caption: 'Events held by month',
    summary: eventsByMonthSummary(months, report.events.held),
    labelHeading: 'Month',
    columns: ['Events held'],
    rows: months.map((month) => ({
      label: month.label,
      cells: [count(month.count)],
      segments: [{ kind: 'value', width: barWidth(month.count, longest) }],
    })),
    key: [],
    definition: 'eventsByMonth',
  };
}

/** "16 events were held over 12 months: the most in May 2025 (2), none in August 2025." */
export function eventsByMonthSummary(months: readonly Counted[], held: number): string {
  if (held === 0) return `No events were held in the ${plural(months.length, 'month')} of this period.`;
  const top = leaders(months);
  const most = count(top[0]?.count ?? 0);
  const empty = months.filter((month) => month.count === 0);
  const busiest =
    top.length > 3
      ? `the most in ${count(top.length)} months (${most} each)`
      : `the most in ${listing(top.map((month) => month.label))} (${most}${top.length > 1 ? ' each' : ''})`;
  const quiet =
    empty.length === 0
      ? ''
      : empty.length > 3
        ? `, none in ${count(empty.length)} months`
        : `, none in ${listing(empty.map((month) => month.label))}`;
  return `${plural(held, 'event was', 'events were')} held over ${plural(months.length, 'month')}: ${busiest}${quiet}.`;
}

export function eventsByTypeChart(report: ImpactReport): ReportChart {
  return countChart({
    id: 'events-by-type',
    caption: 'Events held by type',
    summary: mostCommonSentence(report.events.byType, report.events.held, 'type', 'events held'),
    labelHeading: 'Type',
    countHeading: 'Events held',
    items: report.events.byType,
    definition: 'eventsByType',
  });
}

export function eventsByThemeChart(report: ImpactReport): ReportChart {
  const summary =
    report.events.byTheme.length === 0
      ? report.events.held === 0
        ? 'There were no events held in this period.'
        : 'None of the events held was tagged with an MoU theme.'
      : `${mostCommonSentence(report.events.byTheme, report.events.held, 'theme', 'events held').slice(0, -1)}; an event with two themes counts in both.`;
  return countChart({
    id: 'events-by-theme',
    caption: 'Events held by MoU theme',
    summary,
    labelHeading: 'Theme',
    countHeading: 'Events held',
    shareHeading: 'Share of events held',
    items: report.events.byTheme,
    whole: report.events.held,
    definition: 'eventsByTheme',
  });
}

export function eventsByOrganisationChart(report: ImpactReport): ReportChart {
  const by = (key: string) => report.events.byOrganisation.find((item) => item.key === key)?.count ?? 0;
  const held = report.events.held;
  const summary =
    held === 0
      ? 'There were no events held in this period.'
      : `${count(by('joint'))} of ${plural(held, 'event')} held (${percent(share(by('joint'), held))}) were run jointly; techUK led ${count(
          by('techuk'),
        )} alone and the LGA ${count(by('lga'))}.`;
  return countChart({
    id: 'events-by-organisation',
    caption: 'Events held by organiser',
    summary,
    labelHeading: 'Organiser',
    countHeading: 'Events held',
    items: report.events.byOrganisation,
    definition: 'eventsByOrganisation',
  });
}

export function eventsByFormatChart(report: ImpactReport): ReportChart {
  return countChart({
    id: 'events-by-format',
    caption: 'Events held by format',
    summary: mostCommonSentence(report.events.byFormat, report.events.held, 'format', 'events held'),
    labelHeading: 'Format',
    countHeading: 'Events held',
    items: report.events.byFormat,
    definition: 'eventsByFormat',
  });
}

/** The councils not yet reached, grouped by region in the API's order (region, then name). */
export function notReachedByRegion(
  response: CouncilsNotReachedResponse,
): { region: string; councils: CouncilsNotReachedResponse['councils'] }[] {
  const groups = new Map<string, CouncilsNotReachedResponse['councils']>();
  for (const council of response.councils) groups.set(council.region, [...(groups.get(council.region) ?? []), council]);
  return [...groups.entries()].map(([region, councils]) => ({ region, councils }));
}

interface Reached {
  label: string;
  reached: number;
  total: number;
}

/** Councils reached of each group's total: the bar's length is the group's councils, its filled part those reached. */
function councilChart(options: {
  id: string;
  caption: string;
  summary: string;
  labelHeading: string;
  rows: readonly Reached[];
  definition: MetricKey;
}): ReportChart {
  const longest = Math.max(0, ...options.rows.map((row) => row.total));
  return {
    id: options.id,
    caption: options.caption,
    summary: options.summary,
    labelHeading: options.labelHeading,
    columns: ['Councils reached', 'Councils in all', 'Share reached'],
    rows: options.rows.map((row) => ({
      label: row.label,
      cells: [count(row.reached), count(row.total), percent(share(row.reached, row.total))],
      segments: [
        { kind: 'value', width: barWidth(row.reached, longest) },
        { kind: 'remainder', width: barWidth(row.total - row.reached, longest) },
      ],
    })),
    key: [
      { kind: 'value', label: 'Reached' },
      { kind: 'remainder', label: 'Not reached' },
    ],
    definition: options.definition,
  };
}

/**
 * "12 of 317 councils reached (4%). Highest share: London (5 of 33, 15%). None yet: North East and South West."
 * `groups` names what the rows are ("regions", "council types").
 */
export function councilReachSummary(reached: number, total: number, rows: readonly Reached[], groups: string): string {
  const overall = `${count(reached)} of ${count(total)} councils reached (${percent(share(reached, total))})`;
  if (reached === 0) return `${overall}, in none of the ${count(rows.length)} ${groups}.`;
  const best = [...rows]
    .filter((row) => row.total > 0)
    .sort((a, b) => b.reached / b.total - a.reached / a.total || b.reached - a.reached)[0];
  const none = rows.filter((row) => row.reached === 0).map((row) => row.label);
  const highest = best
    ? `; highest share: ${best.label} (${count(best.reached)} of ${count(best.total)}, ${percent(
        share(best.reached, best.total),
      )})`
    : '';
  const gaps =
    none.length === 0
      ? `; all ${count(rows.length)} ${groups} reached`
      : none.length > 4
        ? `; ${count(none.length)} ${groups} not yet reached`
        : `; not yet reached: ${listing(none)}`;
  return `${overall}${highest}${gaps}.`;
}

export function councilsByRegionChart(report: ImpactReport): ReportChart {
  const councils = report.reach.councils;
  const rows = councils.byRegion.map((row) => ({ label: row.region, reached: row.reached, total: row.total }));
  return councilChart({
    id: 'councils-by-region',
    caption: 'Councils reached by region',
    summary: councilReachSummary(councils.reached, councils.total, rows, 'regions'),
    labelHeading: 'Region',
    rows,
    definition: 'councilsByRegion',
  });
}

export function councilsByTypeChart(report: ImpactReport): ReportChart {
  const councils = report.reach.councils;
  const rows = councils.byType.map((row) => ({ label: row.type, reached: row.reached, total: row.total }));
  return councilChart({
    id: 'councils-by-type',
    caption: 'Councils reached by council type',
    summary: councilReachSummary(councils.reached, councils.total, rows, 'council types'),
    labelHeading: 'Council type',
    rows,
    definition: 'councilsByType',
  });
}

/** People reached per sector, every organisation type listed (a 0 is evidence too), largest first. */
export function sectorsChart(report: ImpactReport): ReportChart {
  const people = new Map(report.reach.sectors.map((sector) => [sector.organisationType, sector.people]));
  const items = ORGANISATION_TYPES.map((type) => ({
    label: ORGANISATION_TYPE_LABELS[type],
    count: people.get(type) ?? 0,
  }))
    .map((item, order) => ({ ...item, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order);
  const whole = items.reduce((sum, item) => sum + item.count, 0);
  return countChart({
    id: 'sectors',
    caption: 'People reached by sector',
    summary:
      whole === 0
        ? 'No attendance was recorded at held events in this period.'
        : mostCommonSentence(items, whole, 'sector', 'people reached'),
    labelHeading: 'Sector',
    countHeading: 'People',
    items,
    definition: 'sectors',
  });
}

/** Supplier organisations by the size their people gave; those who gave none are a row of their own. */
export function suppliersChart(report: ImpactReport): ReportChart {
  const suppliers = report.reach.suppliers;
  const unknown = Math.max(0, suppliers.organisations - suppliers.sme - suppliers.large);
  const items = [
    { label: 'SME (fewer than 250 staff)', count: suppliers.sme },
    { label: 'Large (250 staff or more)', count: suppliers.large },
    { label: 'Size not given', count: unknown },
  ];
  const summary =
    suppliers.organisations === 0
      ? 'No supplier organisations attended held events in this period.'
      : `Of ${plural(suppliers.organisations, 'supplier organisation')}, ${count(suppliers.sme)} ${
          suppliers.sme === 1 ? 'is an SME' : 'are SMEs'
        } and ${count(suppliers.large)} large${unknown > 0 ? `; ${count(unknown)} gave no size` : ''}.`;
  return countChart({
    id: 'suppliers',
    caption: 'Supplier organisations by size',
    summary,
    labelHeading: 'Size',
    countHeading: 'Organisations',
    items,
    definition: 'suppliers',
  });
}

/** Attendances per month, first-time and returning side by side in one bar (returning striped). */
export function repeatByMonthChart(report: ImpactReport): ReportChart {
  const months = report.repeat.byMonth;
  const longest = Math.max(0, ...months.map((month) => month.firstTime + month.returning));
  const firstTime = months.reduce((sum, month) => sum + month.firstTime, 0);
  const returning = months.reduce((sum, month) => sum + month.returning, 0);
  const all = firstTime + returning;
  return {
    id: 'repeat-by-month',
    caption: 'First-time and returning attendances by month',
    summary:
      all === 0
        ? 'No attendance was recorded at held events in this period.'
        : `Of ${plural(all, 'attendance')} at held events, ${count(returning)} (${percent(
            share(returning, all),
          )}) ${returning === 1 ? 'was' : 'were'} by people who had come to an earlier event in the period.`,
    labelHeading: 'Month',
    columns: ['First time', 'Returning', 'All attendances'],
    rows: months.map((month) => ({
      label: monthLabel(month.month),
      cells: [count(month.firstTime), count(month.returning), count(month.firstTime + month.returning)],
      segments: [
        { kind: 'value', width: barWidth(month.firstTime, longest) },
        { kind: 'returning', width: barWidth(month.returning, longest) },
      ],
    })),
    key: [
      { kind: 'value', label: 'First time' },
      { kind: 'returning', label: 'Returning' },
    ],
    definition: 'repeatByMonth',
  };
}

/** Promoters, passives and detractors: the parts of the Net Promoter Score, of those who answered. */
export function npsChart(report: ImpactReport): ReportChart {
  const nps = report.feedback.nps;
  return countChart({
    id: 'nps',
    caption: 'Likelihood to recommend',
    summary:
      nps.answered === 0
        ? 'Nobody answered how likely they are to recommend the events.'
        : `Net Promoter Score ${npsScore(nps.value)}: ${plural(nps.promoters, 'promoter')} and ${plural(
            nps.detractors,
            'detractor',
          )} of ${plural(nps.answered, 'answer')}.`,
    labelHeading: 'Answer',
    countHeading: 'People',
    items: [
      { label: 'Promoters (9 or 10)', count: nps.promoters },
      { label: 'Passives (7 or 8)', count: nps.passives },
      { label: 'Detractors (0 to 6)', count: nps.detractors },
    ],
    whole: nps.answered,
    definition: 'nps',
  });
}

/** Themes asked for next, each with its share of the responses. */
export function themesRequestedChart(report: ImpactReport): ReportChart {
  const { themesRequested, responses } = report.feedback;
  return countChart({
    id: 'themes-requested',
    caption: 'Themes asked for in feedback',
    summary:
      themesRequested.length === 0 || responses === 0
        ? 'No feedback response asked for a theme.'
        : `${mostCommonSentence(themesRequested, responses, 'theme asked for', 'responses').slice(0, -1)}; a response can ask for several.`,
    labelHeading: 'Theme',
    countHeading: 'Responses',
    shareHeading: 'Share of responses',
    items: themesRequested,
    whole: responses,
    definition: 'themesRequested',
  });
}

export function outcomesByKindChart(report: ImpactReport): ReportChart {
  const { byKind, total } = report.outcomes;
  return countChart({
    id: 'outcomes-by-kind',
    caption: 'Outcomes by kind',
    summary:
      total === 0 ? 'No outcomes are recorded for this period.' : mostCommonSentence(byKind, total, 'kind', 'outcomes'),
    labelHeading: 'Kind',
    countHeading: 'Outcomes',
    items: byKind,
    definition: 'outcomes',
  });
}

export function outcomesByStatusChart(report: ImpactReport): ReportChart {
  const { byStatus, total } = report.outcomes;
  const of = (key: string) => byStatus.find((item) => item.key === key)?.count ?? 0;
  return countChart({
    id: 'outcomes-by-status',
    caption: 'Outcomes by status',
    summary:
      total === 0
        ? 'No outcomes are recorded for this period.'
        : `Of ${plural(total, 'outcome')}, ${count(of('done'))} ${of('done') === 1 ? 'is' : 'are'} done, ${count(
            of('in-progress'),
          )} in progress and ${count(of('planned'))} planned.`,
    labelHeading: 'Status',
    countHeading: 'Outcomes',
    items: byStatus,
    definition: 'outcomes',
  });
}

type Objective = ImpactReport['objectives'][number];

/** "150 councils reached", "4.2 mean satisfaction (1–5)"; "No target" when none was set. */
export function objectiveTarget(objective: Objective): string {
  if (objective.targetValue === null) return 'No target';
  return [numberText(objective), objective.targetUnit].filter(Boolean).join(' ');
}

function numberText(objective: Objective, value = objective.targetValue): string {
  if (value === null) return '';
  return objective.measure === 'satisfaction' ? value.toFixed(2) : count(value);
}

/** How far an objective has come: its actual against its target, when both can be known. */
export function objectiveProgress(objective: Objective): number | null {
  if (objective.actual === null || objective.targetValue === null || objective.targetValue <= 0) return null;
  return objective.actual / objective.targetValue;
}

/** Each objective's actual against its own target (units differ, so every bar is its target's length). */
export function objectivesChart(report: ImpactReport): ReportChart {
  const objectives = report.objectives;
  const measured = objectives.filter((objective) => objectiveProgress(objective) !== null);
  const met = measured.filter((objective) => (objectiveProgress(objective) ?? 0) >= 1);
  const summary =
    objectives.length === 0
      ? 'No objectives are set for the programme years in this period.'
      : `${count(measured.length)} of ${plural(objectives.length, 'objective')} can be measured so far, and ${count(
          met.length,
        )} ${met.length === 1 ? 'has' : 'have'} met ${met.length === 1 ? 'its' : 'their'} target${
          met.length > 0 && met.length <= 3 ? ` (${listing(met.map((objective) => objective.title))})` : ''
        }.`;
  return {
    id: 'objectives',
    caption: 'Objectives against their targets',
    summary,
    labelHeading: 'Objective',
    columns: ['Target', 'So far', 'Of target', 'Evidence'],
    rows: objectives.map((objective) => {
      const progress = objectiveProgress(objective);
      const reached = Math.min(1, progress ?? 0) * 100;
      return {
        label: objective.title,
        link: `/reports/objectives/${objective.id}`,
        cells: [
          objectiveTarget(objective),
          objective.measure === null
            ? 'No automatic measure'
            : objective.actual === null
              ? 'No data'
              : numberText(objective, objective.actual),
          percent(progress),
          `${plural(objective.evidence.events, 'event')}, ${plural(objective.evidence.outcomes, 'outcome')}`,
        ],
        segments:
          progress === null
            ? []
            : [
                { kind: 'value', width: Math.round(reached * 10) / 10 },
                { kind: 'remainder', width: Math.round((100 - reached) * 10) / 10 },
              ],
      };
    }),
    key: [
      { kind: 'value', label: 'So far' },
      { kind: 'remainder', label: 'Still to reach' },
    ],
    definition: 'objectives',
  };
}

/** Registered, attended, gave feedback, reported an action: each step as a share of those registered. */
export function funnelChart(report: ImpactReport): ReportChart {
  const { registered, attended, gaveFeedback, reportedAction } = report.funnel;
  const steps = [
    { label: 'Registered (confirmed)', count: registered },
    { label: 'Attended', count: attended },
    { label: 'Gave feedback', count: gaveFeedback },
    { label: 'Reported an action', count: reportedAction },
  ];
  const of = (part: number) => percent(share(part, registered));
  return countChart({
    id: 'funnel',
    caption: 'The engagement funnel',
    summary:
      registered === 0
        ? 'Nobody had a confirmed place at a held event in this period.'
        : `Of ${plural(registered, 'confirmed registration')} at held events, ${count(attended)} attended (${of(
            attended,
          )}), ${count(gaveFeedback)} gave feedback (${of(gaveFeedback)}) and ${count(
            reportedAction,
          )} reported acting on it (${of(reportedAction)}).`,
    labelHeading: 'Step',
    countHeading: 'People',
    shareHeading: 'Share of registered',
    items: steps,
    whole: registered,
    definition: 'funnel',
  });
}

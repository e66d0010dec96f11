import type { ImpactReport } from '@epm/shared/contracts';
import type { MetricKey } from '@epm/shared/contracts/metrics';
import { count, meanText, npsScore, percent, plural, rateFraction, ratePercent } from './report-format';

/** One headline figure: its value as the panel reads it, and what it is of. */
export interface HeadlineFigure {
  id: string;
  label: string;
  value: string;
  detail: string;
  definition: MetricKey;
}

/** The headline figures of a report, in the order the panel asks for them. */
export function headlineFigures(report: ImpactReport): HeadlineFigure[] {
  const { events, attendance, reach, repeat, feedback, outcomes } = report;
  const status = (key: string) => outcomes.byStatus.find((item) => item.key === key)?.count ?? 0;
  const { councils, suppliers } = reach;
  return [
    {
      id: 'events-held',
      label: 'Events held',
      value: count(events.held),
      detail: `${count(events.cancelled)} cancelled and ${count(events.upcoming)} still to come in the period`,
      definition: 'eventsHeld',
    },
    {
      id: 'people',
      label: 'People reached',
      value: count(reach.people),
      detail: `different people came to held events, from ${plural(reach.organisations, 'organisation')}`,
      definition: 'people',
    },
    {
      id: 'councils',
      label: 'Councils reached',
      value: `${count(councils.reached)} of ${count(councils.total)}`,
      detail:
        councils.total === 0
          ? 'No councils in the reference list'
          : `${percent(councils.share.value)} of English principal councils`,
      definition: 'councilsReached',
    },
    {
      id: 'attendance-rate',
      label: 'Attendance rate',
      value: ratePercent(attendance.rate),
      detail:
        attendance.rate.denominator === 0
          ? 'No confirmed registrations at held events'
          : `${rateFraction(attendance.rate)} confirmed registrations attended`,
      definition: 'attendanceRate',
    },
    {
      id: 'sme-share',
      label: 'SME share of suppliers',
      value: ratePercent(suppliers.smeShare),
      detail:
        suppliers.smeShare.denominator === 0
          ? 'No supplier organisation that came gave its size'
          : `${rateFraction(suppliers.smeShare)} supplier organisations that gave their size are SMEs`,
      definition: 'smeShare',
    },
    {
      id: 'repeat',
      label: 'Repeat attendees',
      value: count(repeat.people),
      detail: `people came to two or more events, and ${plural(repeat.organisations, 'organisation')} did`,
      definition: 'repeat',
    },
    {
      id: 'satisfaction',
      label: 'Satisfaction',
      value: meanText(feedback.satisfaction),
      detail:
        feedback.satisfaction.denominator === 0
          ? 'Nobody has rated their satisfaction yet'
          : `mean of ${plural(feedback.satisfaction.denominator, 'answer')}, ${count(
              feedback.satisfaction.numerator,
            )} points in all`,
      definition: 'satisfaction',
    },
    {
      id: 'nps',
      label: 'Net Promoter Score',
      value: npsScore(feedback.nps.value),
      detail:
        feedback.nps.answered === 0
          ? 'Nobody has said how likely they are to recommend the events'
          : `${plural(feedback.nps.promoters, 'promoter')} and ${plural(feedback.nps.detractors, 'detractor')} of ${plural(
              feedback.nps.answered,
              'answer',
            )}`,
      definition: 'nps',
    },
    {
      id: 'outcomes',
      label: 'Outcomes',
      value: count(outcomes.total),
      detail: `${count(status('done'))} done, ${count(status('in-progress'))} in progress and ${count(
        status('planned'),
      )} planned`,
      definition: 'outcomes',
    },
  ];
}

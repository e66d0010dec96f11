import type {
  CountBy,
  EventFormat,
  EventStatus,
  EventType,
  ImpactFilters,
  OutcomeKind,
  OutcomeStatus,
  ImpactReport,
  OrganisationType,
  Ratio,
  RegistrationStatus,
  SupplierSize,
} from '@epm/shared/contracts';
import { londonParts, toLondonIso } from '@epm/shared/contracts';

/** The rows the figures are computed from; see docs/metrics.md for every definition. */
export interface ReportEvent {
  id: number;
  type: EventType;
  format: EventFormat;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  leadCode: string;
  partnerCode: string | null;
  tags: string[];
}

/**
 * Registrations as the report reads them. An attended row is one person's
 * registration; a row that is not attended may stand for `count`
 * registrations of one event with the same status and attendance (only their
 * number matters), and then leaves the person's fields empty.
 */
export interface ReportRegistration {
  eventId: number;
  status: RegistrationStatus;
  /** How many registrations the row stands for: 1 for an attended row. */
  count: number;
  /**
   * The person, as a number standing for their pseudonym within this report
   * (numbers, not 64-character keys, so counting a year's attendees stays cheap).
   */
  person: number;
  organisationType: OrganisationType;
  councilCode: string | null;
  organisationName: string | null;
  supplierSize: SupplierSize | null;
  attendance: 'attended' | 'no-show' | null;
}

export interface ReportFeedback {
  eventId: number;
  survey: 'feedback' | 'follow-up';
  satisfaction: number | null;
  usefulness: number | null;
  recommend: number | null;
  intent: 'yes' | 'maybe' | 'no' | null;
  themes: string[];
  /** Only when its author agreed it may be quoted. */
  quote: string | null;
  acted: 'yes' | 'partly' | 'no' | null;
}

export interface ReportOutcome {
  id: number;
  title: string;
  kind: OutcomeKind;
  status: OutcomeStatus;
  date: string;
  eventIds: number[];
  objectiveIds: number[];
}

export interface ReportObjective {
  id: number;
  title: string;
  targetUnit: string | null;
  targetValue: number | null;
  eventIds: number[];
}

export interface ImpactInput {
  filters: ImpactFilters;
  /** Events starting in the period that match the filters, in any status. */
  events: ReportEvent[];
  registrations: ReportRegistration[];
  councils: ReportCouncil[];
  feedback: ReportFeedback[];
  /** Outcomes dated in the period (already narrowed to the filtered events when filters are set). */
  outcomes: ReportOutcome[];
  objectives: ReportObjective[];
  eventTitles: Map<number, { title: string; type: EventType }>;
  labels: ReportLabels;
  now: Date;
}

export interface ReportCouncil {
  gssCode: string;
  type: string;
  region: string;
}

export interface ReportLabels {
  eventTypes: Record<string, string>;
  themes: Record<string, string>;
  formats: Record<string, string>;
  outcomeKinds: Record<string, string>;
  outcomeStatuses: Record<string, string>;
}

export function ratio(numerator: number, denominator: number, digits = 4): Ratio {
  return {
    value: denominator === 0 ? null : Number((numerator / denominator).toFixed(digits)),
    numerator,
    denominator,
  };
}

/** YYYY-MM of an instant in UK time. */
const monthCache = new Map<number, string>();

export function londonMonth(instant: Date): string {
  // Time-zone arithmetic is slow next to the rest of a report; events share a few hundred start times.
  const cached = monthCache.get(instant.getTime());
  if (cached) return cached;
  const parts = londonParts(instant);
  const month = `${parts.year}-${String(parts.month).padStart(2, '0')}`;
  if (monthCache.size > 50_000) monthCache.clear();
  monthCache.set(instant.getTime(), month);
  return month;
}

/** Every YYYY-MM from one UK date to another, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function countBy(keys: string[], labels: Record<string, string> = {}, order: string[] = []): CountBy[] {
  const counts = new Map<string, number>(order.map((key) => [key, 0]));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()].map(([key, count]) => ({ key, label: labels[key] ?? key, count }));
}

/** An organisation, as reports count them: a council by its GSS code, anyone else by type and name. */
export function organisationKey(
  row: Pick<ReportRegistration, 'councilCode' | 'organisationType' | 'organisationName'>,
) {
  if (row.councilCode) return `council:${row.councilCode}`;
  const name = (row.organisationName ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return name ? `${row.organisationType}:${name}` : null;
}

/**
 * Every figure of the impact report from its rows. `events` are the events
 * in the period that match the filters (any status); `now` decides which have
 * been held.
 */
type CoreFigures = Pick<ImpactReport, 'filters' | 'registrations' | 'attendance' | 'reach' | 'repeat'> & {
  events: Omit<ImpactReport['events'], 'items'>;
};

function computeCore(
  filters: ImpactFilters,
  events: ReportEvent[],
  registrations: ReportRegistration[],
  councils: ReportCouncil[],
  labels: ReportLabels,
  now: Date,
): CoreFigures {
  const live = events.filter((event) => event.status !== 'draft' && event.status !== 'cancelled');
  const held = live.filter((event) => event.endsAt <= now);
  const heldIds = new Set(held.map((event) => event.id));
  const heldRegistrations = registrations.filter((row) => heldIds.has(row.eventId));
  const tally = { total: 0, confirmed: 0, waitlisted: 0, cancelled: 0, pending: 0, noShows: 0, confirmedAttended: 0 };
  for (const row of heldRegistrations) {
    tally.total += row.count;
    if (row.status === 'confirmed' || row.status === 'waitlisted' || row.status === 'cancelled') {
      tally[row.status] += row.count;
    } else if (row.status === 'pending') tally.pending += row.count;
    if (row.attendance === 'no-show') tally.noShows += row.count;
    if (row.attendance === 'attended' && row.status === 'confirmed') tally.confirmedAttended += row.count;
  }
  const attendedRows = heldRegistrations.filter((row) => row.attendance === 'attended');

  const councilByCode = new Map(councils.map((council) => [council.gssCode, council]));
  const regions = [...new Set(councils.map((council) => council.region))].sort();
  const councilTypes = [...new Set(councils.map((council) => council.type))].sort();

  const { reachedCouncils, supplierOrganisations, people, organisations, attendeesByEvent } = reachOf(
    attendedRows,
    councilByCode,
  );
  const sme = [...supplierOrganisations.values()].filter((size) => size === 'sme').length;
  const large = [...supplierOrganisations.values()].filter((size) => size === 'large').length;

  // Repeat engagement: distinct held events each person (and organisation) attended, taken in the order the
  // events started, so each attendance is first-time or returning in its month.
  const eventsByPerson = new Map<number, number>();
  const eventsByOrganisation = new Map<string, number>();
  const lastEventOfPerson = new Map<number, number>();
  const lastEventOfOrganisation = new Map<string, number>();
  const repeatByMonth = new Map(
    monthsBetween(filters.from, filters.to).map((month) => [month, { firstTime: 0, returning: 0 }]),
  );
  const countEvent = <K>(counts: Map<K, number>, last: Map<K, number>, key: K, eventId: number) => {
    const before = counts.get(key) ?? 0;
    if (last.get(key) !== eventId) {
      last.set(key, eventId);
      counts.set(key, before + 1);
    }
    return before;
  };
  const chronological = [...held].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
  for (const event of chronological) {
    const bucket = repeatByMonth.get(londonMonth(event.startsAt));
    for (const { person, organisation } of attendeesByEvent.get(event.id) ?? []) {
      const before = countEvent(eventsByPerson, lastEventOfPerson, person, event.id);
      if (bucket) bucket[before > 0 ? 'returning' : 'firstTime'] += 1;
      if (organisation) countEvent(eventsByOrganisation, lastEventOfOrganisation, organisation, event.id);
    }
  }

  const sectors = new Map<OrganisationType, number>();
  for (const type of people.values()) sectors.set(type, (sectors.get(type) ?? 0) + 1);

  return {
    filters,
    events: {
      held: held.length,
      upcoming: live.length - held.length,
      cancelled: events.filter((event) => event.status === 'cancelled').length,
      byType: countBy(
        held.map((event) => event.type),
        labels.eventTypes,
        Object.keys(labels.eventTypes),
      ),
      byMonth: countBy(
        held.map((event) => londonMonth(event.startsAt)),
        {},
        monthsBetween(filters.from, filters.to),
      ),
      byTheme: countBy(
        held.flatMap((event) => event.tags.filter((tag) => tag in labels.themes)),
        labels.themes,
      ).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      byOrganisation: countBy(
        held.map((event) => (event.partnerCode ? 'joint' : event.leadCode)),
        { techuk: 'techUK-led', lga: 'LGA-led', joint: 'Joint' },
        ['techuk', 'lga', 'joint'],
      ),
      byFormat: countBy(
        held.map((event) => event.format),
        labels.formats,
        Object.keys(labels.formats),
      ),
    },
    registrations: {
      total: tally.total,
      confirmed: tally.confirmed,
      waitlisted: tally.waitlisted,
      cancelled: tally.cancelled,
      pending: tally.pending,
    },
    attendance: {
      attended: attendedRows.length,
      noShows: tally.noShows,
      rate: ratio(tally.confirmedAttended, tally.confirmed),
    },
    reach: {
      people: people.size,
      organisations: organisations.size,
      councils: {
        reached: reachedCouncils.size,
        total: councils.length,
        share: ratio(reachedCouncils.size, councils.length),
        byRegion: regions.map((region) => ({
          region,
          reached: [...reachedCouncils].filter((code) => councilByCode.get(code)?.region === region).length,
          total: councils.filter((council) => council.region === region).length,
        })),
        byType: councilTypes.map((type) => ({
          type,
          reached: [...reachedCouncils].filter((code) => councilByCode.get(code)?.type === type).length,
          total: councils.filter((council) => council.type === type).length,
        })),
      },
      suppliers: { organisations: supplierOrganisations.size, sme, large, smeShare: ratio(sme, sme + large) },
      sectors: [...sectors.entries()]
        .map(([organisationType, count]) => ({ organisationType, people: count }))
        .sort((a, b) => b.people - a.people || a.organisationType.localeCompare(b.organisationType)),
    },
    repeat: {
      people: [...eventsByPerson.values()].filter((count) => count >= 2).length,
      organisations: [...eventsByOrganisation.values()].filter((count) => count >= 2).length,
      byMonth: [...repeatByMonth.entries()].map(([month, counts]) => ({ month, ...counts })),
    },
  };
}

/**
 * Who the attendees were: one pass over attended rows, in the order they registered (a person counts in the
 * type they first gave, a supplier in the size first given).
 */
function reachOf(attendedRows: ReportRegistration[], councilByCode: ReadonlyMap<string, ReportCouncil>) {
  const reachedCouncils = new Set<string>();
  const supplierOrganisations = new Map<string, SupplierSize | null>();
  const people = new Map<number, OrganisationType>();
  const organisations = new Set<string>();
  const attendeesByEvent = new Map<number, { person: number; organisation: string | null }[]>();
  for (const row of attendedRows) {
    if (row.councilCode && councilByCode.has(row.councilCode)) reachedCouncils.add(row.councilCode);
    const organisation = organisationKey(row);
    if (organisation) {
      organisations.add(organisation);
      if (row.organisationType === 'supplier' && !supplierOrganisations.get(organisation)) {
        supplierOrganisations.set(organisation, row.supplierSize);
      }
    }
    if (!people.has(row.person)) people.set(row.person, row.organisationType);
    const attendees = attendeesByEvent.get(row.eventId);
    if (attendees) attendees.push({ person: row.person, organisation });
    else attendeesByEvent.set(row.eventId, [{ person: row.person, organisation }]);
  }
  return { reachedCouncils, supplierOrganisations, people, organisations, attendeesByEvent };
}

/** Mean of 1-5 answers as sum / answered, to two decimal places. */
function mean(values: (number | null)[]): Ratio {
  const answered = values.filter((value): value is number => value !== null);
  return ratio(
    answered.reduce((sum, value) => sum + value, 0),
    answered.length,
    2,
  );
}

/** The held events of a set: not draft or cancelled, and ended. */
export function heldIn(events: Pick<ReportEvent, 'id' | 'status' | 'endsAt'>[], now: Date): Set<number> {
  return new Set(
    events
      .filter((event) => event.status !== 'draft' && event.status !== 'cancelled' && event.endsAt <= now)
      .map((event) => event.id),
  );
}

/** Which figure an objective's target is measured by, from the words of its unit (docs/metrics.md). */
export function measureOf(targetUnit: string | null): ImpactReport['objectives'][number]['measure'] {
  const unit = (targetUnit ?? '').toLowerCase();
  if (unit.includes('council')) return 'councils';
  if (unit.includes('satisf')) return 'satisfaction';
  if (unit.includes('supplier')) return 'suppliers';
  if (/event|roundtable|workshop|webinar|consultation/.test(unit)) return 'events';
  if (/people|attendee|participant|person/.test(unit)) return 'people';
  return null;
}

/** Every figure of the impact report. See docs/metrics.md for each definition. */
export function computeImpact(input: ImpactInput): Omit<ImpactReport, 'generatedAt' | 'dataAsOf'> {
  const core = computeCore(input.filters, input.events, input.registrations, input.councils, input.labels, input.now);
  const held = heldIn(input.events, input.now);
  const responses = input.feedback.filter((row) => row.survey === 'feedback' && held.has(row.eventId));
  const followUps = input.feedback.filter((row) => row.survey === 'follow-up' && held.has(row.eventId));
  const recommend = responses.map((row) => row.recommend).filter((value): value is number => value !== null);
  const promoters = recommend.filter((value) => value >= 9).length;
  const detractors = recommend.filter((value) => value <= 6).length;
  const intents = responses.map((row) => row.intent).filter((value) => value !== null);

  const feedback: ImpactReport['feedback'] = {
    responses: responses.length,
    responseRate: ratio(responses.length, core.attendance.attended),
    satisfaction: mean(responses.map((row) => row.satisfaction)),
    usefulness: mean(responses.map((row) => row.usefulness)),
    nps: {
      value: recommend.length ? Math.round(((promoters - detractors) / recommend.length) * 1000) / 10 : null,
      promoters,
      passives: recommend.length - promoters - detractors,
      detractors,
      answered: recommend.length,
    },
    intendToAct: ratio(intents.filter((intent) => intent === 'yes').length, intents.length),
    themesRequested: countBy(
      responses.flatMap((row) => row.themes),
      input.labels.themes,
    ).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    quotes: responses
      .filter((row) => row.quote)
      .map((row) => ({
        text: row.quote as string,
        eventTitle: input.eventTitles.get(row.eventId)?.title ?? '',
        eventType: input.eventTitles.get(row.eventId)?.type ?? 'workshop',
      })),
  };

  const outcomes: ImpactReport['outcomes'] = {
    total: input.outcomes.length,
    byKind: countBy(
      input.outcomes.map((outcome) => outcome.kind),
      input.labels.outcomeKinds,
      Object.keys(input.labels.outcomeKinds),
    ),
    byStatus: countBy(
      input.outcomes.map((outcome) => outcome.status),
      input.labels.outcomeStatuses,
      Object.keys(input.labels.outcomeStatuses),
    ),
    items: input.outcomes.map((outcome) => ({ ...outcome })),
  };

  // An objective is measured on its own held events by the same definitions as the whole report's figures,
  // but only the one figure it needs: the attendees' pass, not every breakdown of the report again.
  const heldAttendees = input.registrations.filter((row) => row.attendance === 'attended' && held.has(row.eventId));
  const councilByCode = new Map(input.councils.map((council) => [council.gssCode, council]));
  const objectives: ImpactReport['objectives'] = input.objectives.map((objective) => {
    const ids = new Set(objective.eventIds);
    const ownHeld = heldIn(
      input.events.filter((event) => ids.has(event.id)),
      input.now,
    );
    const measure = measureOf(objective.targetUnit);
    const reach = () =>
      reachOf(
        heldAttendees.filter((row) => ownHeld.has(row.eventId)),
        councilByCode,
      );
    const actual =
      measure === 'councils'
        ? reach().reachedCouncils.size
        : measure === 'events'
          ? ownHeld.size
          : measure === 'suppliers'
            ? reach().supplierOrganisations.size
            : measure === 'people'
              ? reach().people.size
              : measure === 'satisfaction'
                ? mean(
                    input.feedback
                      .filter((row) => row.survey === 'feedback' && ownHeld.has(row.eventId))
                      .map((row) => row.satisfaction),
                  ).value
                : null;
    const outcomeIds = input.outcomes
      .filter((outcome) => outcome.objectiveIds.includes(objective.id))
      .map((outcome) => outcome.id);
    return {
      id: objective.id,
      title: objective.title,
      targetUnit: objective.targetUnit,
      targetValue: objective.targetValue,
      measure,
      actual,
      evidence: { events: ownHeld.size, outcomes: outcomeIds.length, eventIds: [...ownHeld], outcomeIds },
    };
  });

  const attendedBy = new Map<number, number>();
  for (const row of input.registrations) {
    if (row.attendance === 'attended') attendedBy.set(row.eventId, (attendedBy.get(row.eventId) ?? 0) + 1);
  }
  const answeredBy = new Map<number, number>();
  for (const row of responses) answeredBy.set(row.eventId, (answeredBy.get(row.eventId) ?? 0) + 1);
  const heldEvents = input.events
    .filter((event) => held.has(event.id))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
  const items: ImpactReport['events']['items'] = heldEvents.map((event) => ({
    id: event.id,
    title: input.eventTitles.get(event.id)?.title ?? '',
    type: event.type,
    format: event.format,
    startsAt: toLondonIso(event.startsAt),
    organisation: event.partnerCode ? 'joint' : event.leadCode,
    attended: attendedBy.get(event.id) ?? 0,
    responses: answeredBy.get(event.id) ?? 0,
  }));

  return {
    ...core,
    events: { ...core.events, items },
    feedback,
    outcomes,
    objectives,
    funnel: {
      registered: core.registrations.confirmed,
      attended: core.attendance.attended,
      gaveFeedback: responses.length,
      reportedAction: followUps.filter((row) => row.acted === 'yes' || row.acted === 'partly').length,
    },
  };
}

import { Injectable } from '@nestjs/common';
import { EventEntity, EventObjectiveEntity, EventTagEntity, ObjectiveEntity, ProgrammeEntity } from '@epm/api/events';
import { OutcomeEntity, OutcomeEventEntity, OutcomeObjectiveEntity } from '@epm/api/outcomes';
import { CouncilEntity, OrganisationEntity } from '@epm/api/reference';
import {
  EVENT_TYPE_TERMS,
  fromLondonWallClock,
  type ImpactFilters,
  type CouncilsNotReachedResponse,
  type ImpactReport,
  OUTCOME_KIND_LABELS,
  type OrganisationType,
  OUTCOME_STATUS_LABELS,
  type RegistrationStatus,
  type SupplierSize,
  THEME_TERMS,
  toLondonIso,
} from '@epm/shared/contracts';
import { ReportsDatabase } from '@epm/api/platform';
import { Between, type DataSource, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import {
  computeImpact,
  heldIn,
  type ImpactInput,
  type ReportEvent,
  type ReportFeedback,
  type ReportOutcome,
  type ReportRegistration,
} from './impact';

const FORMAT_LABELS = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' };

/** The instant a UK date starts (00:00 London), optionally some days later. */
function londonStart(date: string, addDays = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + addDays));
  return fromLondonWallClock(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate(), 0, 0);
}

/**
 * The impact report: reads events, registrations, attendance and the
 * council list for the period and filters, and computes every figure in one
 * place (impact.ts), so the JSON and every export carry the same numbers.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly reports: ReportsDatabase) {}

  /** The reports' database: a read replica when one is configured. */
  private get dataSource(): DataSource {
    return this.reports.dataSource;
  }

  async impact(filters: ImpactFilters, now = new Date()): Promise<ImpactReport> {
    const [input, asOf] = await Promise.all([this.input(filters, now), this.dataAsOf(now)]);
    return { ...computeImpact(input), generatedAt: toLondonIso(now), dataAsOf: asOf && toLondonIso(asOf) };
  }

  /** How current the data read is: now on the primary; on a replica, now less its delay, if it can say. */
  private async dataAsOf(now: Date): Promise<Date | null> {
    if (!this.reports.replica) return now;
    try {
      // MySQL 8.0.22+ and MariaDB 10.5+; the reports' user needs REPLICATION CLIENT (or SLAVE MONITOR) to see it.
      const lag = replicaDelaySeconds(
        (await this.dataSource.query('SHOW REPLICA STATUS')) as Record<string, unknown>[],
      );
      return lag === null ? null : new Date(now.getTime() - lag * 1000);
    } catch {
      return null;
    }
  }

  /**
   * The councils no attendee of a held event in the period came from, by
   * region: for organisers planning where to reach next (not for the public).
   */
  async councilsNotReached(filters: ImpactFilters, now = new Date()): Promise<CouncilsNotReachedResponse> {
    const held = heldIn(await this.eventsInScope(filters), now);
    const reached = new Set(
      (await this.registrationRows([...held]))
        .filter((row) => row.attendance === 'attended' && row.councilCode)
        .map((row) => row.councilCode),
    );
    const councils = await this.dataSource.manager.find(CouncilEntity, {
      where: { current: true },
      order: { region: 'ASC', name: 'ASC' },
    });
    const notReached = councils.filter((council) => !reached.has(council.gssCode));
    return {
      filters,
      total: councils.length,
      notReached: notReached.length,
      councils: notReached.map((council) => ({
        gssCode: council.gssCode,
        name: council.name,
        type: council.type,
        region: council.region,
      })),
    };
  }

  /** Events starting in the period that match the filters, in any status, with only what the report reads. */
  private eventsInScope(filters: ImpactFilters): Promise<EventEntity[]> {
    const query = this.dataSource.manager
      .getRepository(EventEntity)
      .createQueryBuilder('event')
      .where('event.startsAt >= :from AND event.startsAt < :to', {
        from: londonStart(filters.from),
        to: londonStart(filters.to, 1),
      });
    if (filters.type) query.andWhere('event.type = :type', { type: filters.type });
    if (filters.format) query.andWhere('event.format = :format', { format: filters.format });
    if (filters.theme) {
      query.andWhere('EXISTS (SELECT 1 FROM event_tags tag WHERE tag.event_id = event.id AND tag.term_code = :theme)', {
        theme: filters.theme,
      });
    }
    if (filters.event) query.andWhere('event.id = :event', { event: filters.event });
    if (filters.objective) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM event_objectives link WHERE link.event_id = event.id AND link.objective_id = :objective)',
        { objective: filters.objective },
      );
    }
    if (filters.organisation) {
      query.andWhere(
        '(event.leadOrganisationId IN (SELECT id FROM organisations WHERE code = :organisation) OR ' +
          'event.partnerOrganisationId IN (SELECT id FROM organisations WHERE code = :organisation))',
        { organisation: filters.organisation },
      );
    }
    return query
      .select([
        'event.id',
        'event.title',
        'event.type',
        'event.format',
        'event.status',
        'event.startsAt',
        'event.endsAt',
        'event.leadOrganisationId',
        'event.partnerOrganisationId',
      ])
      .getMany();
  }

  private async input(filters: ImpactFilters, now: Date): Promise<ImpactInput> {
    const manager = this.dataSource.manager;
    const events = await this.eventsInScope(filters);
    const ids = events.map((event) => event.id);
    const organisations = new Map(
      (await manager.find(OrganisationEntity)).map((organisation) => [organisation.id, organisation.code]),
    );
    const tagsByEvent = new Map<number, string[]>();
    for (const tag of ids.length ? await manager.findBy(EventTagEntity, { eventId: In(ids) }) : []) {
      const tags = tagsByEvent.get(tag.eventId);
      if (tags) tags.push(tag.termCode);
      else tagsByEvent.set(tag.eventId, [tag.termCode]);
    }
    const councils = await manager.findBy(CouncilEntity, { current: true });
    const reportEvents: ReportEvent[] = events.map((event) => ({
      id: event.id,
      type: event.type,
      format: event.format,
      status: event.status,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      leadCode: organisations.get(event.leadOrganisationId) ?? '',
      partnerCode: event.partnerOrganisationId ? (organisations.get(event.partnerOrganisationId) ?? null) : null,
      tags: tagsByEvent.get(event.id) ?? [],
    }));
    // Separate connections on MySQL: the database works on all three reads at once.
    const [reportRegistrations, feedback] = await Promise.all([this.registrationRows(ids), this.feedbackRows(ids)]);
    return {
      filters,
      events: reportEvents,
      registrations: reportRegistrations,
      councils: councils.map((council) => ({ gssCode: council.gssCode, type: council.type, region: council.region })),
      feedback,
      outcomes: await this.outcomes(filters, ids),
      objectives: await this.objectives(filters, ids),
      eventTitles: new Map(events.map((event) => [event.id, { title: event.title, type: event.type }])),
      labels: {
        eventTypes: Object.fromEntries(EVENT_TYPE_TERMS.map((term) => [term.code, term.label])),
        themes: Object.fromEntries(THEME_TERMS.map((term) => [term.code, term.label])),
        formats: FORMAT_LABELS,
        outcomeKinds: OUTCOME_KIND_LABELS,
        outcomeStatuses: OUTCOME_STATUS_LABELS,
      },
      now,
    };
  }

  /**
   * The registrations of the events, read as the report needs them and no
   * more (a full year at ten times the real size is 200,000 rows): the people
   * who attended one row each, everyone else as counts by event, status and
   * attendance. Narrow raw reads, not entities: see docs/performance.md.
   */
  private async registrationRows(eventIds: number[]): Promise<ReportRegistration[]> {
    const attendedRead = this.inChunks<{
      id: number;
      eventId: number;
      status: RegistrationStatus;
      personKey: string | null;
      organisationType: OrganisationType;
      councilCode: string | null;
      organisationName: string | null;
      supplierSize: SupplierSize | null;
    }>(
      eventIds,
      (list) =>
        `SELECT r.id AS id, r.event_id AS eventId, r.status AS status, r.person_key AS personKey,
                r.organisation_type AS organisationType, r.council_code AS councilCode,
                r.organisation_name AS organisationName, r.supplier_size AS supplierSize
           FROM attendance_records a JOIN registrations r ON r.id = a.registration_id
          WHERE a.event_id IN (${list}) AND a.status = 'attended'`,
    );
    const countedRead = this.inChunks<{
      eventId: number;
      status: RegistrationStatus;
      attendance: string | null;
      count: number | string;
    }>(
      eventIds,
      (list) =>
        `SELECT r.event_id AS eventId, r.status AS status, a.status AS attendance, COUNT(*) AS count
           FROM registrations r LEFT JOIN attendance_records a ON a.registration_id = r.id
          WHERE r.event_id IN (${list}) AND (a.status IS NULL OR a.status <> 'attended')
          GROUP BY r.event_id, r.status, a.status`,
    );
    const [attendedRows, counted] = await Promise.all([attendedRead, countedRead]);
    // In the order people registered: a person counts in the organisation type they first gave.
    attendedRows.sort((a, b) => a.id - b.id);
    const people = new Map<string, number>();
    const personOf = (row: { id: number; personKey: string | null }) => {
      const key = row.personKey ?? `registration:${row.id}`;
      let person = people.get(key);
      if (person === undefined) people.set(key, (person = people.size));
      return person;
    };
    return [
      ...attendedRows.map((row) => ({
        eventId: Number(row.eventId),
        status: row.status,
        count: 1,
        person: personOf(row),
        organisationType: row.organisationType,
        councilCode: row.councilCode,
        organisationName: row.organisationName,
        supplierSize: row.supplierSize,
        attendance: 'attended' as const,
      })),
      ...counted.map((row) => ({
        eventId: Number(row.eventId),
        status: row.status,
        count: Number(row.count),
        person: -1,
        organisationType: 'other' as const,
        councilCode: null,
        organisationName: null,
        supplierSize: null,
        attendance: row.attendance === 'no-show' ? ('no-show' as const) : null,
      })),
    ];
  }

  /** Feedback answers without who gave them; comments only where their author agreed they may be quoted. */
  private async feedbackRows(eventIds: number[]): Promise<ReportFeedback[]> {
    const rows = await this.inChunks<{
      eventId: number;
      survey: ReportFeedback['survey'];
      satisfaction: number | null;
      usefulness: number | null;
      recommend: number | null;
      intent: ReportFeedback['intent'];
      themes: string | null;
      quote: string | null;
      acted: ReportFeedback['acted'];
    }>(
      eventIds,
      (list) =>
        `SELECT event_id AS eventId, survey, satisfaction, usefulness, recommend, intent, themes, acted,
                CASE WHEN quote_consent = 1 AND comments <> '' THEN comments END AS quote
           FROM feedback_responses WHERE event_id IN (${list})`,
    );
    return rows.map((row) => ({
      ...row,
      eventId: Number(row.eventId),
      themes: row.themes ? (JSON.parse(row.themes) as string[]) : [],
      quote: row.quote ?? null,
    }));
  }

  /** Runs a query over event ids in slices small enough for either database's limit on parameters. */
  private async inChunks<T>(ids: number[], sql: (list: string) => string): Promise<T[]> {
    let rows: T[] = [];
    for (let start = 0; start < ids.length; start += 5000) {
      const slice = ids.slice(start, start + 5000);
      // concat, not push(...rows): spreading 100,000 rows as arguments overflows the stack.
      rows = rows.concat((await this.dataSource.query(sql(slice.map(() => '?').join(', ')), slice)) as T[]);
    }
    return rows;
  }

  /**
   * Outcomes dated in the period. With event filters set, only those that
   * stem from a matching event; without, programme-level ones too. With the
   * objective filter, those linked to the objective or stemming from its events.
   */
  private async outcomes(filters: ImpactFilters, eventIds: number[]): Promise<ReportOutcome[]> {
    const manager = this.dataSource.manager;
    const rows = await manager.find(OutcomeEntity, {
      where: { date: Between(filters.from, filters.to) },
      order: { date: 'ASC', id: 'ASC' },
    });
    if (!rows.length) return [];
    const ids = rows.map((row) => row.id);
    const links = await manager.findBy(OutcomeEventEntity, { outcomeId: In(ids) });
    const objectiveLinks = await manager.findBy(OutcomeObjectiveEntity, { outcomeId: In(ids) });
    const filtered = !!(filters.type || filters.theme || filters.organisation || filters.format || filters.event);
    const inScope = new Set(eventIds);
    const objective = filters.objective;
    return rows
      .map((row) => ({
        id: row.id,
        title: row.title,
        kind: row.kind,
        status: row.status,
        date: row.date,
        eventIds: links.filter((link) => link.outcomeId === row.id).map((link) => link.eventId),
        objectiveIds: objectiveLinks.filter((link) => link.outcomeId === row.id).map((link) => link.objectiveId),
      }))
      .filter((outcome) => !filtered || outcome.eventIds.some((id) => inScope.has(id)))
      .filter(
        (outcome) =>
          !objective || outcome.objectiveIds.includes(objective) || outcome.eventIds.some((id) => inScope.has(id)),
      );
  }

  /** The objectives of every programme year overlapping the period (only the one asked for), with their events in scope. */
  private async objectives(filters: ImpactFilters, eventIds: number[]) {
    const manager = this.dataSource.manager;
    const programmes = await manager.findBy(ProgrammeEntity, {
      startsOn: LessThanOrEqual(filters.to),
      endsOn: MoreThanOrEqual(filters.from),
    });
    if (!programmes.length) return [];
    const objectives = await manager.find(ObjectiveEntity, {
      where: {
        programmeId: In(programmes.map((programme) => programme.id)),
        ...(filters.objective ? { id: filters.objective } : {}),
      },
      order: { programmeId: 'ASC', sortOrder: 'ASC', id: 'ASC' },
    });
    const links = eventIds.length ? await manager.findBy(EventObjectiveEntity, { eventId: In(eventIds) }) : [];
    return objectives.map((objective) => ({
      id: objective.id,
      title: objective.title,
      targetUnit: objective.targetUnit,
      targetValue: objective.targetValue,
      eventIds: links.filter((link) => link.objectiveId === objective.id).map((link) => link.eventId),
    }));
  }
}

/**
 * A replica's delay in seconds from its `SHOW REPLICA STATUS` row (`Seconds_Behind_Source` on MySQL,
 * `Seconds_Behind_Master` on MariaDB); null when it has no row (not replicating) or cannot say (NULL: the
 * replication threads are stopped).
 */
export function replicaDelaySeconds(rows: readonly Record<string, unknown>[]): number | null {
  const row = rows[0];
  const value = row ? (row['Seconds_Behind_Source'] ?? row['Seconds_Behind_Master']) : null;
  if (value === null || value === undefined || value === '') return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

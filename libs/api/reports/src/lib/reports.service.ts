import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AttendanceRecordEntity } from '@epm/api/attendance';
import { EventEntity, EventTagEntity } from '@epm/api/events';
import { CouncilEntity, OrganisationEntity } from '@epm/api/reference';
import { RegistrationEntity } from '@epm/api/registrations';
import {
  EVENT_TYPE_TERMS,
  fromLondonWallClock,
  type ImpactFilters,
  type ImpactReport,
  THEME_TERMS,
  toLondonIso,
} from '@epm/shared/contracts';
import { DataSource, In } from 'typeorm';
import { computeImpact, type ReportEvent, type ReportRegistration } from './impact';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async impact(filters: ImpactFilters, now = new Date()): Promise<ImpactReport> {
    const manager = this.dataSource.manager;
    const query = manager
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
    if (filters.organisation) {
      query.andWhere(
        '(event.leadOrganisationId IN (SELECT id FROM organisations WHERE code = :organisation) OR ' +
          'event.partnerOrganisationId IN (SELECT id FROM organisations WHERE code = :organisation))',
        { organisation: filters.organisation },
      );
    }
    const events = await query.getMany();
    const ids = events.map((event) => event.id);
    const organisations = new Map(
      (await manager.find(OrganisationEntity)).map((organisation) => [organisation.id, organisation.code]),
    );
    const tags = ids.length ? await manager.findBy(EventTagEntity, { eventId: In(ids) }) : [];
    const registrations = ids.length ? await manager.findBy(RegistrationEntity, { eventId: In(ids) }) : [];
    const attendance = new Map(
      (ids.length ? await manager.findBy(AttendanceRecordEntity, { eventId: In(ids) }) : []).map((record) => [
        record.registrationId,
        record.status,
      ]),
    );
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
      tags: tags.filter((tag) => tag.eventId === event.id).map((tag) => tag.termCode),
    }));
    const reportRegistrations: ReportRegistration[] = registrations.map((row) => ({
      eventId: row.eventId,
      status: row.status,
      personKey: row.personKey ?? `registration:${row.id}`,
      organisationType: row.organisationType,
      councilCode: row.councilCode,
      organisationName: row.organisationName,
      supplierSize: row.supplierSize,
      attendance:
        attendance.get(row.id) === 'attended' ? 'attended' : attendance.get(row.id) === 'no-show' ? 'no-show' : null,
    }));
    const figures = computeImpact(
      filters,
      reportEvents,
      reportRegistrations,
      councils.map((council) => ({ gssCode: council.gssCode, type: council.type, region: council.region })),
      {
        eventTypes: Object.fromEntries(EVENT_TYPE_TERMS.map((term) => [term.code, term.label])),
        themes: Object.fromEntries(THEME_TERMS.map((term) => [term.code, term.label])),
        formats: FORMAT_LABELS,
      },
      now,
    );
    return { ...figures, generatedAt: toLondonIso(now) };
  }
}

import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditActor, AuditService } from '@epm/api/audit';
import { type DomainEvent, DomainEventBus, type Principal } from '@epm/api/platform';
import { OrganisationEntity } from '@epm/api/reference';
import {
  type EventInput,
  type EventListResponse,
  type EventResponse,
  type EventStatus,
  londonParts,
  type SeriesRequest,
  type SeriesResponse,
  TAXONOMY_TERMS,
} from '@epm/shared/contracts';
import { Brackets, DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { eventRuleErrors } from './event-rules';
import {
  EventEntity,
  EventObjectiveEntity,
  EventSeriesEntity,
  EventTagEntity,
  ObjectiveEntity,
  ProgrammeEntity,
} from './events.entities';
import { seriesOccurrences } from './series';
import { mapEvent } from './events.mapper';
import { PublicReadCache } from './public-read-cache';

/** Statuses the public can see. Drafts never; cancelled events stay visible so people learn of it. */
const PUBLIC_STATUSES: EventStatus[] = ['published', 'registration-closed', 'completed', 'cancelled'];
const LISTED_STATUSES: EventStatus[] = ['published', 'registration-closed', 'completed'];
const TAGGABLE = new Set(TAXONOMY_TERMS.filter((term) => term.kind !== 'eventType').map((term) => term.code));
const INVALID = 'Check the highlighted fields';
/**
 * Fields a change may not empty. PATCH validation skips missing and null
 * fields alike, so null is refused here, with the messages of a new event.
 */
const REQUIRED_ON_CHANGE: Partial<Record<keyof EventInput, string>> = {
  title: 'Enter a title',
  summary: 'Enter a summary',
  type: 'Select the type of event',
  format: 'Select in person, online or hybrid',
  startsAt: 'Enter when the event starts',
  endsAt: 'Enter when the event ends',
  audience: 'Select who the event is for',
  leadOrganisation: 'Select the organisation leading the event',
};
/** Two programme years at today's pace, with room to spare; a feed larger than this needs a date filter. */
const CALENDAR_LIMIT = 2000;

export interface EventChanged extends DomainEvent {
  type: 'EventRescheduled' | 'EventUpdated' | 'EventCancelled';
  eventId: number;
  sequence: number;
}

/** Capacity changed on an event: registrations must fit it, and waiting people may now have places. */
export interface EventCapacityChanged extends DomainEvent {
  type: 'EventCapacityChanged';
  eventId: number;
  capacity: number | null;
}

export interface EventListFilters {
  type?: string;
  theme?: string;
  format?: string;
  from?: string;
  to?: string;
  q?: string;
  organisation?: string;
  status?: EventStatus;
  page: number;
  pageSize: number;
}

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly bus: DomainEventBus,
    private readonly cache: PublicReadCache,
  ) {}

  /** A change to events: in one transaction, after which this process's cached public reads are dropped. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } finally {
      this.cache.clear();
    }
  }

  /** The public programme: published events only, soonest first. */
  listPublic(filters: EventListFilters): Promise<EventListResponse> {
    return this.cache.read(`list:${JSON.stringify(filters)}`, () =>
      this.list(
        filters,
        (query) => query.andWhere('event.status IN (:...statuses)', { statuses: LISTED_STATUSES }),
        false,
      ),
    );
  }

  /**
   * Events for the subscribable calendar: everything the public may see,
   * cancelled ones included so subscribers' calendars drop them.
   */
  async listForCalendar(filters: { type?: string; theme?: string }): Promise<EventResponse[]> {
    const { items } = await this.list(
      { ...filters, page: 1, pageSize: CALENDAR_LIMIT },
      (query) => query.andWhere('event.status IN (:...statuses)', { statuses: PUBLIC_STATUSES }),
      false,
    );
    return items;
  }

  /** Every event the organiser may manage, in any status: their organisation's, or all for administrators. */
  listForOrganiser(principal: Principal, filters: EventListFilters): Promise<EventListResponse> {
    return this.list(
      filters,
      (query) => {
        this.scopeToOrganisation(query, principal);
        if (filters.status) query.andWhere('event.status = :status', { status: filters.status });
      },
      true,
    );
  }

  /** One event. Drafts, and joining links, only for those who may manage it; anyone else gets 404 for a draft. */
  async get(id: number, principal: Principal | undefined): Promise<EventResponse> {
    // Anyone signed in may manage it (and see its joining link): only anonymous visitors share the cache.
    if (!principal) return this.cache.read(`event:${id}`, () => this.fetch(id, undefined));
    return this.fetch(id, principal);
  }

  private async fetch(id: number, principal: Principal | undefined): Promise<EventResponse> {
    const event = await this.load(this.dataSource.manager, id);
    const manages = !!event && !!principal && this.mayManage(principal, event);
    if (!event || (!manages && !PUBLIC_STATUSES.includes(event.status))) throw new NotFoundException('No such event');
    return mapEvent(event, { showJoiningUrl: manages });
  }

  /** The event, if the principal may manage it; 404 otherwise, as another organisation's ids reveal nothing. */
  managedEvent(
    id: number,
    principal: Principal,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventEntity> {
    return this.loadManaged(manager, id, principal);
  }

  /** Whether the principal may manage the event: administrators all, organisers their organisation's. */
  manages(principal: Principal, event: Pick<EventEntity, 'leadOrganisationId' | 'partnerOrganisationId'>): boolean {
    return this.mayManage(principal, event);
  }

  async create(input: EventInput, principal: Principal, ip: string | null): Promise<EventResponse> {
    return this.write(async (manager) =>
      this.respond(manager, await this.createIn(manager, input, principal, ip, null)),
    );
  }

  /**
   * A recurring series in one go: every occurrence is its own draft event,
   * valid on its own, so each can be edited, published or cancelled alone.
   * All or none: one invalid occurrence (outside every programme year, say)
   * creates nothing, and its errors name the occurrence.
   */
  async createSeries(request: SeriesRequest, principal: Principal, ip: string | null): Promise<SeriesResponse> {
    return this.write(async (manager) => {
      const series = await manager.save(
        manager.create(EventSeriesEntity, {
          title: request.event.title,
          frequency: request.frequency,
          createdAt: new Date(),
        }),
      );
      const ids: number[] = [];
      const dates = seriesOccurrences(
        request.event.startsAt,
        request.event.endsAt,
        request.frequency,
        request.occurrences,
      );
      for (const [index, date] of dates.entries()) {
        try {
          ids.push(await this.createIn(manager, { ...request.event, ...date }, principal, ip, series.id));
        } catch (error) {
          if (error instanceof UnprocessableEntityException && index > 0) {
            // The first occurrence's errors belong to its fields; a later one's say which occurrence failed.
            const errors = (error.getResponse() as { errors?: Record<string, string[]> }).errors ?? {};
            const day = date.startsAt.slice(0, 10);
            throw invalid({
              occurrences: Object.values(errors)
                .flat()
                .map((message) => `Occurrence ${index + 1} (${day}): ${message}`),
            });
          }
          throw error;
        }
      }
      return { seriesId: series.id, events: await Promise.all(ids.map((id) => this.respond(manager, id))) };
    });
  }

  /** A new draft with everything copied but the status, for the next event of the same kind. */
  async duplicate(id: number, principal: Principal, ip: string | null): Promise<EventResponse> {
    return this.write(async (manager) => {
      const source = inputFrom(mapEvent(await this.loadManaged(manager, id, principal), { showJoiningUrl: true }));
      const input: EventInput = { ...source, title: `Copy of ${source.title}`.slice(0, 200) };
      return this.respond(manager, await this.createIn(manager, input, principal, ip, null));
    });
  }

  private async createIn(
    manager: EntityManager,
    input: EventInput,
    principal: Principal,
    ip: string | null,
    seriesId: number | null,
  ): Promise<number> {
    const organisations = await this.organisations(manager, input);
    this.assertMayLead(principal, organisations);
    const programme = await this.validate(manager, input);
    const now = new Date();
    const event = manager.create(EventEntity, {
      ...this.columns(input, organisations),
      programmeId: programme.id,
      status: 'draft',
      cancellationReason: null,
      sequence: 0,
      seriesId,
      createdAt: now,
      updatedAt: now,
    });
    await manager.save(event);
    await this.saveLinks(manager, event.id, input);
    await this.audit.record(
      {
        actor: auditActor(principal),
        action: 'event.created',
        entityType: 'event',
        entityId: event.id,
        ip,
        ...(seriesId ? { details: { seriesId } } : {}),
      },
      manager,
    );
    return event.id;
  }

  async update(
    id: number,
    patch: Partial<EventInput>,
    principal: Principal,
    ip: string | null,
  ): Promise<EventResponse> {
    const emptied = Object.entries(patch).filter(([field, value]) => value === null && field in REQUIRED_ON_CHANGE) as [
      keyof EventInput,
      null,
    ][];
    if (emptied.length) {
      throw invalid(Object.fromEntries(emptied.map(([field]) => [field, [REQUIRED_ON_CHANGE[field] as string]])));
    }
    return this.write(async (manager) => {
      const event = await this.loadManaged(manager, id, principal);
      if (event.status === 'cancelled' || event.status === 'completed') {
        throw new ConflictException(`A ${event.status} event cannot be changed`);
      }
      const merged: EventInput = { ...inputFrom(mapEvent(event, { showJoiningUrl: true })), ...patch };
      const organisations = await this.organisations(manager, merged);
      this.assertMayLead(principal, organisations);
      const programme = await this.validate(manager, merged);
      const next = this.columns(merged, organisations);
      const rescheduled =
        next.startsAt.getTime() !== event.startsAt.getTime() || next.endsAt.getTime() !== event.endsAt.getTime();
      const placeChanged =
        next.venueName !== event.venueName ||
        next.venueAddress !== event.venueAddress ||
        next.venuePostcode !== event.venuePostcode ||
        next.joiningUrl !== event.joiningUrl ||
        next.format !== event.format;
      const changedFields = Object.keys(patch);
      const capacityChanged = next.capacity !== event.capacity;
      // Attendees' calendars update only when SEQUENCE grows; only changes that matter to them raise it.
      const attendeesAffected = event.status !== 'draft' && (rescheduled || placeChanged || next.title !== event.title);
      Object.assign(event, next, {
        programmeId: programme.id,
        sequence: event.sequence + (attendeesAffected ? 1 : 0),
        updatedAt: new Date(),
      });
      await manager.save(event);
      await manager.delete(EventTagEntity, { eventId: id });
      await manager.delete(EventObjectiveEntity, { eventId: id });
      await this.saveLinks(manager, id, merged);
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: rescheduled ? 'event.rescheduled' : 'event.updated',
          entityType: 'event',
          entityId: id,
          ip,
          details: { fields: changedFields },
        },
        manager,
      );
      if (capacityChanged) {
        await this.bus.publish(
          { type: 'EventCapacityChanged', eventId: id, capacity: next.capacity } satisfies EventCapacityChanged,
          manager,
        );
      }
      if (attendeesAffected) {
        await this.bus.publish(
          {
            type: rescheduled ? 'EventRescheduled' : 'EventUpdated',
            eventId: id,
            sequence: event.sequence,
          } satisfies EventChanged,
          manager,
        );
      }
      return this.respond(manager, id);
    });
  }

  async publish(id: number, principal: Principal, ip: string | null): Promise<EventResponse> {
    return this.transition(id, principal, ip, ['draft'], 'published', 'event.published');
  }

  async closeRegistration(id: number, principal: Principal, ip: string | null): Promise<EventResponse> {
    return this.transition(id, principal, ip, ['published'], 'registration-closed', 'event.registration-closed');
  }

  async complete(id: number, principal: Principal, ip: string | null): Promise<EventResponse> {
    return this.write(async (manager) => {
      const event = await this.loadManaged(manager, id, principal);
      if (event.endsAt.getTime() > Date.now())
        throw new ConflictException('An event can be completed only after it ends');
      return this.applyTransition(
        manager,
        event,
        principal,
        ip,
        ['published', 'registration-closed'],
        'completed',
        'event.completed',
      );
    });
  }

  async cancel(id: number, reason: string, principal: Principal, ip: string | null): Promise<EventResponse> {
    return this.write(async (manager) => {
      const event = await this.loadManaged(manager, id, principal);
      const wasPublic = event.status !== 'draft';
      event.cancellationReason = reason;
      if (wasPublic) event.sequence += 1;
      const response = await this.applyTransition(
        manager,
        event,
        principal,
        ip,
        ['draft', 'published', 'registration-closed'],
        'cancelled',
        'event.cancelled',
      );
      if (wasPublic) {
        await this.bus.publish(
          { type: 'EventCancelled', eventId: id, sequence: event.sequence } satisfies EventChanged,
          manager,
        );
      }
      return response;
    });
  }

  private async transition(
    id: number,
    principal: Principal,
    ip: string | null,
    from: EventStatus[],
    to: EventStatus,
    action: string,
  ): Promise<EventResponse> {
    return this.write(async (manager) => {
      const event = await this.loadManaged(manager, id, principal);
      return this.applyTransition(manager, event, principal, ip, from, to, action);
    });
  }

  private async applyTransition(
    manager: EntityManager,
    event: EventEntity,
    principal: Principal,
    ip: string | null,
    from: EventStatus[],
    to: EventStatus,
    action: string,
  ): Promise<EventResponse> {
    if (!from.includes(event.status)) {
      throw new ConflictException(
        `A ${event.status} event cannot be ${to === 'published' ? 'published' : `moved to ${to}`}`,
      );
    }
    await manager.update(
      EventEntity,
      { id: event.id },
      { status: to, cancellationReason: event.cancellationReason, sequence: event.sequence, updatedAt: new Date() },
    );
    await this.audit.record(
      {
        actor: auditActor(principal),
        action,
        entityType: 'event',
        entityId: event.id,
        ip,
        details: { from: event.status, to },
      },
      manager,
    );
    return this.respond(manager, event.id);
  }

  private async list(
    filters: EventListFilters,
    scope: (query: SelectQueryBuilder<EventEntity>) => void,
    showJoiningUrl: boolean,
  ): Promise<EventListResponse> {
    const query = this.dataSource.getRepository(EventEntity).createQueryBuilder('event');
    scope(query);
    if (filters.type) query.andWhere('event.type = :type', { type: filters.type });
    if (filters.format) query.andWhere('event.format = :format', { format: filters.format });
    if (filters.organisation) {
      query.andWhere(
        '(event.leadOrganisationId IN (SELECT id FROM organisations WHERE code = :organisation) OR ' +
          'event.partnerOrganisationId IN (SELECT id FROM organisations WHERE code = :organisation))',
        { organisation: filters.organisation },
      );
    }
    if (filters.theme) {
      query.andWhere('EXISTS (SELECT 1 FROM event_tags tag WHERE tag.event_id = event.id AND tag.term_code = :theme)', {
        theme: filters.theme,
      });
    }
    if (filters.from) query.andWhere('event.startsAt >= :from', { from: londonMidnight(filters.from) });
    if (filters.to) query.andWhere('event.startsAt < :to', { to: londonMidnight(filters.to, 1) });
    if (filters.q) {
      const words = filters.q.trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
      words.forEach((word, index) =>
        query.andWhere(
          new Brackets((inner) =>
            inner.where(`LOWER(event.title) LIKE :word${index}`).orWhere(`LOWER(event.summary) LIKE :word${index}`),
          ),
          { [`word${index}`]: `%${word.replace(/[%_\\]/g, '\\$&')}%` },
        ),
      );
    }
    const [ids, total] = await query
      .select('event.id')
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .skip((filters.page - 1) * filters.pageSize)
      .take(filters.pageSize)
      .getManyAndCount();
    const rows = ids.length
      ? await this.withRelations(this.dataSource.manager)
          .whereInIds(ids.map((row) => row.id))
          .orderBy('event.startsAt', 'ASC')
          .addOrderBy('event.id', 'ASC')
          .getMany()
      : [];
    return {
      items: rows.map((row) => mapEvent(row, { showJoiningUrl })),
      total,
      page: filters.page,
      pageSize: filters.pageSize,
    };
  }

  private scopeToOrganisation(query: SelectQueryBuilder<EventEntity>, principal: Principal): void {
    if (principal.role === 'admin') return;
    query.andWhere('(event.leadOrganisationId = :org OR event.partnerOrganisationId = :org)', {
      org: principal.organisationId ?? -1,
    });
  }

  private mayManage(
    principal: Principal,
    event: Pick<EventEntity, 'leadOrganisationId' | 'partnerOrganisationId'>,
  ): boolean {
    if (principal.role === 'admin') return true;
    if (principal.role !== 'organiser' || principal.organisationId === null) return false;
    return (
      event.leadOrganisationId === principal.organisationId || event.partnerOrganisationId === principal.organisationId
    );
  }

  /** 404, not 403, for another organisation's event: ids reveal nothing. */
  private async loadManaged(manager: EntityManager, id: number, principal: Principal): Promise<EventEntity> {
    const event = await this.load(manager, id);
    if (!event || !this.mayManage(principal, event)) throw new NotFoundException('No such event');
    return event;
  }

  private withRelations(manager: EntityManager): SelectQueryBuilder<EventEntity> {
    return manager
      .getRepository(EventEntity)
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.leadOrganisation', 'lead')
      .leftJoinAndSelect('event.partnerOrganisation', 'partner')
      .leftJoinAndSelect('event.tags', 'tags')
      .leftJoinAndSelect('event.objectiveLinks', 'objectiveLinks');
  }

  private load(manager: EntityManager, id: number): Promise<EventEntity | null> {
    return this.withRelations(manager).where('event.id = :id', { id }).getOne();
  }

  private async respond(manager: EntityManager, id: number): Promise<EventResponse> {
    const event = await this.load(manager, id);
    if (!event) throw new NotFoundException('No such event');
    return mapEvent(event, { showJoiningUrl: true });
  }

  private async organisations(
    manager: EntityManager,
    input: EventInput,
  ): Promise<{ lead: OrganisationEntity; partner: OrganisationEntity | null }> {
    const lead = await manager.findOneBy(OrganisationEntity, { code: input.leadOrganisation, isPartner: true });
    const partner = input.partnerOrganisation
      ? await manager.findOneBy(OrganisationEntity, { code: input.partnerOrganisation, isPartner: true })
      : null;
    if (!lead) throw invalid({ leadOrganisation: ['Select the organisation leading the event'] });
    return { lead, partner };
  }

  /** Organisers create and edit only events their organisation leads or partners. */
  private assertMayLead(
    principal: Principal,
    organisations: { lead: OrganisationEntity; partner: OrganisationEntity | null },
  ): void {
    if (principal.role === 'admin') return;
    const own = principal.organisationId;
    if (organisations.lead.id !== own && organisations.partner?.id !== own) {
      throw invalid({ leadOrganisation: ['Your organisation must lead the event or be its partner'] });
    }
  }

  private async validate(manager: EntityManager, input: EventInput): Promise<ProgrammeEntity> {
    const errors = eventRuleErrors(input, TAGGABLE);
    const startDay = londonDate(new Date(input.startsAt));
    const programme = await manager
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('programme')
      .where('programme.startsOn <= :day AND programme.endsOn >= :day', { day: startDay })
      .getOne();
    if (!programme) (errors['startsAt'] ??= []).push('No programme year covers this date. Add the programme first');
    const objectiveIds = input.objectiveIds ?? [];
    if (programme && objectiveIds.length > 0) {
      const found = await manager
        .getRepository(ObjectiveEntity)
        .findBy(objectiveIds.map((id) => ({ id, programmeId: programme.id })));
      if (found.length !== new Set(objectiveIds).size) {
        (errors['objectiveIds'] ??= []).push('Choose objectives of the programme year the event is in');
      }
    }
    if (Object.keys(errors).length > 0 || !programme) throw invalid(errors);
    return programme;
  }

  private columns(input: EventInput, organisations: { lead: OrganisationEntity; partner: OrganisationEntity | null }) {
    return {
      title: input.title,
      summary: input.summary,
      description: input.description ?? '',
      type: input.type,
      format: input.format,
      venueName: input.venue?.name ?? null,
      venueAddress: input.venue?.address ?? null,
      venuePostcode: input.venue ? input.venue.postcode.toUpperCase() : null,
      accessInformation: input.venue?.accessInformation ?? null,
      joiningUrl: input.joiningUrl ?? null,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      capacity: input.capacity,
      registrationOpensAt: input.registrationOpensAt ? new Date(input.registrationOpensAt) : null,
      registrationClosesAt: input.registrationClosesAt ? new Date(input.registrationClosesAt) : null,
      approvalRequired: input.approvalRequired ?? false,
      audience: input.audience,
      leadOrganisationId: organisations.lead.id,
      partnerOrganisationId: organisations.partner?.id ?? null,
      speakers: JSON.stringify(
        (input.speakers ?? []).map((speaker) => ({
          name: speaker.name,
          role: speaker.role ?? '',
          organisation: speaker.organisation ?? '',
        })),
      ),
      consultationQuestions: input.consultation ? JSON.stringify(input.consultation.questions) : null,
      consultationClosesAt: input.consultation ? new Date(input.consultation.responsesCloseAt) : null,
    };
  }

  private async saveLinks(manager: EntityManager, eventId: number, input: EventInput): Promise<void> {
    const tags = [...new Set(input.tags ?? [])];
    if (tags.length)
      await manager.insert(
        EventTagEntity,
        tags.map((termCode) => ({ eventId, termCode })),
      );
    const objectives = [...new Set(input.objectiveIds ?? [])];
    if (objectives.length)
      await manager.insert(
        EventObjectiveEntity,
        objectives.map((objectiveId) => ({ eventId, objectiveId })),
      );
  }
}

/** An event as the input that would create it again: organisations by code. */
function inputFrom(event: EventResponse): EventInput {
  return {
    ...event,
    leadOrganisation: event.leadOrganisation.code as EventInput['leadOrganisation'],
    partnerOrganisation: (event.partnerOrganisation?.code ?? null) as EventInput['partnerOrganisation'],
  };
}

function invalid(errors: Record<string, string[]>): UnprocessableEntityException {
  return new UnprocessableEntityException({ message: INVALID, errors });
}

/** YYYY-MM-DD of an instant on the UK calendar. */
export function londonDate(instant: Date): string {
  const p = londonParts(instant);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The instant a UK date starts (00:00 London), optionally some days later. */
function londonMidnight(date: string, addDays = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day + addDays));
  // Midnight London is 23:00 UTC the day before in summer; check which applies that day.
  const bst = londonParts(new Date(utc.getTime() + 12 * 3_600_000)).hour === 13;
  return new Date(utc.getTime() - (bst ? 3_600_000 : 0));
}

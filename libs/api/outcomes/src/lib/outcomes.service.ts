import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditActor, AuditService } from '@epm/api/audit';
import { EventEntity, EventsService, londonDate, ObjectiveEntity, ProgrammeEntity } from '@epm/api/events';
import type { Principal } from '@epm/api/platform';
import { OrganisationEntity } from '@epm/api/reference';
import {
  OUTCOME_EVENT_STATUSES,
  type OutcomeInput,
  type OutcomeKind,
  type OutcomeListResponse,
  type OutcomeResponse,
  type OutcomeStatus,
} from '@epm/shared/contracts';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { outcomeRuleErrors } from './outcome-rules';
import { OutcomeEntity, OutcomeEventEntity, OutcomeObjectiveEntity } from './outcomes.entities';
import { mapOutcome, ownerOf } from './outcomes.mapper';

const INVALID = 'Check the highlighted fields';

export interface OutcomeListFilters {
  eventId?: number;
  objectiveId?: number;
  programmeId?: number;
  kind?: OutcomeKind;
  status?: OutcomeStatus;
  page: number;
  pageSize: number;
}

/** An outcome's input after the checks that need the database: what to store. */
interface CheckedOutcome {
  programme: ProgrammeEntity;
  owner: OrganisationEntity | null;
  eventIds: number[];
  objectiveIds: number[];
}

/**
 * The outcome log. Administrators and the review panel read every outcome
 * (none holds personal data); an organiser reads and changes those their
 * organisation owns or that stem from an event it leads or partners, and
 * gets 404 for the rest, so ids reveal nothing.
 */
@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  /** Newest first (by the outcome's date), with filters and paging. */
  async list(principal: Principal, filters: OutcomeListFilters): Promise<OutcomeListResponse> {
    const query = this.dataSource.getRepository(OutcomeEntity).createQueryBuilder('outcome');
    if (principal.role === 'organiser') this.scopeToOrganisation(query, principal);
    if (filters.programmeId !== undefined) {
      query.andWhere('outcome.programmeId = :programmeId', { programmeId: filters.programmeId });
    }
    if (filters.kind) query.andWhere('outcome.kind = :kind', { kind: filters.kind });
    if (filters.status) query.andWhere('outcome.status = :status', { status: filters.status });
    if (filters.eventId !== undefined) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM outcome_events fe WHERE fe.outcome_id = outcome.id AND fe.event_id = :eventId)',
        { eventId: filters.eventId },
      );
    }
    if (filters.objectiveId !== undefined) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM outcome_objectives fo WHERE fo.outcome_id = outcome.id AND fo.objective_id = :objectiveId)',
        { objectiveId: filters.objectiveId },
      );
    }
    const [ids, total] = await query
      .select('outcome.id')
      .orderBy('outcome.date', 'DESC')
      .addOrderBy('outcome.id', 'DESC')
      .skip((filters.page - 1) * filters.pageSize)
      .take(filters.pageSize)
      .getManyAndCount();
    const rows = ids.length
      ? await this.withRelations(this.dataSource.manager)
          .whereInIds(ids.map((row) => row.id))
          .orderBy('outcome.date', 'DESC')
          .addOrderBy('outcome.id', 'DESC')
          .getMany()
      : [];
    return { items: rows.map(mapOutcome), total, page: filters.page, pageSize: filters.pageSize };
  }

  async get(id: number, principal: Principal): Promise<OutcomeResponse> {
    return mapOutcome(await this.loadVisible(this.dataSource.manager, id, principal));
  }

  async create(input: OutcomeInput, principal: Principal, ip: string | null): Promise<OutcomeResponse> {
    return this.dataSource.transaction(async (manager) => {
      const checked = await this.validate(manager, input, principal, new Set());
      const now = new Date();
      const outcome = await manager.save(
        manager.create(OutcomeEntity, { ...this.columns(input, checked), createdAt: now, updatedAt: now }),
      );
      await this.saveLinks(manager, outcome.id, checked);
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: 'outcome.created',
          entityType: 'outcome',
          entityId: outcome.id,
          ip,
          details: { kind: input.kind, status: input.status, eventIds: checked.eventIds },
        },
        manager,
      );
      return this.respond(manager, outcome.id);
    });
  }

  /** Any subset of the fields; the merged outcome is checked as a whole, as a new one would be. */
  async update(
    id: number,
    patch: Partial<OutcomeInput>,
    principal: Principal,
    ip: string | null,
  ): Promise<OutcomeResponse> {
    return this.dataSource.transaction(async (manager) => {
      const outcome = await this.loadVisible(manager, id, principal);
      const current = inputFrom(outcome);
      const merged: OutcomeInput = { ...current, ...patch };
      // Events linked before keep their place even if the organiser could not link them now
      // (another partner's event on a joint outcome, or an event cancelled since).
      const checked = await this.validate(manager, merged, principal, new Set(current.eventIds));
      await manager.update(OutcomeEntity, { id }, { ...this.columns(merged, checked), updatedAt: new Date() });
      await manager.delete(OutcomeEventEntity, { outcomeId: id });
      await manager.delete(OutcomeObjectiveEntity, { outcomeId: id });
      await this.saveLinks(manager, id, checked);
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: 'outcome.updated',
          entityType: 'outcome',
          entityId: id,
          ip,
          details: { fields: Object.keys(patch) },
        },
        manager,
      );
      return this.respond(manager, id);
    });
  }

  /** Organisers see outcomes their organisation owns, or that stem from an event it leads or partners. */
  private scopeToOrganisation(query: SelectQueryBuilder<OutcomeEntity>, principal: Principal): void {
    query.andWhere(
      '(outcome.ownerOrganisationId = :org OR EXISTS (' +
        'SELECT 1 FROM outcome_events oe INNER JOIN events ev ON ev.id = oe.event_id ' +
        'WHERE oe.outcome_id = outcome.id AND (ev.lead_organisation_id = :org OR ev.partner_organisation_id = :org)))',
      { org: principal.organisationId ?? -1 },
    );
  }

  private mayRead(principal: Principal, outcome: OutcomeEntity): boolean {
    if (principal.role === 'admin' || principal.role === 'reviewer') return true;
    if (principal.organisationId === null) return false;
    return (
      outcome.ownerOrganisationId === principal.organisationId ||
      (outcome.eventLinks ?? []).some((link) => !!link.event && this.events.manages(principal, link.event))
    );
  }

  /** 404, not 403, for another organisation's outcome. */
  private async loadVisible(manager: EntityManager, id: number, principal: Principal): Promise<OutcomeEntity> {
    const outcome = await this.withRelations(manager).where('outcome.id = :id', { id }).getOne();
    if (!outcome || !this.mayRead(principal, outcome)) throw new NotFoundException('No such outcome');
    return outcome;
  }

  private withRelations(manager: EntityManager): SelectQueryBuilder<OutcomeEntity> {
    return manager
      .getRepository(OutcomeEntity)
      .createQueryBuilder('outcome')
      .leftJoinAndSelect('outcome.ownerOrganisation', 'owner')
      .leftJoinAndSelect('outcome.eventLinks', 'eventLinks')
      .leftJoinAndSelect('eventLinks.event', 'event')
      .leftJoinAndSelect('outcome.objectiveLinks', 'objectiveLinks')
      .leftJoinAndSelect('objectiveLinks.objective', 'objective');
  }

  private async respond(manager: EntityManager, id: number): Promise<OutcomeResponse> {
    const outcome = await this.withRelations(manager).where('outcome.id = :id', { id }).getOne();
    if (!outcome) throw new NotFoundException('No such outcome');
    return mapOutcome(outcome);
  }

  /**
   * The checks that need the database, each keyed by its field. `linked` are
   * the events the outcome already stems from, which are not checked again.
   */
  private async validate(
    manager: EntityManager,
    input: OutcomeInput,
    principal: Principal,
    linked: ReadonlySet<number>,
  ): Promise<CheckedOutcome> {
    const errors = outcomeRuleErrors(input, londonDate(new Date()));
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);

    const programme =
      typeof input.programmeId === 'number'
        ? await manager.findOneBy(ProgrammeEntity, { id: input.programmeId })
        : null;
    if (!programme && !errors['programmeId']) add('programmeId', 'Select the programme year');

    const eventIds = [...new Set(input.eventIds ?? [])];
    const events = eventIds.length ? await manager.findBy(EventEntity, { id: In(eventIds) }) : [];
    const byId = new Map(events.map((event) => [event.id, event]));
    const added = eventIds.filter((id) => !linked.has(id));
    // For organisers, another organisation's event and no event at all get the same answer.
    const unknown = added.filter((id) => {
      const event = byId.get(id);
      return !event || !this.events.manages(principal, event);
    });
    if (unknown.length > 0) {
      add(
        'eventIds',
        principal.role === 'admin'
          ? 'Choose events from the list: one of them does not exist'
          : 'Choose events your organisation leads or partners',
      );
    } else if (added.some((id) => !OUTCOME_EVENT_STATUSES.includes(byId.get(id)?.status ?? 'draft'))) {
      add('eventIds', 'Outcomes stem only from events that have been published, not from drafts or cancelled events');
    }
    if (programme && events.some((event) => event.programmeId !== programme.id)) {
      add('eventIds', 'Choose events of the programme year the outcome counts towards');
    }

    const objectiveIds = [...new Set(input.objectiveIds ?? [])];
    if (programme && objectiveIds.length > 0) {
      const found = await manager.findBy(ObjectiveEntity, { id: In(objectiveIds), programmeId: programme.id });
      if (found.length !== objectiveIds.length) {
        add('objectiveIds', 'Choose objectives of the programme year the outcome counts towards');
      }
    }

    const owner =
      input.ownerOrganisation === 'other' || !input.ownerOrganisation
        ? null
        : await manager.findOneBy(OrganisationEntity, { code: input.ownerOrganisation, isPartner: true });
    if (input.ownerOrganisation && input.ownerOrganisation !== 'other' && !owner) {
      add('ownerOrganisation', 'Select who owns the outcome');
    }
    if (principal.role !== 'admin') {
      // Otherwise the organiser could record an outcome they could never see again.
      const owns = !!owner && owner.id === principal.organisationId;
      const runsOne = events.some((event) => this.events.manages(principal, event));
      if (!owns && !runsOne) {
        add(
          'ownerOrganisation',
          'Your organisation must own the outcome, or it must stem from an event your organisation leads or partners',
        );
      }
    }

    if (Object.keys(errors).length > 0 || !programme) {
      throw new UnprocessableEntityException({ message: INVALID, errors });
    }
    return { programme, owner, eventIds, objectiveIds };
  }

  private columns(input: OutcomeInput, checked: CheckedOutcome) {
    return {
      programmeId: checked.programme.id,
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      ownerOrganisationId: checked.owner?.id ?? null,
      ownerName: checked.owner ? null : (input.ownerName?.trim() ?? null),
      date: input.date,
      status: input.status,
      link: input.link ?? null,
    };
  }

  private async saveLinks(manager: EntityManager, outcomeId: number, checked: CheckedOutcome): Promise<void> {
    if (checked.eventIds.length) {
      await manager.insert(
        OutcomeEventEntity,
        checked.eventIds.map((eventId) => ({ outcomeId, eventId })),
      );
    }
    if (checked.objectiveIds.length) {
      await manager.insert(
        OutcomeObjectiveEntity,
        checked.objectiveIds.map((objectiveId) => ({ outcomeId, objectiveId })),
      );
    }
  }
}

/** A stored outcome as the input that would record it again. */
function inputFrom(outcome: OutcomeEntity): OutcomeInput & { eventIds: number[] } {
  const owner = ownerOf(outcome);
  return {
    kind: outcome.kind,
    title: outcome.title,
    description: outcome.description,
    ownerOrganisation: owner.ownerOrganisation,
    ownerName: owner.ownerOrganisation === 'other' ? owner.ownerName : null,
    date: outcome.date,
    status: outcome.status,
    link: outcome.link,
    programmeId: outcome.programmeId,
    eventIds: (outcome.eventLinks ?? []).map((link) => link.eventId),
    objectiveIds: (outcome.objectiveLinks ?? []).map((link) => link.objectiveId),
  };
}

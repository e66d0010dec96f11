import { Injectable, NotFoundException } from '@nestjs/common';
import { EventEntity, EventObjectiveEntity, EventTagEntity, ObjectiveEntity, ProgrammeEntity } from '@epm/api/events';
import { OrganisationEntity } from '@epm/api/reference';
import {
  type ImpactEventDetails,
  type ImpactObjectiveDetails,
  TAXONOMY_TERMS,
  toLondonIso,
} from '@epm/shared/contracts';
import { ReportsDatabase } from '@epm/api/platform';
import { type DataSource, In } from 'typeorm';

/** What a report narrowed to one event or one objective says about it, and the period it defaults to. */
export interface ReportScope {
  event?: ImpactEventDetails;
  objective?: ImpactObjectiveDetails;
  /** The programme year of the objective (else of the event): the period when none is asked for. */
  period?: { from: string; to: string };
}

const TAG_LABELS = new Map(TAXONOMY_TERMS.map((term) => [term.code, term.label]));

/**
 * The event or objective a report is narrowed to, for its evidence page: what it was, without personal data
 * (no speakers, no joining links, no registrants). Unknown ones, and draft events, are not found, so the
 * review panel cannot learn of an event before it is published.
 */
@Injectable()
export class ReportScopeService {
  private readonly dataSource: DataSource;

  constructor(reports: ReportsDatabase) {
    this.dataSource = reports.dataSource;
  }

  async load(filters: { event?: number; objective?: number }, now: Date): Promise<ReportScope> {
    const scope: ReportScope = {};
    if (filters.event !== undefined) {
      const { details, programme } = await this.event(filters.event, now);
      scope.event = details;
      scope.period = { from: programme.startsOn, to: programme.endsOn };
    }
    if (filters.objective !== undefined) {
      scope.objective = await this.objective(filters.objective);
      scope.period = { from: scope.objective.programme.startsOn, to: scope.objective.programme.endsOn };
    }
    return scope;
  }

  private async event(id: number, now: Date): Promise<{ details: ImpactEventDetails; programme: ProgrammeEntity }> {
    const manager = this.dataSource.manager;
    const event = await manager.findOneBy(EventEntity, { id });
    if (!event || event.status === 'draft') throw new NotFoundException('Event not found');
    const [programme, organisations, tags, links] = await Promise.all([
      manager.findOneByOrFail(ProgrammeEntity, { id: event.programmeId }),
      manager.findBy(OrganisationEntity, {
        id: In([event.leadOrganisationId, event.partnerOrganisationId].filter((value) => value !== null)),
      }),
      manager.find(EventTagEntity, { where: { eventId: id }, order: { termCode: 'ASC' } }),
      manager.findBy(EventObjectiveEntity, { eventId: id }),
    ]);
    const objectives = links.length
      ? await manager.find(ObjectiveEntity, {
          where: { id: In(links.map((link) => link.objectiveId)) },
          order: { sortOrder: 'ASC', id: 'ASC' },
        })
      : [];
    const organisation = (organisationId: number | null) => {
      const found = organisations.find((candidate) => candidate.id === organisationId);
      return found ? { code: found.code, name: found.name } : null;
    };
    const status = event.status;
    return {
      programme,
      details: {
        id: event.id,
        title: event.title,
        summary: event.summary,
        type: event.type,
        format: event.format,
        status,
        startsAt: toLondonIso(event.startsAt),
        endsAt: toLondonIso(event.endsAt),
        // As computeImpact counts an event held.
        held: status !== 'cancelled' && event.endsAt <= now,
        venue: event.format === 'online' ? null : event.venueName,
        leadOrganisation: organisation(event.leadOrganisationId) ?? { code: '', name: '' },
        partnerOrganisation: organisation(event.partnerOrganisationId),
        tags: tags.map((tag) => ({ code: tag.termCode, label: TAG_LABELS.get(tag.termCode) ?? tag.termCode })),
        objectives: objectives.map((objective) => ({ id: objective.id, title: objective.title })),
        programme: { id: programme.id, name: programme.name },
      },
    };
  }

  private async objective(id: number): Promise<ImpactObjectiveDetails> {
    const manager = this.dataSource.manager;
    const objective = await manager.findOneBy(ObjectiveEntity, { id });
    if (!objective) throw new NotFoundException('Objective not found');
    const programme = await manager.findOneByOrFail(ProgrammeEntity, { id: objective.programmeId });
    return {
      id: objective.id,
      title: objective.title,
      description: objective.description,
      targetUnit: objective.targetUnit,
      targetValue: objective.targetValue,
      programme: { id: programme.id, name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn },
    };
  }
}

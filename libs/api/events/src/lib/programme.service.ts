import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { auditActor, AuditService } from '@epm/api/audit';
import type { Principal } from '@epm/api/platform';
import type { ObjectiveInput, ObjectiveResponse, ProgrammeInput, ProgrammeResponse } from '@epm/shared/contracts';
import { Repository } from 'typeorm';
import { ObjectiveEntity, ProgrammeEntity } from './events.entities';

@Injectable()
export class ProgrammeService {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
    @InjectRepository(ObjectiveEntity) private readonly objectives: Repository<ObjectiveEntity>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ProgrammeResponse[]> {
    const rows = await this.programmes.find({ relations: { objectives: true }, order: { startsOn: 'ASC' } });
    return rows.map(mapProgramme);
  }

  async create(input: ProgrammeInput, actor: Principal): Promise<ProgrammeResponse> {
    await this.assertDates(input.startsOn, input.endsOn, null);
    const programme = await this.programmes.save(this.programmes.create({ ...input, name: input.name }));
    await this.audit.record({
      actor: auditActor(actor),
      action: 'programme.created',
      entityType: 'programme',
      entityId: programme.id,
    });
    return this.get(programme.id);
  }

  async update(id: number, patch: Partial<ProgrammeInput>, actor: Principal): Promise<ProgrammeResponse> {
    const programme = await this.load(id);
    const next = { ...programme, ...patch };
    await this.assertDates(next.startsOn, next.endsOn, id);
    await this.programmes.update({ id }, { name: next.name, startsOn: next.startsOn, endsOn: next.endsOn });
    await this.audit.record({
      actor: auditActor(actor),
      action: 'programme.updated',
      entityType: 'programme',
      entityId: id,
      details: { fields: Object.keys(patch) },
    });
    return this.get(id);
  }

  async addObjective(programmeId: number, input: ObjectiveInput, actor: Principal): Promise<ObjectiveResponse> {
    await this.load(programmeId);
    const count = await this.objectives.countBy({ programmeId });
    const objective = await this.objectives.save(
      this.objectives.create({
        programmeId,
        title: input.title,
        description: input.description ?? '',
        targetUnit: input.targetUnit ?? null,
        targetValue: input.targetValue ?? null,
        sortOrder: count,
      }),
    );
    await this.audit.record({
      actor: auditActor(actor),
      action: 'objective.created',
      entityType: 'objective',
      entityId: objective.id,
    });
    return mapObjective(objective);
  }

  async updateObjective(
    programmeId: number,
    id: number,
    patch: Partial<ObjectiveInput>,
    actor: Principal,
  ): Promise<ObjectiveResponse> {
    const objective = await this.objectives.findOneBy({ id, programmeId });
    if (!objective) throw new NotFoundException('No such objective');
    Object.assign(objective, {
      title: patch.title ?? objective.title,
      description: patch.description ?? objective.description,
      targetUnit: patch.targetUnit !== undefined ? patch.targetUnit : objective.targetUnit,
      targetValue: patch.targetValue !== undefined ? patch.targetValue : objective.targetValue,
    });
    await this.objectives.save(objective);
    await this.audit.record({
      actor: auditActor(actor),
      action: 'objective.updated',
      entityType: 'objective',
      entityId: id,
    });
    return mapObjective(objective);
  }

  private async get(id: number): Promise<ProgrammeResponse> {
    const programme = await this.programmes.findOne({ where: { id }, relations: { objectives: true } });
    if (!programme) throw new NotFoundException('No such programme');
    return mapProgramme(programme);
  }

  private async load(id: number): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findOneBy({ id });
    if (!programme) throw new NotFoundException('No such programme');
    return programme;
  }

  /** A programme year ends after it starts and does not overlap another: each event belongs to exactly one. */
  private async assertDates(startsOn: string, endsOn: string, exceptId: number | null): Promise<void> {
    if (!isRealDate(startsOn)) throw invalid('startsOn', 'Enter a real start date');
    if (!isRealDate(endsOn)) throw invalid('endsOn', 'Enter a real end date');
    if (endsOn <= startsOn) throw invalid('endsOn', 'The end date must be after the start date');
    const overlapping = await this.programmes
      .createQueryBuilder('programme')
      .where('programme.startsOn <= :endsOn AND programme.endsOn >= :startsOn', { startsOn, endsOn })
      .andWhere(exceptId ? 'programme.id <> :exceptId' : '1 = 1', { exceptId })
      .getOne();
    if (overlapping) throw invalid('startsOn', `The dates overlap ${overlapping.name}`);
  }
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function invalid(field: string, message: string): UnprocessableEntityException {
  return new UnprocessableEntityException({ message: 'Check the highlighted fields', errors: { [field]: [message] } });
}

function mapObjective(objective: ObjectiveEntity): ObjectiveResponse {
  return {
    id: objective.id,
    title: objective.title,
    description: objective.description,
    targetUnit: objective.targetUnit,
    targetValue: objective.targetValue,
  };
}

function mapProgramme(programme: ProgrammeEntity): ProgrammeResponse {
  return {
    id: programme.id,
    name: programme.name,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    objectives: [...(programme.objectives ?? [])].sort((a, b) => a.sortOrder - b.sortOrder).map(mapObjective),
  };
}

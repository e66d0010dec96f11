import { EventEntity, ObjectiveEntity } from '@epm/api/events';
import { OrganisationEntity } from '@epm/api/reference';
import type { OutcomeKind, OutcomeStatus } from '@epm/shared/contracts';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * What an event, or the programme, led to. The owner is a partner
 * (`ownerOrganisationId`) or another organisation named in `ownerName`,
 * exactly one of the two. No column holds anything about a person.
 */
@Entity('outcomes')
@Index('idx_outcomes_programme_date', ['programmeId', 'date'])
export class OutcomeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'programme_id', type: 'int' })
  programmeId!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: OutcomeKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000 })
  description!: string;

  @Column({ name: 'owner_organisation_id', type: 'int', nullable: true })
  ownerOrganisationId!: number | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true })
  @JoinColumn({ name: 'owner_organisation_id' })
  ownerOrganisation?: OrganisationEntity | null;

  @Column({ name: 'owner_name', type: 'varchar', length: 200, nullable: true })
  ownerName!: string | null;

  /** UK date, YYYY-MM-DD (sorts as text). */
  @Column({ name: 'outcome_date', type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: OutcomeStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @OneToMany(() => OutcomeEventEntity, (link) => link.outcome)
  eventLinks?: OutcomeEventEntity[];

  @OneToMany(() => OutcomeObjectiveEntity, (link) => link.outcome)
  objectiveLinks?: OutcomeObjectiveEntity[];
}

/** The events an outcome stems from. */
@Entity('outcome_events')
@Index('idx_outcome_events_event', ['eventId'])
export class OutcomeEventEntity {
  @PrimaryColumn({ name: 'outcome_id', type: 'int' })
  outcomeId!: number;

  @PrimaryColumn({ name: 'event_id', type: 'int' })
  eventId!: number;

  @ManyToOne(() => OutcomeEntity, (outcome) => outcome.eventLinks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: OutcomeEntity;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
}

/** The programme objectives an outcome contributes to. */
@Entity('outcome_objectives')
@Index('idx_outcome_objectives_objective', ['objectiveId'])
export class OutcomeObjectiveEntity {
  @PrimaryColumn({ name: 'outcome_id', type: 'int' })
  outcomeId!: number;

  @PrimaryColumn({ name: 'objective_id', type: 'int' })
  objectiveId!: number;

  @ManyToOne(() => OutcomeEntity, (outcome) => outcome.objectiveLinks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: OutcomeEntity;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective?: ObjectiveEntity;
}

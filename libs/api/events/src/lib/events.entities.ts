import { OrganisationEntity } from '@epm/api/reference';
import type { Audience, EventFormat, EventStatus, EventType } from '@epm/shared/contracts';
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

/** A year of the MoU (or of a renewal). Dates are inclusive UK dates. */
@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'starts_on', type: 'varchar', length: 10 })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'varchar', length: 10 })
  endsOn!: string;

  @OneToMany(() => ObjectiveEntity, (objective) => objective.programme)
  objectives?: ObjectiveEntity[];
}

@Entity('objectives')
@Index('idx_objectives_programme', ['programmeId'])
export class ObjectiveEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'programme_id', type: 'int' })
  programmeId!: number;

  @ManyToOne(() => ProgrammeEntity, (programme) => programme.objectives, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Column({ name: 'target_unit', type: 'varchar', length: 100, nullable: true })
  targetUnit!: string | null;

  @Column({ name: 'target_value', type: 'double', nullable: true })
  targetValue!: number | null;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;
}

@Entity('events')
@Index('idx_events_status_starts', ['status', 'startsAt'])
@Index('idx_events_programme', ['programmeId'])
export class EventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'programme_id', type: 'int' })
  programmeId!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: EventType;

  @Column({ type: 'varchar', length: 16 })
  format!: EventFormat;

  @Column({ type: 'varchar', length: 24 })
  status!: EventStatus;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 1000, nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'venue_name', type: 'varchar', length: 200, nullable: true })
  venueName!: string | null;

  @Column({ name: 'venue_address', type: 'varchar', length: 500, nullable: true })
  venueAddress!: string | null;

  @Column({ name: 'venue_postcode', type: 'varchar', length: 10, nullable: true })
  venuePostcode!: string | null;

  @Column({ name: 'access_information', type: 'varchar', length: 2000, nullable: true })
  accessInformation!: string | null;

  @Column({ name: 'joining_url', type: 'varchar', length: 500, nullable: true })
  joiningUrl!: string | null;

  @Column({ name: 'starts_at', type: 'datetime' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt!: Date;

  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  @Column({ name: 'registration_opens_at', type: 'datetime', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ name: 'registration_closes_at', type: 'datetime', nullable: true })
  registrationClosesAt!: Date | null;

  @Column({ name: 'approval_required', type: 'boolean' })
  approvalRequired!: boolean;

  @Column({ type: 'varchar', length: 16 })
  audience!: Audience;

  @Column({ name: 'lead_organisation_id', type: 'int' })
  leadOrganisationId!: number;

  @ManyToOne(() => OrganisationEntity)
  @JoinColumn({ name: 'lead_organisation_id' })
  leadOrganisation?: OrganisationEntity;

  @Column({ name: 'partner_organisation_id', type: 'int', nullable: true })
  partnerOrganisationId!: number | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true })
  @JoinColumn({ name: 'partner_organisation_id' })
  partnerOrganisation?: OrganisationEntity | null;

  /** JSON array of { name, role, organisation }. */
  @Column({ type: 'text' })
  speakers!: string;

  /** JSON array of questions, for consultations. */
  @Column({ name: 'consultation_questions', type: 'text', nullable: true })
  consultationQuestions!: string | null;

  @Column({ name: 'consultation_closes_at', type: 'datetime', nullable: true })
  consultationClosesAt!: Date | null;

  @Column({ type: 'int' })
  sequence!: number;

  @Column({ name: 'series_id', type: 'int', nullable: true })
  seriesId!: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @OneToMany(() => EventTagEntity, (tag) => tag.event, { cascade: true })
  tags?: EventTagEntity[];

  @OneToMany(() => EventObjectiveEntity, (link) => link.event, { cascade: true })
  objectiveLinks?: EventObjectiveEntity[];
}

/** An event's themes, missions, enablers and principles (taxonomy codes). */
@Entity('event_tags')
@Index('idx_event_tags_term', ['termCode'])
export class EventTagEntity {
  @PrimaryColumn({ name: 'event_id', type: 'int' })
  eventId!: number;

  @PrimaryColumn({ name: 'term_code', type: 'varchar', length: 64 })
  termCode!: string;

  @ManyToOne(() => EventEntity, (event) => event.tags, { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
}

@Entity('event_objectives')
export class EventObjectiveEntity {
  @PrimaryColumn({ name: 'event_id', type: 'int' })
  eventId!: number;

  @PrimaryColumn({ name: 'objective_id', type: 'int' })
  objectiveId!: number;

  @ManyToOne(() => EventEntity, (event) => event.objectiveLinks, { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
}

export type SeriesFrequency = 'weekly' | 'monthly';

@Entity('event_series')
export class EventSeriesEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  frequency!: SeriesFrequency;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

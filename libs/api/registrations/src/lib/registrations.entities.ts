import type { OrganisationType, RegistrationStatus, SupplierSize } from '@epm/shared/contracts';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One person's registration for one event. Personal fields are nulled on
 * erasure; what remains (status, organisation type, council, supplier size)
 * is anonymous and keeps the counts true.
 */
@Entity('registrations')
@Index('uq_registrations_event_email', ['eventId', 'emailKey'], { unique: true })
@Index('idx_registrations_event_status', ['eventId', 'status'])
export class RegistrationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: RegistrationStatus;

  /** Lower-cased, trimmed address: one registration per person per event. `erased:<id>` after erasure. */
  @Column({ name: 'email_key', type: 'varchar', length: 320 })
  emailKey!: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  /** Keyed pseudonym of the person (see PersonPseudonyms); kept after erasure so counts of people stay true. */
  @Column({ name: 'person_key', type: 'varchar', length: 64, nullable: true })
  personKey!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  @Column({ name: 'organisation_type', type: 'varchar', length: 32 })
  organisationType!: OrganisationType;

  @Column({ name: 'council_code', type: 'varchar', length: 9, nullable: true })
  councilCode!: string | null;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200, nullable: true })
  organisationName!: string | null;

  @Column({ name: 'supplier_size', type: 'varchar', length: 8, nullable: true })
  supplierSize!: SupplierSize | null;

  @Column({ name: 'job_title', type: 'varchar', length: 200, nullable: true })
  jobTitle!: string | null;

  @Column({ name: 'accessibility_needs', type: 'varchar', length: 1000, nullable: true })
  accessibilityNeeds!: string | null;

  @Column({ name: 'dietary_needs', type: 'varchar', length: 500, nullable: true })
  dietaryNeeds!: string | null;

  @Column({ name: 'consent_follow_up', type: 'boolean' })
  consentFollowUp!: boolean;

  @Column({ name: 'consent_future_events', type: 'boolean' })
  consentFutureEvents!: boolean;

  @Column({ type: 'varchar', length: 16 })
  source!: 'public' | 'organiser';

  @Column({ name: 'decision_message', type: 'varchar', length: 1000, nullable: true })
  decisionMessage!: string | null;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 1000, nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @Column({ name: 'erased_at', type: 'datetime', nullable: true })
  erasedAt!: Date | null;
}

/**
 * Manage links. Every message mints its own link, so a link can be sent
 * again without keeping any link readable: only the SHA-256 of the 256-bit
 * token is stored.
 */
@Entity('registration_links')
@Index('idx_registration_links_registration', ['registrationId'])
export class RegistrationLinkEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'registration_id', type: 'int' })
  registrationId!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** The answer given to a request with an Idempotency-Key, so a retry gets the same answer. */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  scope!: string;

  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ name: 'status_code', type: 'int' })
  statusCode!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

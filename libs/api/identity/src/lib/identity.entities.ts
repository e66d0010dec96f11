import { OrganisationEntity } from '@epm/api/reference';
import type { Role } from '@epm/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stored lower-case and trimmed; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ name: 'organisation_id', type: 'int', nullable: true })
  organisationId!: number | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'boolean' })
  disabled!: boolean;

  /** Base32 TOTP secret once confirmed. */
  @Column({ name: 'mfa_secret', type: 'varchar', length: 64, nullable: true })
  mfaSecret!: string | null;

  /** Secret offered during enrolment, not yet confirmed with a code. */
  @Column({ name: 'mfa_pending_secret', type: 'varchar', length: 64, nullable: true })
  mfaPendingSecret!: string | null;

  /** The last TOTP step accepted, so the same code cannot be used twice. */
  @Column({ name: 'mfa_last_counter', type: 'int', nullable: true })
  mfaLastCounter!: number | null;

  /** JSON array of SHA-256 hashes of unused recovery codes. */
  @Column({ name: 'recovery_codes', type: 'text', nullable: true })
  recoveryCodes!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @Column({ name: 'last_signed_in_at', type: 'datetime', nullable: true })
  lastSignedInAt!: Date | null;
}

export type SessionStage = 'mfa-pending' | 'active';

/** Server-side sessions: the cookie holds a random token; only its SHA-256 is stored. */
@Entity('sessions')
@Index('idx_sessions_user', ['userId'])
export class SessionEntity {
  /** SHA-256 (hex) of the session token. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'user_id', type: 'int' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  stage!: SessionStage;

  /** SHA-256 (hex) of the CSRF token the browser echoes in X-XSRF-TOKEN. */
  @Column({ name: 'csrf_hash', type: 'varchar', length: 64 })
  csrfHash!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'datetime' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 200, nullable: true })
  userAgent!: string | null;
}

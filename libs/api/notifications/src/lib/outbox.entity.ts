import type { OutboxStatus } from '@epm/shared/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message the product owes someone, written in the same transaction as the
 * change that causes it, and sent by the dispatcher afterwards.
 */
@Entity('outbox_messages')
@Index('idx_outbox_due', ['status', 'nextAttemptAt'])
@Index('idx_outbox_registration', ['registrationId'])
@Index('uq_outbox_dedupe', ['dedupeKey'], { unique: true })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** confirmation, waitlisted, promoted, request-received, declined, event-updated, event-cancelled, reminder… */
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ name: 'event_id', type: 'int', nullable: true })
  eventId!: number | null;

  @Column({ name: 'registration_id', type: 'int', nullable: true })
  registrationId!: number | null;

  /** Set when a message must be queued at most once (reminders). */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 120, nullable: true })
  dedupeKey!: string | null;

  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  toAddress!: string;

  @Column({ name: 'to_name', type: 'varchar', length: 200 })
  toName!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ name: 'invite_method', type: 'varchar', length: 8, nullable: true })
  inviteMethod!: string | null;

  @Column({ name: 'invite_ics', type: 'text', nullable: true })
  inviteIcs!: string | null;

  /** Shown as a QR code in the message, for check-in at the door. */
  @Column({ name: 'check_in_code', type: 'varchar', length: 16, nullable: true })
  checkInCode!: string | null;

  @Column({ type: 'varchar', length: 12 })
  status!: OutboxStatus;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt!: Date;

  /** While sending: until when the claim holds; a claim past it is picked up again. */
  @Column({ name: 'locked_until', type: 'datetime', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'locked_by', type: 'varchar', length: 64, nullable: true })
  lockedBy!: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true })
  sentAt!: Date | null;
}

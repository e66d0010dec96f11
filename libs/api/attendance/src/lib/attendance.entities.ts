import type { AttendanceSource, AttendanceStatus } from '@epm/shared/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Whether a person with a place came. One row per registration, created the
 * first time attendance is recorded; no row means "not recorded".
 */
@Entity('attendance_records')
@Index('idx_attendance_event_status', ['eventId', 'status'])
export class AttendanceRecordEntity {
  @PrimaryColumn({ name: 'registration_id', type: 'int' })
  registrationId!: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: AttendanceStatus;

  /** For online events, from the platform's report. */
  @Column({ name: 'minutes_attended', type: 'int', nullable: true })
  minutesAttended!: number | null;

  @Column({ name: 'checked_in_at', type: 'datetime', nullable: true })
  checkedInAt!: Date | null;

  @Column({ type: 'varchar', length: 16 })
  source!: AttendanceSource;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

/**
 * The code in a confirmation email's QR code, shown at the door. Short enough
 * to type, unique within its event, and useful only to a signed-in organiser
 * of that event, so it is kept as it is.
 */
@Entity('check_in_codes')
@Index('uq_check_in_codes_event_code', ['eventId', 'code'], { unique: true })
export class CheckInCodeEntity {
  @PrimaryColumn({ name: 'registration_id', type: 'int' })
  registrationId!: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId!: number;

  @Column({ type: 'varchar', length: 16 })
  code!: string;
}

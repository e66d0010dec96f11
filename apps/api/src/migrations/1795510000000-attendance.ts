import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableForeignKey } from 'typeorm';

/** Attendance per registration, the codes behind the confirmation email's QR code, and the QR code on messages. */
export class Attendance1795510000000 implements MigrationInterface {
  name = 'Attendance1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'attendance_records',
        columns: [
          { name: 'registration_id', type: 'integer', isPrimary: true },
          { name: 'event_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'minutes_attended', type: 'integer', isNullable: true },
          { name: 'checked_in_at', type: 'datetime', isNullable: true },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'idx_attendance_event_status', columnNames: ['event_id', 'status'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_attendance_registration',
            columnNames: ['registration_id'],
            referencedTableName: 'registrations',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'check_in_codes',
        columns: [
          { name: 'registration_id', type: 'integer', isPrimary: true },
          { name: 'event_id', type: 'integer' },
          { name: 'code', type: 'varchar', length: '16' },
        ],
        indices: [{ name: 'uq_check_in_codes_event_code', columnNames: ['event_id', 'code'], isUnique: true }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_check_in_codes_registration',
            columnNames: ['registration_id'],
            referencedTableName: 'registrations',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.addColumn(
      'outbox_messages',
      new TableColumn({ name: 'check_in_code', type: 'varchar', length: '16', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('outbox_messages', 'check_in_code');
    await queryRunner.dropTable('check_in_codes');
    await queryRunner.dropTable('attendance_records');
  }
}

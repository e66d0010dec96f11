import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from 'typeorm';

const id = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment' as const,
};

/** Registrations with their manage links and idempotency keys, and the mail outbox. */
export class RegistrationsAndOutbox1795500000000 implements MigrationInterface {
  name = 'RegistrationsAndOutbox1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'registrations',
        columns: [
          id,
          { name: 'event_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'email_key', type: 'varchar', length: '320' },
          { name: 'email', type: 'varchar', length: '320', isNullable: true },
          { name: 'name', type: 'varchar', length: '200', isNullable: true },
          { name: 'organisation_type', type: 'varchar', length: '32' },
          { name: 'council_code', type: 'varchar', length: '9', isNullable: true },
          { name: 'organisation_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'supplier_size', type: 'varchar', length: '8', isNullable: true },
          { name: 'job_title', type: 'varchar', length: '200', isNullable: true },
          { name: 'accessibility_needs', type: 'varchar', length: '1000', isNullable: true },
          { name: 'dietary_needs', type: 'varchar', length: '500', isNullable: true },
          { name: 'consent_follow_up', type: 'boolean' },
          { name: 'consent_future_events', type: 'boolean' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'decision_message', type: 'varchar', length: '1000', isNullable: true },
          { name: 'cancellation_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'erased_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'uq_registrations_event_email', columnNames: ['event_id', 'email_key'], isUnique: true },
          { name: 'idx_registrations_event_status', columnNames: ['event_id', 'status'] },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_registrations_event',
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            name: 'fk_registrations_council',
            columnNames: ['council_code'],
            referencedTableName: 'councils',
            referencedColumnNames: ['gss_code'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'registration_links',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'registration_id', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'idx_registration_links_registration', columnNames: ['registration_id'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_registration_links_registration',
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
        name: 'idempotency_keys',
        columns: [
          { name: 'scope', type: 'varchar', length: '200', isPrimary: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'status_code', type: 'integer' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          id,
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'event_id', type: 'integer', isNullable: true },
          { name: 'registration_id', type: 'integer', isNullable: true },
          { name: 'dedupe_key', type: 'varchar', length: '120', isNullable: true },
          { name: 'to_address', type: 'varchar', length: '320' },
          { name: 'to_name', type: 'varchar', length: '200' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'text_body', type: 'text' },
          { name: 'html_body', type: 'text' },
          { name: 'invite_method', type: 'varchar', length: '8', isNullable: true },
          { name: 'invite_ics', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'attempts', type: 'integer' },
          { name: 'next_attempt_at', type: 'datetime' },
          { name: 'locked_until', type: 'datetime', isNullable: true },
          { name: 'locked_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'sent_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'idx_outbox_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'idx_outbox_registration', columnNames: ['registration_id'] },
          { name: 'uq_outbox_dedupe', columnNames: ['dedupe_key'], isUnique: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_messages');
    await queryRunner.dropTable('idempotency_keys');
    await queryRunner.dropTable('registration_links');
    await queryRunner.dropTable('registrations');
  }
}

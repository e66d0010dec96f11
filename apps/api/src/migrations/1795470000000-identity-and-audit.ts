import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from 'typeorm';

/** Accounts, server-side sessions, shared rate-limit counters and the append-only audit log. */
export class IdentityAndAudit1795470000000 implements MigrationInterface {
  name = 'IdentityAndAudit1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'display_name', type: 'varchar', length: '120' },
          { name: 'password_hash', type: 'varchar', length: '200' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'organisation_id', type: 'integer', isNullable: true },
          { name: 'disabled', type: 'boolean' },
          { name: 'mfa_secret', type: 'varchar', length: '64', isNullable: true },
          { name: 'mfa_pending_secret', type: 'varchar', length: '64', isNullable: true },
          { name: 'mfa_last_counter', type: 'integer', isNullable: true },
          { name: 'recovery_codes', type: 'text', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'last_signed_in_at', type: 'datetime', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_users_organisation',
            columnNames: ['organisation_id'],
            referencedTableName: 'organisations',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'integer' },
          { name: 'stage', type: 'varchar', length: '16' },
          { name: 'csrf_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime' },
          { name: 'last_seen_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'ip', type: 'varchar', length: '45', isNullable: true },
          { name: 'user_agent', type: 'varchar', length: '200', isNullable: true },
        ],
        indices: [{ name: 'idx_sessions_user', columnNames: ['user_id'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_sessions_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rate_limits',
        columns: [
          { name: 'key', type: 'varchar', length: '160', isPrimary: true },
          { name: 'window_start', type: 'bigint' },
          { name: 'count', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'at', type: 'datetime' },
          { name: 'actor_user_id', type: 'integer', isNullable: true },
          { name: 'actor_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'entity_type', type: 'varchar', length: '64', isNullable: true },
          { name: 'entity_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'ip', type: 'varchar', length: '45', isNullable: true },
          { name: 'details', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'idx_audit_events_at', columnNames: ['at'] },
          { name: 'idx_audit_events_action', columnNames: ['action'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_events');
    await queryRunner.dropTable('rate_limits');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}

import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from 'typeorm';

/** The programme, its objectives, and events with their tags and objective links. Seeds the first MoU year. */
export class ProgrammeAndEvents1795480000000 implements MigrationInterface {
  name = 'ProgrammeAndEvents1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'programmes',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'starts_on', type: 'varchar', length: '10' },
          { name: 'ends_on', type: 'varchar', length: '10' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'objectives',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'programme_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'description', type: 'varchar', length: '1000' },
          { name: 'target_unit', type: 'varchar', length: '100', isNullable: true },
          { name: 'target_value', type: 'double', isNullable: true },
          { name: 'sort_order', type: 'integer' },
        ],
        indices: [{ name: 'idx_objectives_programme', columnNames: ['programme_id'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_objectives_programme',
            columnNames: ['programme_id'],
            referencedTableName: 'programmes',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'events',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'programme_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'summary', type: 'varchar', length: '500' },
          { name: 'description', type: 'text' },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'format', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'cancellation_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'venue_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'venue_address', type: 'varchar', length: '500', isNullable: true },
          { name: 'venue_postcode', type: 'varchar', length: '10', isNullable: true },
          { name: 'access_information', type: 'varchar', length: '2000', isNullable: true },
          { name: 'joining_url', type: 'varchar', length: '500', isNullable: true },
          { name: 'starts_at', type: 'datetime' },
          { name: 'ends_at', type: 'datetime' },
          { name: 'capacity', type: 'integer', isNullable: true },
          { name: 'registration_opens_at', type: 'datetime', isNullable: true },
          { name: 'registration_closes_at', type: 'datetime', isNullable: true },
          { name: 'approval_required', type: 'boolean' },
          { name: 'audience', type: 'varchar', length: '16' },
          { name: 'lead_organisation_id', type: 'integer' },
          { name: 'partner_organisation_id', type: 'integer', isNullable: true },
          { name: 'speakers', type: 'text' },
          { name: 'consultation_questions', type: 'text', isNullable: true },
          { name: 'consultation_closes_at', type: 'datetime', isNullable: true },
          { name: 'sequence', type: 'integer' },
          { name: 'series_id', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [
          { name: 'idx_events_status_starts', columnNames: ['status', 'starts_at'] },
          { name: 'idx_events_programme', columnNames: ['programme_id'] },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_events_programme',
            columnNames: ['programme_id'],
            referencedTableName: 'programmes',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            name: 'fk_events_lead',
            columnNames: ['lead_organisation_id'],
            referencedTableName: 'organisations',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            name: 'fk_events_partner',
            columnNames: ['partner_organisation_id'],
            referencedTableName: 'organisations',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'event_tags',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'term_code', type: 'varchar', length: '64', isPrimary: true },
        ],
        indices: [{ name: 'idx_event_tags_term', columnNames: ['term_code'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_event_tags_event',
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'event_objectives',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'objective_id', type: 'integer', isPrimary: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_event_objectives_event',
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            name: 'fk_event_objectives_objective',
            columnNames: ['objective_id'],
            referencedTableName: 'objectives',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    // The first MoU year exists in every deployment: the review is about it.
    // Plain SQL, not the entity: a migration must not change meaning when entities change later.
    await queryRunner.query('INSERT INTO programmes (name, starts_on, ends_on) VALUES (?, ?, ?)', [
      'MoU year 1',
      '2025-04-01',
      '2026-03-31',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('event_objectives');
    await queryRunner.dropTable('event_tags');
    await queryRunner.dropTable('events');
    await queryRunner.dropTable('objectives');
    await queryRunner.dropTable('programmes');
  }
}

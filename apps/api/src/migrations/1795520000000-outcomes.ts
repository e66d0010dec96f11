import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from 'typeorm';

/** The outcome log: what events and the programme led to, with the events and objectives each stems from. */
export class Outcomes1795520000000 implements MigrationInterface {
  name = 'Outcomes1795520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'outcomes',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'programme_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'description', type: 'varchar', length: '2000' },
          { name: 'owner_organisation_id', type: 'integer', isNullable: true },
          { name: 'owner_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'outcome_date', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'link', type: 'varchar', length: '500', isNullable: true },
          { name: 'created_at', type: 'datetime' },
          { name: 'updated_at', type: 'datetime' },
        ],
        indices: [{ name: 'idx_outcomes_programme_date', columnNames: ['programme_id', 'outcome_date'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_outcomes_programme',
            columnNames: ['programme_id'],
            referencedTableName: 'programmes',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            name: 'fk_outcomes_owner',
            columnNames: ['owner_organisation_id'],
            referencedTableName: 'organisations',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outcome_events',
        columns: [
          { name: 'outcome_id', type: 'integer', isPrimary: true },
          { name: 'event_id', type: 'integer', isPrimary: true },
        ],
        indices: [{ name: 'idx_outcome_events_event', columnNames: ['event_id'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_outcome_events_outcome',
            columnNames: ['outcome_id'],
            referencedTableName: 'outcomes',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            name: 'fk_outcome_events_event',
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
        name: 'outcome_objectives',
        columns: [
          { name: 'outcome_id', type: 'integer', isPrimary: true },
          { name: 'objective_id', type: 'integer', isPrimary: true },
        ],
        indices: [{ name: 'idx_outcome_objectives_objective', columnNames: ['objective_id'] }],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_outcome_objectives_outcome',
            columnNames: ['outcome_id'],
            referencedTableName: 'outcomes',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            name: 'fk_outcome_objectives_objective',
            columnNames: ['objective_id'],
            referencedTableName: 'objectives',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outcome_objectives');
    await queryRunner.dropTable('outcome_events');
    await queryRunner.dropTable('outcomes');
  }
}

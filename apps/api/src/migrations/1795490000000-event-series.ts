import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from 'typeorm';

/** Recurring series (a monthly webinar, say): each occurrence stays its own event. */
export class EventSeries1795490000000 implements MigrationInterface {
  name = 'EventSeries1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'event_series',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'frequency', type: 'varchar', length: '16' },
          { name: 'created_at', type: 'datetime' },
        ],
      }),
    );
    await queryRunner.createForeignKey(
      'events',
      new TableForeignKey({
        name: 'fk_events_series',
        columnNames: ['series_id'],
        referencedTableName: 'event_series',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropForeignKey('events', 'fk_events_series');
    await queryRunner.dropTable('event_series');
  }
}

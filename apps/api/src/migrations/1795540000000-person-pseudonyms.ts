import { createHmac, randomBytes } from 'node:crypto';
import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * A keyed pseudonym per person on every registration, so counts of distinct
 * and returning people survive erasure of names and addresses. The key is made
 * here, once per installation, and never leaves the database.
 */
export class PersonPseudonyms1795540000000 implements MigrationInterface {
  name = 'PersonPseudonyms1795540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'settings',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'value', type: 'varchar', length: '500' },
        ],
      }),
    );
    const key = randomBytes(32).toString('hex');
    await queryRunner.query('INSERT INTO settings (name, value) VALUES (?, ?)', ['person-pseudonym-key', key]);
    await queryRunner.addColumn(
      'registrations',
      new TableColumn({ name: 'person_key', type: 'varchar', length: '64', isNullable: true }),
    );
    await queryRunner.createIndex(
      'registrations',
      new TableIndex({ name: 'idx_registrations_person', columnNames: ['person_key'] }),
    );
    const rows = (await queryRunner.query(
      "SELECT id, email_key FROM registrations WHERE email_key NOT LIKE 'erased:%'",
    )) as { id: number; email_key: string }[];
    for (const row of rows) {
      const pseudonym = createHmac('sha256', key).update(row.email_key).digest('hex');
      await queryRunner.query('UPDATE registrations SET person_key = ? WHERE id = ?', [pseudonym, row.id]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('registrations', 'idx_registrations_person');
    await queryRunner.dropColumn('registrations', 'person_key');
    await queryRunner.dropTable('settings');
  }
}

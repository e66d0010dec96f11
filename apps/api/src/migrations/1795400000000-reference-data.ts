import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Reference data: the partner organisations, the taxonomy and the English councils. */
export class ReferenceData1795400000000 implements MigrationInterface {
  name = 'ReferenceData1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'mysql') {
      // New tables inherit the database default; make it full Unicode whatever the server's default is.
      await queryRunner.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    }
    await queryRunner.createTable(
      new Table({
        name: 'organisations',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'code', type: 'varchar', length: '32', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'description', type: 'varchar', length: '500' },
          { name: 'website', type: 'varchar', length: '300' },
          { name: 'is_partner', type: 'boolean' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'councils',
        columns: [
          { name: 'gss_code', type: 'varchar', length: '9', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'short_name', type: 'varchar', length: '200' },
          { name: 'type', type: 'varchar', length: '40' },
          { name: 'region', type: 'varchar', length: '40' },
          { name: 'county_gss_code', type: 'varchar', length: '9', isNullable: true },
          { name: 'current', type: 'boolean' },
        ],
        indices: [{ name: 'idx_councils_region_type', columnNames: ['region', 'type'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'taxonomy_terms',
        columns: [
          { name: 'code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'label', type: 'varchar', length: '200' },
          { name: 'description', type: 'varchar', length: '500' },
          { name: 'sort_order', type: 'integer' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('taxonomy_terms');
    await queryRunner.dropTable('councils');
    await queryRunner.dropTable('organisations');
  }
}

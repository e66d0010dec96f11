import { openDatabase } from '@epm/api/platform';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-database';
import { SCHEMA } from './schema';

const migrationClasses = SCHEMA.migrations as { name: string }[];

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows = (await dataSource.query(
    dataSource.options.type === 'mysql'
      ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  )) as { name: string }[];
  return rows.map((row) => row.name).sort();
}

describe('migrations', () => {
  it('registers every migration file in SCHEMA, oldest first', () => {
    const files = readdirSync(join(__dirname, '../migrations'))
      .filter((file) => /^\d{13}-[\w-]+\.ts$/.test(file))
      .sort();
    const timestamps = migrationClasses.map((migration) => migration.name.match(/(\d{13})$/)?.[1]);
    expect(timestamps).toEqual(files.map((file) => file.slice(0, 13)));
  });
});

describe.each(DATABASE_KINDS)('the migration set on %s', (kind) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });

  afterEach(async () => {
    await database.drop();
  });

  it('creates the schema on an empty database, and reverts and re-applies cleanly', async () => {
    const dataSource = await openDatabase(database.config, SCHEMA);
    try {
      expect(await tableNames(dataSource)).toEqual(
        expect.arrayContaining(['councils', 'migrations', 'organisations', 'taxonomy_terms']),
      );
      const applied = (await dataSource.query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
      expect(applied.map((row) => row.name)).toEqual(migrationClasses.map((migration) => migration.name));

      for (let i = 0; i < migrationClasses.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tableNames(dataSource)).toEqual(['migrations']);

      await dataSource.runMigrations({ transaction: 'each' });
      expect(await tableNames(dataSource)).toEqual(
        expect.arrayContaining(['councils', 'organisations', 'taxonomy_terms']),
      );
    } finally {
      await dataSource.destroy();
    }
  });

  it('does nothing when opened again: nothing pending', async () => {
    const first = await openDatabase(database.config, SCHEMA);
    await first.destroy();
    const second = await openDatabase(database.config, SCHEMA);
    try {
      expect(await second.showMigrations()).toBe(false);
    } finally {
      await second.destroy();
    }
  });
});

describe('several processes starting together on MySQL', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase('mysql');
  });

  afterEach(async () => {
    await database.drop();
  });

  async function openConcurrently(migrationLock: boolean): Promise<PromiseSettledResult<DataSource>[]> {
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => openDatabase(database.config, SCHEMA, { migrationLock })),
    );
    await Promise.all(results.map((result) => (result.status === 'fulfilled' ? result.value.destroy() : undefined)));
    return results;
  }

  it('migrate once: every process starts and each migration is recorded once', async () => {
    const results = await openConcurrently(true);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const check = await openDatabase(database.config, SCHEMA);
    try {
      const applied = (await check.query('SELECT name FROM migrations')) as { name: string }[];
      expect(applied).toHaveLength(migrationClasses.length);
    } finally {
      await check.destroy();
    }
  });

  it('negative control: without the lock, concurrent starts collide', async () => {
    const results = await openConcurrently(false);
    expect(results.some((result) => result.status === 'rejected')).toBe(true);
  });
});

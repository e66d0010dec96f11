import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { serialiseSqliteTransactions } from './sqlite-transactions';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SQLite transactions from concurrent requests', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'epm-sqlite-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  async function open(serialised: boolean): Promise<DataSource> {
    const dataSource = new DataSource({ type: 'better-sqlite3', database: join(directory, 'test.sqlite') });
    await dataSource.initialize();
    if (serialised) serialiseSqliteTransactions(dataSource);
    await dataSource.query('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    return dataSource;
  }

  /** One request writes and fails after a pause; another writes and commits meanwhile; a third reads meanwhile. */
  async function interleave(dataSource: DataSource): Promise<{ bodies: string[]; readDuring: string[] }> {
    const failing = dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO notes (body) VALUES ('rolled back')`);
        await pause(30);
        throw new Error('validation failed late');
      })
      .catch(() => undefined);
    await pause(5);
    const committing = dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO notes (body) VALUES ('committed')`);
    });
    const reading = dataSource.query('SELECT body FROM notes') as Promise<{ body: string }[]>;
    const [, , read] = await Promise.all([failing, committing.catch(() => undefined), reading]);
    const rows = (await dataSource.query('SELECT body FROM notes ORDER BY id')) as { body: string }[];
    return { bodies: rows.map((row) => row.body), readDuring: read.map((row) => row.body) };
  }

  it('keeps one request’s commit when another request’s transaction rolls back, and never shows uncommitted rows', async () => {
    const dataSource = await open(true);
    const { bodies, readDuring } = await interleave(dataSource);
    expect(bodies).toEqual(['committed']);
    expect(readDuring).not.toContain('rolled back');
    await dataSource.destroy();
  });

  it('runs a statement from outside after the transaction in progress, not inside it', async () => {
    const dataSource = await open(true);
    const failing = dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO notes (body) VALUES ('rolled back')`);
        await pause(20);
        throw new Error('late failure');
      })
      .catch(() => undefined);
    await pause(5);
    await Promise.all([failing, dataSource.manager.query(`INSERT INTO notes (body) VALUES ('autocommit')`)]);
    const rows = (await dataSource.query('SELECT body FROM notes')) as { body: string }[];
    expect(rows.map((row) => row.body)).toEqual(['autocommit']);
    await dataSource.destroy();
  });

  it('negative control: without the turns, the rollback takes the other request’s commit with it', async () => {
    const dataSource = await open(false);
    const { bodies, readDuring } = await interleave(dataSource);
    expect(bodies).not.toEqual(['committed']);
    expect(readDuring).toContain('rolled back');
    await dataSource.destroy();
  });
});

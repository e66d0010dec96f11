import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { Column, DataSource, type DataSourceOptions, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { insertRows, pipeline } from './insert-rows';

@Entity('notes')
class NoteEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'boolean' })
  pinned!: boolean;

  @Column({ type: 'int', default: 3 })
  priority!: number;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

const MYSQL_URL = new URL(process.env['TEST_MYSQL_URL'] || 'mysql://root@127.0.0.1:3306/epm_test');

/** A fresh database of each kind the product runs on, with the notes table, and how to throw it away. */
async function open(kind: 'sqlite' | 'mysql'): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const { options, remove } = kind === 'sqlite' ? sqliteFile() : await mysqlDatabase();
  const dataSource = new DataSource({ ...options, entities: [NoteEntity], synchronize: true } as DataSourceOptions);
  await dataSource.initialize();
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await remove();
    },
  };
}

function sqliteFile() {
  const directory = mkdtempSync(join(tmpdir(), 'epm-insert-rows-'));
  return {
    options: { type: 'better-sqlite3', database: join(directory, 'test.sqlite') },
    remove: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

async function mysqlDatabase() {
  const name = `epm_insert_rows_${randomBytes(4).toString('hex')}`;
  const server = {
    host: MYSQL_URL.hostname,
    port: Number(MYSQL_URL.port || 3306),
    user: decodeURIComponent(MYSQL_URL.username || 'root'),
    password: decodeURIComponent(MYSQL_URL.password),
  };
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${name}\``);
  return {
    options: { type: 'mysql', ...server, username: server.user, database: name },
    remove: async () => {
      await admin.query(`DROP DATABASE \`${name}\``);
      await admin.end();
    },
  };
}

const when = new Date('2026-03-04T05:06:07.000Z');

function notes(count: number, from = 0): Partial<NoteEntity>[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Note ${from + index}: it's "quoted", ünïcödé; DROP TABLE notes; --`,
    body: index % 2 ? null : `Line one\nline two ${from + index}`,
    pinned: index % 3 === 0,
    priority: index % 5,
    status: index % 2 ? 'sent' : 'failed',
    createdAt: new Date(when.getTime() + index * 1000),
  }));
}

describe.each(['sqlite', 'mysql'] as const)('insertRows on %s', (kind) => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  beforeEach(async () => ({ dataSource, drop } = await open(kind)));
  afterEach(() => drop());

  const read = async () =>
    (await dataSource.getRepository(NoteEntity).find({ order: { id: 'ASC' } })).map((note) => {
      const { id, ...values } = note;
      expect(id).toBeGreaterThan(0);
      return values;
    });

  it('stores rows, in order, exactly as TypeORM’s insert builder stores the same rows', async () => {
    await dataSource.createQueryBuilder().insert().into(NoteEntity).values(notes(7)).updateEntity(false).execute();
    const byBuilder = await read();
    await dataSource.getRepository(NoteEntity).clear();

    await insertRows(dataSource.manager, NoteEntity, notes(7));

    const ours = await read();
    expect(ours).toEqual(byBuilder);
    expect(ours[0]).toEqual({
      title: `Note 0: it's "quoted", ünïcödé; DROP TABLE notes; --`,
      body: 'Line one\nline two 0',
      pinned: true,
      priority: 0,
      status: 'failed',
      createdAt: when,
    });
  });

  it('gives a column a row leaves out its default', async () => {
    await insertRows(dataSource.manager, NoteEntity, [
      { title: 'Defaults', body: null, pinned: false, createdAt: when },
      { title: 'Own values', body: null, pinned: false, priority: 9, status: 'sent', createdAt: when },
    ]);

    expect((await read()).map(({ title, priority, status }) => ({ title, priority, status }))).toEqual([
      { title: 'Defaults', priority: 3, status: 'queued' },
      { title: 'Own values', priority: 9, status: 'sent' },
    ]);
  });

  it('splits rows over statements only when one would hold too many values, keeping their order', async () => {
    const query = jest.spyOn(dataSource.manager, 'query');
    await insertRows(dataSource.manager, NoteEntity, notes(100));
    expect(query).toHaveBeenCalledTimes(1);

    query.mockClear();
    // Six values a row: 5,000 rows fill one statement's 30,000; 5,001 need two.
    await insertRows(dataSource.manager, NoteEntity, notes(5_001, 100));
    expect(query).toHaveBeenCalledTimes(2);
    const titles = (await read()).map(({ title }) => Number(/Note (\d+)/.exec(title)?.[1]));
    expect(titles).toEqual(Array.from({ length: 5_101 }, (_, index) => index));
  });

  it('writes inside the caller’s transaction: nothing stays when it rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await insertRows(manager, NoteEntity, notes(3));
        expect(await manager.count(NoteEntity)).toBe(3);
        throw new Error('a later step failed');
      }),
    ).rejects.toThrow('a later step failed');

    expect(await dataSource.getRepository(NoteEntity).count()).toBe(0);
  });

  it('does nothing for no rows', async () => {
    const query = jest.spyOn(dataSource.manager, 'query');
    await insertRows(dataSource.manager, NoteEntity, []);
    expect(query).not.toHaveBeenCalled();
  });

  it('sends a transaction’s statements together, in order: a read sent right behind the inserts sees every row', async () => {
    const seen = await dataSource.transaction(async (manager) => {
      const query = jest.spyOn(manager, 'query');
      const inserted = insertRows(manager, NoteEntity, notes(5_001));
      const counted = manager.query('SELECT COUNT(*) AS count FROM notes') as Promise<{ count: number | string }[]>;
      // Both insert statements and the read were handed over before any of them was answered.
      expect(query).toHaveBeenCalledTimes(3);
      await inserted;
      return Number((await counted)[0]?.count);
    });
    expect(seen).toBe(5_001);
  });

  it('sends statements outside a transaction one after another (each may get its own connection)', async () => {
    const query = jest.spyOn(dataSource.manager, 'query');
    const results = pipeline(dataSource.manager, [
      ["INSERT INTO notes (title, pinned, created_at) VALUES ('First', 0, '2026-01-01 00:00:00')", []],
      ['SELECT COUNT(*) AS count FROM notes', []],
    ]);
    expect(query).toHaveBeenCalledTimes(1);
    const [, counted] = (await results) as [unknown, { count: number | string }[]];
    expect(Number(counted[0]?.count)).toBe(1);
  });
});

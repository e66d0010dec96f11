import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Logger as NestLogger } from '@nestjs/common';
import { DataSource, type DataSourceOptions, type Logger, type MixedList } from 'typeorm';
import { describeDatabase, type DatabaseConfig } from '../config/app-config';
import { serialiseSqliteTransactions } from './sqlite-transactions';

export interface SchemaDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

/** Raised when the database cannot be opened or migrated; its message is one line fit for an operator. */
export class DatabaseStartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseStartupError';
  }
}

/**
 * TypeORM options for either driver. Both keep instants in UTC: MySQL through
 * the connection's `timezone: 'Z'`, SQLite by storing ISO text.
 */
export function dataSourceOptions(database: DatabaseConfig, schema: SchemaDefinition): DataSourceOptions {
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsRun: false,
    synchronize: false,
    logger: new TypeOrmToNestLogger(),
    maxQueryExecutionTime: 1000,
  };
  if (database.kind === 'sqlite') {
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      enableWAL: true,
      // Wait for a writer rather than failing at once when another connection holds the lock.
      timeout: 10_000,
    };
  }
  return {
    ...common,
    type: 'mysql',
    url: database.url,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    // mysql2 captures a stack trace for every query unless told not to (5% of a registration burst's CPU);
    // TypeORM's QueryFailedError carries the stack of the failing call anyway.
    trace: false,
    extra: { connectionLimit: database.poolSize },
  };
}

/**
 * TypeORM's messages through Nest's logger, one structured line each. Failed
 * queries are logged without their parameters, which can hold personal data;
 * the error itself reaches the caller, which decides whether it matters.
 */
class TypeOrmToNestLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Every query would drown the log; slow ones are reported below.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ msg: 'Query failed', error: String(error instanceof Error ? error.message : error), query });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'Slow query', ms: time, query });
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.debug(message);
  }
}

const MIGRATION_LOCK = 'epm_schema_migrations';

/**
 * Opens the database and brings its schema up to date. On MySQL the
 * migrations run under a named lock, so several processes starting together
 * migrate once.
 */
export async function openDatabase(
  database: DatabaseConfig,
  schema: SchemaDefinition,
  /** `migrationLock: false` exists only for the test that proves the lock is needed. */
  options: { migrationLock?: boolean } = {},
): Promise<DataSource> {
  if (database.kind === 'sqlite' && database.path !== ':memory:') {
    mkdirSync(dirname(database.path), { recursive: true });
  }
  const dataSource = await initialise(
    database,
    schema,
    `the database (${describeDatabase(database)}; set by ${database.kind === 'mysql' ? 'DATABASE_URL' : 'SQLITE_PATH'})`,
  );
  if (dataSource.options.type === 'better-sqlite3') serialiseSqliteTransactions(dataSource);
  try {
    const migrate = () => dataSource.runMigrations({ transaction: 'each' });
    await (options.migrationLock === false ? migrate() : withMigrationLock(dataSource, migrate));
  } catch (error) {
    await dataSource.destroy();
    throw new DatabaseStartupError(`Cannot migrate the database (${describeDatabase(database)}): ${oneLine(error)}`, {
      cause: error,
    });
  }
  return dataSource;
}

/**
 * Opens the read replica the reports read (REPORTS_DATABASE_URL). Nothing is migrated there: the replica
 * gets the primary's schema by replication.
 */
export function openReportsDatabase(database: DatabaseConfig, schema: SchemaDefinition): Promise<DataSource> {
  return initialise(
    database,
    schema,
    `the reports database (${describeDatabase(database)}; set by REPORTS_DATABASE_URL)`,
  );
}

async function initialise(database: DatabaseConfig, schema: SchemaDefinition, what: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(database, schema));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseStartupError(`Cannot open ${what}: ${oneLine(error)}`, { cause: error });
  }
  return dataSource;
}

/**
 * Where the reports read: a read replica when REPORTS_DATABASE_URL is set, otherwise the primary. Injected
 * only into the reports domain; registrations, capacity checks and every write use the primary.
 */
export class ReportsDatabase {
  constructor(
    readonly dataSource: DataSource,
    /** Whether `dataSource` is a replica (opened for the reports, closed with the application). */
    readonly replica: boolean,
  ) {}
}

async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'mysql') return work();
  const lockHolder = dataSource.createQueryRunner();
  try {
    const [row] = (await lockHolder.query('SELECT GET_LOCK(?, 120) AS acquired', [MIGRATION_LOCK])) as {
      acquired: number | string;
    }[];
    if (Number(row?.acquired) !== 1) throw new Error('timed out waiting for another process to finish migrating');
    try {
      return await work();
    } finally {
      await lockHolder.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
    }
  } finally {
    await lockHolder.release();
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  const code = (error as { code?: string } | null)?.code;
  const text = message.split('\n')[0] ?? '';
  return code && !text.includes(code) ? `${code} ${text}`.trim() : text;
}

import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** Well under SQLite's 32,766 bound parameters (and MySQL's 65,535) per statement. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows of one entity in multi-row INSERT statements, in order, through the manager (so inside its
 * transaction), without reading anything back. Every statement is handed to the connection before this
 * returns its promise, so a statement issued through `manager.query` right after the call runs after all of
 * them, without waiting for them first (see {@link pipeline}). Values are prepared as TypeORM prepares them (transformers,
 * the driver's dates and booleans); a column a row leaves undefined gets its default. It does what
 * `createQueryBuilder().insert().values(rows).updateEntity(false)` does, without the builder's per-parameter
 * bookkeeping, which grows with the square of the rows: for a batch of 100 registrations the builder's
 * work was a sixth of the API's time (docs/performance.md).
 */
export async function insertRows<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  rows: readonly Partial<Entity>[],
): Promise<void> {
  if (!rows.length) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter(
    (column) =>
      column.isInsert && !column.isVirtual && !(column.isGenerated && column.generationStrategy === 'increment'),
  );
  const sqlite = driver.options.type === 'better-sqlite3';
  // SQLite has no DEFAULT inside VALUES: the column's own default, as TypeORM's builder writes it.
  const missing = (column: ColumnMetadata): string =>
    sqlite ? ((column.default ?? null) === null ? 'NULL' : (driver.normalizeDefault(column) ?? 'NULL')) : 'DEFAULT';
  const head = `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((column) => driver.escape(column.databaseName)).join(', ')}) VALUES `;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const statements: Statement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const parameters: unknown[] = [];
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      const values = columns.map((column) => {
        const value = column.getEntityValue(row as Entity);
        if (value === undefined) return missing(column);
        parameters.push(driver.preparePersistentValue(value, column));
        return '?';
      });
      return `(${values.join(', ')})`;
    });
    statements.push([head + tuples.join(', '), parameters]);
  }
  await pipeline(manager, statements);
}

/** SQL and its parameters. */
export type Statement = [sql: string, parameters: readonly unknown[]];

/**
 * Runs statements in order on the manager's connection without waiting for each before sending the next:
 * the driver sends one as soon as the one before it is answered, where awaiting each would put this
 * process's other work (other requests) between them while the transaction holds its locks. Resolves to
 * their results in order; rejects with the first failure (the caller's transaction then rolls back).
 * Statements issued with `manager.query` after this call run after all of these. A manager outside a
 * transaction may use a different connection for each statement, so it gets them one after another.
 */
export async function pipeline(manager: EntityManager, statements: readonly Statement[]): Promise<unknown[]> {
  if (manager.queryRunner) {
    return Promise.all(statements.map(([sql, parameters]) => manager.query(sql, [...parameters])));
  }
  const results: unknown[] = [];
  for (const [sql, parameters] of statements) results.push(await manager.query(sql, [...parameters]));
  return results;
}

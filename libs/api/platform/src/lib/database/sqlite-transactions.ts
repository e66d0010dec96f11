import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver has one connection and one query runner
 * for the whole process. Two requests that each open a transaction would
 * share it: the second's BEGIN becomes a SAVEPOINT inside the first, so one
 * request's rollback undoes the other's committed work. Here every
 * transaction takes a turn, nested transactions (same async context) run
 * inside their parent, and a statement from outside waits for the
 * transaction in progress to finish, so it neither joins it nor reads its
 * uncommitted rows. SQLite allows one writer at a time anyway, so this costs
 * no throughput. MySQL has a pool of connections and needs none of this.
 */
export function serialiseSqliteTransactions(dataSource: DataSource): void {
  const insideTurn = new AsyncLocalStorage<true>();
  let queue: Promise<unknown> = Promise.resolve();
  let turnInProgress = false;
  const takeTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(async () => {
      turnInProgress = true;
      try {
        return await insideTurn.run(true, work);
      } finally {
        turnInProgress = false;
      }
    });
    queue = turn.catch(() => undefined);
    return turn;
  };

  const manager: EntityManager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  manager.transaction = ((...args: unknown[]) =>
    insideTurn.getStore()
      ? transaction(...args)
      : takeTurn(() => transaction(...args))) as EntityManager['transaction'];

  // save() and remove() outside a transaction open one of their own on the shared runner: give them a turn too.
  for (const method of ['save', 'remove', 'softRemove', 'recover'] as const) {
    const original = manager[method].bind(manager) as (...args: unknown[]) => Promise<unknown>;
    (manager as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      insideTurn.getStore() ? original(...args) : manager.transaction(() => original(...args));
  }

  const runner: QueryRunner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((...args: unknown[]) =>
    insideTurn.getStore() || !turnInProgress ? query(...args) : takeTurn(() => query(...args))) as QueryRunner['query'];
}

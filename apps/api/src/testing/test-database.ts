import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '@epm/api/platform';

/** Every API test runs on both databases the product supports. */
export const DATABASE_KINDS = ['sqlite', 'mysql'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export const DEFAULT_TEST_MYSQL_URL = 'mysql://root@127.0.0.1:3306/epm_test';

export interface TestDatabase {
  config: DatabaseConfig;
  /** The environment variable that points the product at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database of the given kind: a new SQLite file, or a new
 * MySQL database named after the TEST_MYSQL_URL one with a random suffix, so
 * test files running in parallel never share state.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'epm-test-'));
    return {
      config: { kind: 'sqlite', path: join(dir, 'epm.sqlite') },
      env: { SQLITE_PATH: join(dir, 'epm.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = new URL(process.env['TEST_MYSQL_URL'] || DEFAULT_TEST_MYSQL_URL);
  const name = `${base.pathname.replace(/^\//, '') || 'epm_test'}_${randomBytes(4).toString('hex')}`;
  const admin = await connectAdmin(base);
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    config: {
      kind: 'mysql',
      url: url.toString(),
      host: url.hostname,
      port: Number(url.port || 3306),
      database: name,
      poolSize: 20,
    },
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const connection = await connectAdmin(base);
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

async function connectAdmin(base: URL) {
  try {
    return await createConnection({
      host: base.hostname,
      port: Number(base.port || 3306),
      user: decodeURIComponent(base.username || 'root'),
      password: decodeURIComponent(base.password),
      connectTimeout: 5000,
    });
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    throw new Error(
      `The API tests run on MySQL as well as SQLite, and no MySQL server answered at ${base.hostname}:${base.port || 3306} (${code}). ` +
        'Start MariaDB or MySQL there, or point TEST_MYSQL_URL at one: ' +
        'TEST_MYSQL_URL=mysql://user:password@host:3306/epm_test npm test (the user needs CREATE and DROP DATABASE).',
    );
  }
}

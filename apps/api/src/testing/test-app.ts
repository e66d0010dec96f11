import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, loadConfig, openDatabase, openReportsDatabase } from '@epm/api/platform';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { SCHEMA } from '../app/schema';
import { IdentityBootstrapService } from '@epm/api/identity';
import { seedDemoData } from '../demo/seed-demo-data';
import { createTestDatabase, type DatabaseKind } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The whole API, configured exactly as main.ts configures it, on a fresh
 * database of the given kind. Extra environment variables go through the same
 * validation as in production. DEMO_DATA=true seeds all the demo data, as
 * `npm start` does; `demoAccounts` only the accounts.
 */
export interface TestAppOptions {
  /** The documented demo accounts (admin, an organiser per partner, a reviewer), without the demo programme. */
  demoAccounts?: boolean;
}

export async function createTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const outboxDir = mkdtempSync(join(tmpdir(), 'epm-outbox-'));
  // Background mail and reminders are off: tests drive the dispatcher and scheduler themselves.
  const config = loadConfig({
    LOG_LEVEL: 'error',
    LOG_FORMAT: 'pretty',
    OUTBOX_POLL_MS: '0',
    OUTBOX_DIR: outboxDir,
    // Tests read what they just wrote, often behind the services' backs; public-cache.api.spec.ts turns it on.
    PUBLIC_CACHE_MS: '0',
    ...database.env,
    ...env,
  });
  const dataSource = await openDatabase(config.database, SCHEMA);
  const reports = config.reportsDatabase ? await openReportsDatabase(config.reportsDatabase, SCHEMA) : undefined;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, reports), {
    logger: createLogger(config),
    abortOnError: false,
  });
  configureApp(app, config);
  await app.init();
  if (config.demoData) await seedDemoData(app);
  else if (options.demoAccounts) await app.get(IdentityBootstrapService).seedDemoAccounts();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
      rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}

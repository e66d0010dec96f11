import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  ConfigurationError,
  createLogger,
  DatabaseStartupError,
  describeDatabase,
  loadConfig,
  openDatabase,
  openReportsDatabase,
} from '@epm/api/platform';
import { join } from 'node:path';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { SCHEMA } from './app/schema';
import { seedDemoData } from './demo/seed-demo-data';

async function bootstrap(): Promise<void> {
  // The web app is built beside the API bundle: dist/apps/api/main.js and dist/apps/web/browser/.
  const config = loadConfig(process.env, join(__dirname, '../web/browser'));
  const logger = createLogger(config);
  Logger.overrideLogger(logger);
  const dataSource = await openDatabase(config.database, SCHEMA);
  const reports = config.reportsDatabase ? await openReportsDatabase(config.reportsDatabase, SCHEMA) : undefined;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, reports), {
    logger,
    abortOnError: false,
  });
  const { servesWebApp } = configureApp(app, config);
  await app.init();
  if (config.demoData) await seedDemoData(app);
  await (config.host ? app.listen(config.port, config.host) : app.listen(config.port));
  Logger.log(
    {
      msg: 'Listening',
      url: config.publicUrl,
      database: describeDatabase(config.database),
      ...(config.reportsDatabase ? { reportsDatabase: describeDatabase(config.reportsDatabase) } : {}),
      webApp: servesWebApp,
    },
    'Bootstrap',
  );
}

bootstrap().catch((error: unknown) => {
  // Known start-up problems get one line an operator can act on; anything else keeps its stack.
  if (error instanceof ConfigurationError || error instanceof DatabaseStartupError) {
    process.stderr.write(`${error.message}\n`);
  } else if ((error as { code?: string }).code === 'EADDRINUSE') {
    process.stderr.write(`Cannot listen: PORT ${process.env['PORT'] ?? 3000} is already in use\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});

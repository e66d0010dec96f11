import { DynamicModule, Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AppConfig } from './config/app-config';
import { ReportsDatabase } from './database/database';
import { DomainEventBus } from './domain-events/domain-events';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { createValidationPipe } from './http/validation';
import { RateLimitGuard, RateLimitService } from './rate-limit/rate-limit';

/**
 * Cross-cutting concerns every domain relies on: the validated configuration,
 * one validation pipe, one error shape, rate limits and the health check.
 */
/** The product's version (package.json), for provenance in exports and documentation. */
export const APP_VERSION = 'epm:app-version';

@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(private readonly reports: ReportsDatabase) {}

  static forRoot(config: AppConfig, version: string, reports: ReportsDatabase): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: ReportsDatabase, useValue: reports },
        { provide: APP_VERSION, useValue: version },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        HealthService,
        RateLimitService,
        DomainEventBus,
      ],
      exports: [AppConfig, APP_VERSION, RateLimitService, DomainEventBus, ReportsDatabase],
    };
  }

  /** A replica opened for the reports closes with the application (the primary is TypeORM's module's). */
  async onApplicationShutdown(): Promise<void> {
    if (this.reports.replica && this.reports.dataSource.isInitialized) await this.reports.dataSource.destroy();
  }
}

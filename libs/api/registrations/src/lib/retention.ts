import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@epm/api/platform';
import { RegistrationsService } from './registrations.service';

const HOURLY = 3_600_000;

/** Erases registrations past their retention once an hour, when background jobs run (OUTBOX_POLL_MS > 0). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly registrations: RegistrationsService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.pollMs <= 0) return;
    const run = () =>
      this.registrations
        .eraseExpired()
        .then((erased) => erased > 0 && this.logger.log({ msg: 'Erased registrations past retention', erased }))
        .catch((error: unknown) =>
          this.logger.error({ msg: 'Retention run failed', error: error instanceof Error ? error.message : error }),
        );
    void run();
    this.timer = setInterval(() => void run(), HOURLY);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

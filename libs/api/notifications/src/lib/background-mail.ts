import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { FeedbackScheduler } from '@epm/api/feedback';
import { AppConfig } from '@epm/api/platform';
import { MailDispatcher } from './dispatcher';
import { ReminderScheduler } from './reminders';

/**
 * Runs the reminder and feedback schedulers, then the dispatcher, every
 * OUTBOX_POLL_MS (0: off, for tests that drive them).
 */
@Injectable()
export class BackgroundMail implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BackgroundMail');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly dispatcher: MailDispatcher,
    private readonly reminders: ReminderScheduler,
    private readonly feedback: FeedbackScheduler,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.pollMs > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule());
    }, this.config.mail.pollMs);
  }

  private async tick(): Promise<void> {
    // Each step on its own: a scheduler that fails must not stop what is already queued from being sent.
    await this.step('Reminder scheduling', () => this.reminders.runOnce());
    await this.step('Feedback scheduling', () => this.feedback.runOnce());
    await this.step('Sending', async () => {
      // Keep sending while there is a backlog, a batch at a time.
      while (!this.stopped && (await this.dispatcher.runOnce()) > 0);
    });
  }

  private async step(name: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error({ msg: `${name} failed`, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@epm/api/platform';
import type { CreateUserRequest } from '@epm/shared/contracts';
import { SessionService } from './session.service';
import { UsersService } from './users.service';

const PURGE_INTERVAL_MS = 3_600_000;

/**
 * The demo accounts `npm start` seeds into an empty database. Documented in
 * the README; created only when DEMO_DATA is on, never otherwise.
 */
export const DEMO_ACCOUNTS: readonly CreateUserRequest[] = [
  { email: 'admin@demo.example', displayName: 'Alex Admin', role: 'admin', password: 'demo admin passphrase' },
  {
    email: 'organiser@techuk.demo.example',
    displayName: 'Tariq Organiser (techUK)',
    role: 'organiser',
    organisationCode: 'techuk',
    password: 'demo techuk passphrase',
  },
  {
    email: 'organiser@lga.demo.example',
    displayName: 'Lena Organiser (LGA)',
    role: 'organiser',
    organisationCode: 'lga',
    password: 'demo lga passphrase',
  },
  {
    email: 'reviewer@demo.example',
    displayName: 'Rowan Reviewer',
    role: 'reviewer',
    password: 'demo reviewer passphrase',
  },
];

/**
 * With no accounts at all, creates the first administrator from ADMIN_EMAIL /
 * ADMIN_PASSWORD. Also clears sessions past their absolute expiry every hour
 * (sessions that expire while idle are removed when next presented).
 */
@Injectable()
export class IdentityBootstrapService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Identity');
  private purgeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.sessions.purgeExpired();
    this.purgeTimer = setInterval(() => {
      this.sessions
        .purgeExpired()
        .catch((error: unknown) => this.logger.warn({ msg: 'Session purge failed', error: String(error) }));
    }, PURGE_INTERVAL_MS);
    this.purgeTimer.unref();
    await this.createFirstAdministrator();
  }

  private async createFirstAdministrator(): Promise<void> {
    if ((await this.users.count()) > 0 || this.config.demoData) return;
    const admin = this.config.bootstrapAdmin;
    if (!admin) {
      this.logger.warn('No accounts exist. Set ADMIN_EMAIL and ADMIN_PASSWORD to create the first administrator.');
      return;
    }
    await this.users.create(
      { email: admin.email, displayName: 'Administrator', role: 'admin', password: admin.password },
      null,
      null,
    );
    this.logger.log({ msg: 'Created the first administrator from ADMIN_EMAIL' });
  }

  /** Demo seeding step: the documented demo accounts, into an empty user table. Returns what it created. */
  async seedDemoAccounts(): Promise<readonly CreateUserRequest[]> {
    if ((await this.users.count()) > 0) return [];
    for (const account of DEMO_ACCOUNTS) await this.users.create(account, null, null);
    return DEMO_ACCOUNTS;
  }
}

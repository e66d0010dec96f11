import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { IdentityBootstrapService } from '@epm/api/identity';
import { seedDemoHistory } from './demo-history';
import { seedDemoOutcomes } from './demo-outcomes';
import { seedDemoProgramme } from './demo-programme';
import { seedDemoRegistrations } from './demo-registrations';

/**
 * The one place demo data is seeded (DEMO_DATA=true, which `npm start` sets).
 * Each domain contributes a step that does nothing on a database that already
 * has its data, so restarting the demo keeps what people did in it.
 */
export async function seedDemoData(app: INestApplication): Promise<void> {
  const logger = new Logger('Demo');
  const accounts = await app.get(IdentityBootstrapService).seedDemoAccounts();
  if (accounts.length > 0) {
    // Demo mode only: these passwords are published in the README.
    logger.log(
      `Demo accounts:\n${accounts.map((account) => `  ${account.role.padEnd(9)} ${account.email.padEnd(32)} ${account.password}`).join('\n')}`,
    );
  }
  const events = await seedDemoProgramme(app);
  if (events > 0) logger.log({ msg: 'Demo programme seeded', events });
  const registrations = await seedDemoRegistrations(app);
  if (registrations > 0) logger.log({ msg: 'Demo registrations seeded', registrations });
  const started = Date.now();
  const history = await seedDemoHistory(app);
  if (Object.values(history).some((count) => count > 0)) {
    logger.log({ msg: 'Demo history of the first MoU year seeded', ...history, ms: Date.now() - started });
  }
  const outcomes = await seedDemoOutcomes(app);
  if (outcomes > 0) logger.log({ msg: 'Demo outcomes seeded', outcomes });
}

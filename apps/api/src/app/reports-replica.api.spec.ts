import { openDatabase, openReportsDatabase, ReportsDatabase } from '@epm/api/platform';
import type { ImpactReport } from '@epm/shared/contracts';
import { addFutureProgrammeYear, aRegistration, publishedEvent, register } from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { SCHEMA } from './schema';

jest.setTimeout(60_000);

const YEAR_2098 = '/api/reports/impact?from=2098-01-01&to=2098-12-31';

/**
 * REPORTS_DATABASE_URL points the reports at a read replica (MySQL only). No replication runs here: the
 * "replica" is a second database with the same schema, and the test copies rows into it, so it can tell which
 * database each part of the product read.
 */
describe('reports on a read replica (MySQL)', () => {
  let replica: TestDatabase;
  let testApp: TestApp;
  let admin: SignedInClient;
  let reviewer: SignedInClient;
  let closed = false;

  beforeAll(async () => {
    replica = await createTestDatabase('mysql');
    // The replica gets the primary's schema by replication; here, by the same migrations.
    await (await openDatabase(replica.config, SCHEMA)).destroy();
    testApp = await createTestApp('mysql', { REPORTS_DATABASE_URL: replicaUrl() }, { demoAccounts: true });
    admin = await signInAs(testApp, 'admin');
    reviewer = await signInAs(testApp, 'reviewer');
    await addFutureProgrammeYear(admin);
  });

  afterAll(async () => {
    if (!closed) await testApp?.close();
    await replica?.drop();
  });

  const replicaUrl = () => (replica.config.kind === 'mysql' ? replica.config.url : '');
  const replicaName = () => (replica.config.kind === 'mysql' ? replica.config.database : '');
  const report = async (): Promise<ImpactReport> => (await reviewer.get(YEAR_2098).expect(200)).body;

  it('reads the report from the replica, and registrations and their capacity from the primary', async () => {
    const eventId = await publishedEvent(admin, { capacity: 1 });

    // On the primary the event exists and takes registrations: the first gets the one place, the second waits.
    expect((await register(testApp, eventId, aRegistration(1)).expect(201)).body.status).toBe('confirmed');
    expect((await register(testApp, eventId, aRegistration(2)).expect(201)).body.status).toBe('waitlisted');
    // The replica has not caught up: the report does not know the event yet.
    expect((await report()).events.upcoming).toBe(0);

    // Replication catches up.
    const [{ primary }] = (await testApp.dataSource.query('SELECT DATABASE() AS `primary`')) as { primary: string }[];
    for (const table of ['organisations', 'programmes', 'events']) {
      await testApp.dataSource.query(`DELETE FROM \`${replicaName()}\`.${table}`);
      await testApp.dataSource.query(`INSERT INTO \`${replicaName()}\`.${table} SELECT * FROM \`${primary}\`.${table}`);
    }
    const replicated = await report();
    expect(replicated.events.upcoming).toBe(1);
    // This stand-in replicates nothing, so it cannot say how far behind it is, and the report says so.
    expect(replicated.dataAsOf).toBeNull();

    // What the replica says never decides a place: it has the event and none of its registrations (a place
    // free there), and the next person still waits, as the primary says.
    const [{ held }] = (await testApp.dataSource.query(
      `SELECT COUNT(*) AS held FROM \`${replicaName()}\`.registrations WHERE event_id = ?`,
      [eventId],
    )) as { held: number | string }[];
    expect(Number(held)).toBe(0);
    expect((await register(testApp, eventId, aRegistration(3)).expect(201)).body.status).toBe('waitlisted');
  });

  it('closes the replica with the application', async () => {
    const reports = testApp.app.get(ReportsDatabase);
    expect(reports.replica).toBe(true);
    expect(reports.dataSource).not.toBe(testApp.dataSource);
    closed = true;
    await testApp.close();
    expect(reports.dataSource.isInitialized).toBe(false);
  });

  it('refuses to start with a replica it cannot reach, naming the setting', async () => {
    await expect(
      openReportsDatabase(
        {
          kind: 'mysql',
          url: 'mysql://root@127.0.0.1:1/epm_replica',
          host: '127.0.0.1',
          port: 1,
          database: 'epm_replica',
          poolSize: 2,
        },
        SCHEMA,
      ),
    ).rejects.toThrow(
      /^Cannot open the reports database \(MySQL database "epm_replica" on 127\.0\.0\.1:1; set by REPORTS_DATABASE_URL\)/,
    );
  });
});

describe('reports without a replica', () => {
  it('read the primary (the negative control)', async () => {
    const testApp = await createTestApp('mysql', {}, { demoAccounts: true });
    try {
      const admin = await signInAs(testApp, 'admin');
      await addFutureProgrammeYear(admin);
      await publishedEvent(admin);
      const reports = testApp.app.get(ReportsDatabase);
      expect(reports).toMatchObject({ replica: false, dataSource: testApp.dataSource });
      const reviewer = await signInAs(testApp, 'reviewer');
      const report = (await reviewer.get(YEAR_2098).expect(200)).body as ImpactReport;
      expect(report.events.upcoming).toBe(1);
      expect(report.dataAsOf).toBe(report.generatedAt);
    } finally {
      await testApp.close();
    }
  });
});

import { ConfigurationError, describeDatabase, loadConfig } from './app-config';

function configurationErrorOf(env: NodeJS.ProcessEnv): ConfigurationError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadConfig', () => {
  it('defaults to port 3000 and an embedded SQLite file under var/', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', path: expect.stringMatching(/var\/epm\.sqlite$/) });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.kind).toBe('sqlite');
  });

  it.each(['abc', '70000', '-1', '3000.5'])('refuses PORT=%s with a one-line message naming PORT', (value) => {
    const error = configurationErrorOf({ PORT: value });
    expect(error.variable).toBe('PORT');
    expect(error.message).toBe(`Invalid configuration: PORT must be a whole number from 0 to 65535 (got "${value}")`);
    expect(error.message).not.toContain('\n');
  });

  it('parses a MySQL DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://app:s3cret@db.internal:3307/epm' });
    expect(config.database).toEqual({
      kind: 'mysql',
      url: 'mysql://app:s3cret@db.internal:3307/epm',
      host: 'db.internal',
      port: 3307,
      database: 'epm',
      poolSize: 20,
    });
    expect(describeDatabase(config.database)).toBe('MySQL database "epm" on db.internal:3307');
  });

  it('sizes the MySQL pool from DATABASE_POOL_SIZE and refuses nonsense', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://app@db.internal/epm', DATABASE_POOL_SIZE: '5' });
    expect(config.database).toMatchObject({ kind: 'mysql', poolSize: 5 });
    for (const value of ['1', '201', 'many']) {
      expect(configurationErrorOf({ DATABASE_POOL_SIZE: value }).message).toBe(
        `Invalid configuration: DATABASE_POOL_SIZE must be a whole number from 2 to 200 (got "${value}")`,
      );
    }
  });

  it('sizes registration batches from REGISTRATION_BATCH_SIZE (100 unless set) and refuses nonsense', () => {
    expect(loadConfig({}).registrationBatchSize).toBe(100);
    expect(loadConfig({ REGISTRATION_BATCH_SIZE: '1' }).registrationBatchSize).toBe(1);
    for (const value of ['0', '501', 'lots']) {
      expect(configurationErrorOf({ REGISTRATION_BATCH_SIZE: value }).message).toBe(
        `Invalid configuration: REGISTRATION_BATCH_SIZE must be a whole number from 1 to 500 (got "${value}")`,
      );
    }
  });

  it.each([
    ['not a url', 'is not a URL'],
    ['postgres://u:p@host/db', 'has scheme "postgres"'],
    ['mysql://u:p@host/', 'must name a host and a database'],
  ])('refuses DATABASE_URL=%s naming DATABASE_URL', (value, detail) => {
    const error = configurationErrorOf({ DATABASE_URL: value });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toContain(`DATABASE_URL ${detail}`);
  });

  it('reads the reports from REPORTS_DATABASE_URL when set, and otherwise from the primary', () => {
    const primary = { DATABASE_URL: 'mysql://app:s3cret@db.internal:3307/epm', DATABASE_POOL_SIZE: '8' };
    expect(loadConfig(primary).reportsDatabase).toBeUndefined();
    expect(loadConfig({ ...primary, REPORTS_DATABASE_URL: 'mysql://reader:r3ad@replica.internal/epm' })).toMatchObject({
      database: { host: 'db.internal', database: 'epm' },
      reportsDatabase: { kind: 'mysql', host: 'replica.internal', port: 3306, database: 'epm', poolSize: 8 },
    });
  });

  it('refuses a REPORTS_DATABASE_URL that is not MySQL, or beside the embedded SQLite file, naming it', () => {
    const bad = configurationErrorOf({
      DATABASE_URL: 'mysql://app@db.internal/epm',
      REPORTS_DATABASE_URL: 'postgres://reader:hunter2-secret@replica/epm',
    });
    expect(bad.variable).toBe('REPORTS_DATABASE_URL');
    expect(bad.message).toContain('REPORTS_DATABASE_URL has scheme "postgres"');
    expect(bad.message).not.toContain('hunter2');
    const alone = configurationErrorOf({ REPORTS_DATABASE_URL: 'mysql://reader@replica.internal/epm' });
    expect(alone.variable).toBe('REPORTS_DATABASE_URL');
    expect(alone.message).toContain('needs DATABASE_URL too');
  });

  it('never repeats the database password in an error', () => {
    const error = configurationErrorOf({ DATABASE_URL: 'postgres://user:hunter2-secret@host/db' });
    expect(error.message).not.toContain('hunter2');
  });

  it('refuses an unknown LOG_FORMAT, listing the choices', () => {
    expect(configurationErrorOf({ LOG_FORMAT: 'xml' }).message).toBe(
      'Invalid configuration: LOG_FORMAT must be json or pretty (got "xml")',
    );
  });

  it('refuses a DEMO_DATA that is not a yes/no word', () => {
    expect(configurationErrorOf({ DEMO_DATA: 'maybe' }).message).toBe(
      'Invalid configuration: DEMO_DATA must be true or false (got "maybe")',
    );
    expect(loadConfig({ DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('takes the bootstrap administrator only as a pair', () => {
    expect(configurationErrorOf({ ADMIN_EMAIL: 'admin@example.org' }).variable).toBe('ADMIN_PASSWORD');
    expect(configurationErrorOf({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'short' }).variable).toBe(
      'ADMIN_PASSWORD',
    );
    expect(
      loadConfig({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'a long enough passphrase' }).bootstrapAdmin,
    ).toEqual({ email: 'admin@example.org', password: 'a long enough passphrase' });
  });

  it('defaults sessions to 30 minutes idle and 12 hours absolute', () => {
    expect(loadConfig({}).session).toEqual({ idleMinutes: 30, absoluteHours: 12 });
    expect(configurationErrorOf({ SESSION_IDLE_MINUTES: '0' }).variable).toBe('SESSION_IDLE_MINUTES');
  });

  it('treats the service as secure only when its public URL is https', () => {
    expect(loadConfig({}).secure).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://events.example.org' }).secure).toBe(true);
  });

  it('gives each partner an organiser mailbox, configurable', () => {
    expect(loadConfig({}).organiserEmails).toEqual({ techuk: 'info@techuk.org', lga: 'info@local.gov.uk' });
    expect(loadConfig({ ORGANISER_EMAIL_LGA: 'events@lga.example' }).organiserEmails['lga']).toBe('events@lga.example');
    expect(configurationErrorOf({ ORGANISER_EMAIL_TECHUK: 'not-an-email' }).variable).toBe('ORGANISER_EMAIL_TECHUK');
  });

  it('times feedback mail from the end of the event: a reminder after 3 days, the follow-up after 91', () => {
    expect(loadConfig({}).feedback).toEqual({ reminderDays: 3, followUpDays: 91 });
    expect(loadConfig({ FEEDBACK_REMINDER_DAYS: '5', FOLLOW_UP_DAYS: '180' }).feedback).toEqual({
      reminderDays: 5,
      followUpDays: 180,
    });
    expect(configurationErrorOf({ FEEDBACK_REMINDER_DAYS: '30' }).message).toBe(
      'Invalid configuration: FEEDBACK_REMINDER_DAYS must be a whole number of days from 1 to 29 (the feedback form closes after 30) (got "30")',
    );
    expect(configurationErrorOf({ FOLLOW_UP_DAYS: 'soon' }).variable).toBe('FOLLOW_UP_DAYS');
  });

  it('refuses a PUBLIC_URL without a scheme', () => {
    expect(configurationErrorOf({ PUBLIC_URL: 'events.example.org' }).variable).toBe('PUBLIC_URL');
  });
});

import { plainToInstance, Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';
import { PARTNER_ORGANISATIONS, PASSWORD_MIN_LENGTH } from '@epm/shared/contracts';
import { isAbsolute, resolve } from 'node:path';

/** Thrown when an environment variable has a value the product cannot run with. */
export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigurationError';
  }
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  '1': true,
  yes: true,
  false: false,
  '0': false,
  no: false,
};

/** The raw environment, as strings; validated before anything else starts. */
class EnvironmentVariables {
  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 0 to 65535' })
  @Min(0, { message: 'must be a whole number from 0 to 65535' })
  @Max(65535, { message: 'must be a whole number from 0 to 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  SQLITE_PATH?: string;

  /** A read replica of DATABASE_URL for the reports (docs/scaling.md). */
  @IsOptional()
  @IsString()
  REPORTS_DATABASE_URL?: string;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 2 to 200' })
  // Two at least: the migration lock holds one connection while migrations run on another.
  @Min(2, { message: 'must be a whole number from 2 to 200' })
  @Max(200, { message: 'must be a whole number from 2 to 200' })
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be an http(s) URL' },
  )
  PUBLIC_URL?: string;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'], { message: 'must be one of error, warn, log, debug, verbose' })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'must be json or pretty' })
  LOG_FORMAT?: string;

  @IsOptional()
  @IsString()
  WEB_ROOT?: string;

  @IsOptional()
  @IsIn(Object.keys(BOOLEAN_WORDS), { message: 'must be true or false' })
  DEMO_DATA?: string;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of minutes from 1 to 1440' })
  @Min(1, { message: 'must be a whole number of minutes from 1 to 1440' })
  @Max(1440, { message: 'must be a whole number of minutes from 1 to 1440' })
  SESSION_IDLE_MINUTES?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of hours from 1 to 168' })
  @Min(1, { message: 'must be a whole number of hours from 1 to 168' })
  @Max(168, { message: 'must be a whole number of hours from 1 to 168' })
  SESSION_ABSOLUTE_HOURS?: number;

  @IsOptional()
  @IsIn(Object.keys(BOOLEAN_WORDS), { message: 'must be true or false' })
  REQUIRE_MFA_FOR_ADMINS?: string;

  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ORGANISER_EMAIL_TECHUK?: string;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ORGANISER_EMAIL_LGA?: string;

  @IsOptional()
  @IsUrl(
    { require_tld: false, protocols: ['smtp', 'smtps'], require_protocol: true },
    { message: 'must be an smtp:// or smtps:// URL, like smtp://user:password@mail.example.org:587' },
  )
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'must be a sender, like "Partnership events <events@example.org>"' })
  MAIL_FROM?: string;

  @IsOptional()
  @IsString()
  OUTBOX_DIR?: string;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of milliseconds from 0 (off) to 600000' })
  @Min(0, { message: 'must be a whole number of milliseconds from 0 (off) to 600000' })
  @Max(600_000, { message: 'must be a whole number of milliseconds from 0 (off) to 600000' })
  OUTBOX_POLL_MS?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 1 to 50' })
  @Min(1, { message: 'must be a whole number from 1 to 50' })
  @Max(50, { message: 'must be a whole number from 1 to 50' })
  OUTBOX_MAX_ATTEMPTS?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of milliseconds from 10 to 3600000' })
  @Min(10, { message: 'must be a whole number of milliseconds from 10 to 3600000' })
  @Max(3_600_000, { message: 'must be a whole number of milliseconds from 10 to 3600000' })
  OUTBOX_RETRY_MS?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of hours from 1 to 168' })
  @Min(1, { message: 'must be a whole number of hours from 1 to 168' })
  @Max(168, { message: 'must be a whole number of hours from 1 to 168' })
  REMINDER_HOURS?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of days from 1 to 29 (the feedback form closes after 30)' })
  @Min(1, { message: 'must be a whole number of days from 1 to 29 (the feedback form closes after 30)' })
  @Max(29, { message: 'must be a whole number of days from 1 to 29 (the feedback form closes after 30)' })
  FEEDBACK_REMINDER_DAYS?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of days from 14 to 365' })
  @Min(14, { message: 'must be a whole number of days from 14 to 365' })
  @Max(365, { message: 'must be a whole number of days from 14 to 365' })
  FOLLOW_UP_DAYS?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 1 to 100' })
  @Min(1, { message: 'must be a whole number from 1 to 100' })
  @Max(100, { message: 'must be a whole number from 1 to 100' })
  REPORTS_SMALL_COUNT?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number of milliseconds from 0 to 60000' })
  @Min(0, { message: 'must be a whole number of milliseconds from 0 to 60000' })
  @Max(60_000, { message: 'must be a whole number of milliseconds from 0 to 60000' })
  PUBLIC_CACHE_MS?: number;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'must be a whole number from 1 to 500' })
  @Min(1, { message: 'must be a whole number from 1 to 500' })
  @Max(500, { message: 'must be a whole number from 1 to 500' })
  REGISTRATION_BATCH_SIZE?: number;
}

/** Outgoing mail: where it goes and how the outbox dispatcher behaves. */
export interface MailConfig {
  /** SMTP server; without it messages are written as .eml files to `outboxDir`. */
  smtpUrl: string | undefined;
  from: string;
  outboxDir: string;
  /** How often the dispatcher and the reminder scheduler look for work; 0 turns them off (tests drive them). */
  pollMs: number;
  maxAttempts: number;
  /** First retry delay; each further retry waits twice as long, up to an hour. */
  retryMs: number;
  /** Claims on messages being sent expire after this, so a crashed process's messages are picked up. */
  leaseMs: number;
  reminderHours: number;
}

/** When feedback mail goes, counted from the end of the event (see the feedback domain). */
export interface FeedbackConfig {
  /** Attendees who have not answered get one reminder this many days after the request. */
  reminderDays: number;
  /** The follow-up survey ("did you act on it?") goes to consenting attendees this many days after. */
  followUpDays: number;
}

/** The public enquiries mailbox of each partner: the ORGANIZER of its events' calendar entries. */
const DEFAULT_ORGANISER_EMAILS: Record<string, string> = { techuk: 'info@techuk.org', lga: 'info@local.gov.uk' };

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'mysql';
      url: string;
      host: string;
      port: number;
      database: string;
      /** Connections this process may hold; every process behind a load balancer holds its own. */
      poolSize: number;
    };

export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

/**
 * The validated configuration. Injected by class: `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig {
  constructor(
    readonly port: number,
    readonly host: string | undefined,
    readonly publicUrl: string,
    readonly database: DatabaseConfig,
    readonly logLevel: LogLevel,
    readonly logFormat: 'json' | 'pretty',
    /** Folder holding the built web app, served from the API's origin; undefined when not built. */
    readonly webRoot: string | undefined,
    /** Seed believable demo data (and documented demo accounts) into an empty database. */
    readonly demoData: boolean,
    /** The first administrator, created when there are no accounts yet. */
    readonly bootstrapAdmin: { email: string; password: string } | undefined,
    readonly session: { idleMinutes: number; absoluteHours: number },
    readonly requireMfaForAdmins: boolean,
    /** Express `trust proxy`: how to find the client address behind a load balancer. */
    readonly trustProxy: boolean | number | string,
    /** Mailbox per partner organisation code, for calendar ORGANIZER and replies. */
    readonly organiserEmails: Readonly<Record<string, string>>,
    readonly mail: MailConfig,
    readonly feedback: FeedbackConfig,
    /** In exports for publication, counts of people below this are shown as "fewer than N". */
    readonly reportsSmallCount = 5,
    /** How long a public read (the programme list, an event page) may be served from memory; 0: never. */
    readonly publicCacheMs = 1000,
    /**
     * Registrations for one event that arrive together are taken in one transaction, up to this many;
     * 1: each in its own transaction.
     */
    readonly registrationBatchSize = 100,
    /**
     * Where the reports read (REPORTS_DATABASE_URL): a read replica of `database`, or undefined to read the
     * primary. Nothing that changes data, and no capacity check, ever reads it.
     */
    readonly reportsDatabase: DatabaseConfig | undefined = undefined,
  ) {}

  /** Cookies get Secure and the __Host- prefix, and HSTS is sent, when people reach the service over HTTPS. */
  get secure(): boolean {
    return this.publicUrl.startsWith('https://');
  }
}

/**
 * Parses a mysql:// URL without letting its password reach an error message.
 * mysql2 accepts the same URL, so the original string is what the driver gets.
 */
function parseDatabaseUrl(raw: string, poolSize: number, variable = 'DATABASE_URL'): DatabaseConfig {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(variable, 'is not a URL; expected mysql://user:password@host:3306/database');
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mysql2:') {
    throw new ConfigurationError(
      variable,
      `has scheme "${url.protocol.replace(/:$/, '')}"; expected mysql://user:password@host:3306/database`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !/^[A-Za-z0-9_$]{1,64}$/.test(database)) {
    throw new ConfigurationError(variable, 'must name a host and a database: mysql://user:password@host:3306/database');
  }
  return { kind: 'mysql', url: raw, host: url.hostname, port: Number(url.port || 3306), database, poolSize };
}

/** Describes a DATABASE_URL for messages and logs, without its password. */
export function describeDatabase(database: DatabaseConfig): string {
  return database.kind === 'sqlite'
    ? `SQLite file ${database.path}`
    : `MySQL database "${database.database}" on ${database.host}:${database.port}`;
}

/**
 * Reads and validates the environment. Throws a ConfigurationError naming the first bad variable.
 * `defaultWebRoot` is where the built web app sits next to the API bundle.
 */
export function loadConfig(env: NodeJS.ProcessEnv, defaultWebRoot?: string): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, emptyToUndefined(env), { excludeExtraneousValues: false });
  const [firstError] = validateSync(raw, { whitelist: true, forbidUnknownValues: false });
  if (firstError) {
    const message = Object.values(firstError.constraints ?? {})[0] ?? 'is not valid';
    const shown = JSON.stringify(String(env[firstError.property] ?? ''));
    // Secrets are named but never repeated.
    const got = /PASSWORD|SECRET|KEY|SMTP_URL/.test(firstError.property) ? '' : ` (got ${shown})`;
    throw new ConfigurationError(firstError.property, `${message.replace(`${firstError.property} `, '')}${got}`);
  }
  const port = raw.PORT ?? 3000;
  const database: DatabaseConfig = raw.DATABASE_URL
    ? parseDatabaseUrl(raw.DATABASE_URL, raw.DATABASE_POOL_SIZE ?? 20)
    : { kind: 'sqlite', path: absolute(raw.SQLITE_PATH ?? 'var/epm.sqlite') };
  if (raw.REPORTS_DATABASE_URL && database.kind !== 'mysql') {
    throw new ConfigurationError(
      'REPORTS_DATABASE_URL',
      'needs DATABASE_URL too: reports can be read from a replica of a MySQL database, not of the embedded SQLite file',
    );
  }
  const reportsDatabase = raw.REPORTS_DATABASE_URL
    ? parseDatabaseUrl(raw.REPORTS_DATABASE_URL, raw.DATABASE_POOL_SIZE ?? 20, 'REPORTS_DATABASE_URL')
    : undefined;
  const webRoot = raw.WEB_ROOT ? absolute(raw.WEB_ROOT) : defaultWebRoot;
  if (!!raw.ADMIN_EMAIL !== !!raw.ADMIN_PASSWORD) {
    throw new ConfigurationError(
      raw.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL',
      'must be set together with the other (both or neither)',
    );
  }
  return new AppConfig(
    port,
    raw.HOST,
    (raw.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    database,
    (raw.LOG_LEVEL as LogLevel | undefined) ?? 'log',
    (raw.LOG_FORMAT as 'json' | 'pretty' | undefined) ?? 'json',
    webRoot,
    BOOLEAN_WORDS[raw.DEMO_DATA ?? 'false'] ?? false,
    raw.ADMIN_EMAIL && raw.ADMIN_PASSWORD ? { email: raw.ADMIN_EMAIL, password: raw.ADMIN_PASSWORD } : undefined,
    { idleMinutes: raw.SESSION_IDLE_MINUTES ?? 30, absoluteHours: raw.SESSION_ABSOLUTE_HOURS ?? 12 },
    BOOLEAN_WORDS[raw.REQUIRE_MFA_FOR_ADMINS ?? 'false'] ?? false,
    parseTrustProxy(raw.TRUST_PROXY),
    Object.fromEntries(
      PARTNER_ORGANISATIONS.map(({ code }) => [
        code,
        (raw as unknown as Record<string, string | undefined>)[`ORGANISER_EMAIL_${code.toUpperCase()}`] ??
          DEFAULT_ORGANISER_EMAILS[code] ??
          '',
      ]),
    ),
    {
      smtpUrl: raw.SMTP_URL,
      from:
        raw.MAIL_FROM ??
        `LGA and techUK partnership events <events@${new URL(raw.PUBLIC_URL ?? 'http://localhost').hostname}>`,
      outboxDir: absolute(raw.OUTBOX_DIR ?? 'var/outbox'),
      pollMs: raw.OUTBOX_POLL_MS ?? 5000,
      maxAttempts: raw.OUTBOX_MAX_ATTEMPTS ?? 8,
      retryMs: raw.OUTBOX_RETRY_MS ?? 30_000,
      leaseMs: 120_000,
      reminderHours: raw.REMINDER_HOURS ?? 24,
    },
    { reminderDays: raw.FEEDBACK_REMINDER_DAYS ?? 3, followUpDays: raw.FOLLOW_UP_DAYS ?? 91 },
    raw.REPORTS_SMALL_COUNT ?? 5,
    raw.PUBLIC_CACHE_MS ?? 1000,
    raw.REGISTRATION_BATCH_SIZE ?? 100,
    reportsDatabase,
  );
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value) return false;
  if (value in BOOLEAN_WORDS) return BOOLEAN_WORDS[value] ?? false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}

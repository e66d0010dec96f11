import { ConsoleLogger, LoggerService } from '@nestjs/common';
import type { AppConfig, LogLevel } from '../config/app-config';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's logger in JSON-lines form (one object per line) or human-readable for local work. */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): LoggerService {
  const logLevels = LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
  return config.logFormat === 'json'
    ? new ConsoleLogger({ json: true, colors: false, logLevels })
    : new ConsoleLogger({ logLevels });
}

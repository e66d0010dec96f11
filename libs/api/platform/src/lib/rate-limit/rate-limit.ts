import {
  type CanActivate,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters in the database, so every API process behind a load
 * balancer shares them. A counter is one row, incremented by one atomic upsert.
 */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 160 })
  key!: string;

  /** Start of the current window, in epoch seconds. */
  @Column({ name: 'window_start', type: 'bigint' })
  windowStart!: string;

  @Column({ type: 'int' })
  count!: number;
}

export interface RateLimitState {
  count: number;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one more event against `key` and returns the count in the current window. */
  async hit(key: string, windowSeconds: number): Promise<RateLimitState> {
    const now = Math.floor(Date.now() / 1000);
    const expired = now - windowSeconds;
    if (this.dataSource.options.type === 'mysql') {
      // Assignments run left to right: count reads window_start before it changes.
      await this.dataSource.query(
        `INSERT INTO rate_limits (\`key\`, window_start, count) VALUES (?, ?, 1)
         ON DUPLICATE KEY UPDATE count = IF(window_start <= ?, 1, count + 1),
                                 window_start = IF(window_start <= ?, VALUES(window_start), window_start)`,
        [key, now, expired, expired],
      );
    } else {
      await this.dataSource.query(
        `INSERT INTO rate_limits ("key", window_start, count) VALUES (?, ?, 1)
         ON CONFLICT("key") DO UPDATE SET
           count = CASE WHEN window_start <= ? THEN 1 ELSE count + 1 END,
           window_start = CASE WHEN window_start <= ? THEN excluded.window_start ELSE window_start END`,
        [key, now, expired, expired],
      );
    }
    return this.peek(key, windowSeconds, now);
  }

  /** The count in the current window without adding to it. */
  async peek(key: string, windowSeconds: number, now = Math.floor(Date.now() / 1000)): Promise<RateLimitState> {
    const row = await this.dataSource.getRepository(RateLimitEntity).findOneBy({ key });
    const start = row ? Number(row.windowStart) : now;
    if (!row || start <= now - windowSeconds) return { count: 0, retryAfterSeconds: 0 };
    return { count: row.count, retryAfterSeconds: Math.max(1, start + windowSeconds - now) };
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.getRepository(RateLimitEntity).delete({ key });
  }
}

export interface RateLimitPolicy {
  /** Names the bucket; the client address is added. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export const RATE_LIMIT_POLICY = 'epm:rate-limit';

/** Limits how often one client address may call the route. For every public write endpoint. */
export const RateLimit = (policy: RateLimitPolicy) => SetMetadata(RATE_LIMIT_POLICY, policy);

export class TooManyRequestsException extends HttpException {
  constructor(retryAfterSeconds: number, message = 'Too many requests. Try again later.') {
    super({ message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const state = await this.limits.hit(`${policy.name}:ip:${request.ip ?? 'unknown'}`, policy.windowSeconds);
    if (state.count > policy.limit) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(state.retryAfterSeconds));
      throw new TooManyRequestsException(state.retryAfterSeconds);
    }
    return true;
  }
}

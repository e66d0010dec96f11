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
import { Column, DataSource, Entity, In, PrimaryColumn } from 'typeorm';
import { KeyedBatcher, type Settled, settledError, settledValue } from '../batching/keyed-batcher';

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

interface Hit {
  key: string;
  windowSeconds: number;
}

@Injectable()
export class RateLimitService {
  /**
   * Hits that arrive while earlier ones are being counted are counted together: one upsert and one read
   * for the lot, not two statements per request (a burst of registrations is a burst of hits).
   */
  private readonly hits = new KeyedBatcher<'hits', Hit, RateLimitState>(
    (_, hits) => this.hitAll(hits),
    () => 200,
  );

  constructor(private readonly dataSource: DataSource) {}

  /** Counts one more event against `key` and returns the count in the current window. */
  hit(key: string, windowSeconds: number): Promise<RateLimitState> {
    return this.hits.submit('hits', { key, windowSeconds });
  }

  private async hitAll(hits: Hit[]): Promise<Settled<RateLimitState>[]> {
    const now = Math.floor(Date.now() / 1000);
    // One row per key (a key names its policy, so it has one window), with how many hits it takes.
    const rows = new Map<string, { key: string; windowSeconds: number; count: number }>();
    for (const { key, windowSeconds } of hits) {
      const row = rows.get(key) ?? { key, windowSeconds, count: 0 };
      row.count += 1;
      rows.set(key, row);
    }
    // One statement per window length (in practice one): the window decides when a count has expired.
    for (const windowSeconds of new Set(hits.map((hit) => hit.windowSeconds))) {
      const bySize = [...rows.values()].filter((row) => row.windowSeconds === windowSeconds);
      const expired = now - windowSeconds;
      const values = bySize.map(() => '(?, ?, ?)').join(', ');
      const parameters = bySize.flatMap((row) => [row.key, now, row.count]);
      if (this.dataSource.options.type === 'mysql') {
        // Assignments run left to right: count reads window_start before it changes.
        await this.dataSource.query(
          `INSERT INTO rate_limits (\`key\`, window_start, count) VALUES ${values}
           ON DUPLICATE KEY UPDATE count = IF(window_start <= ?, VALUES(count), count + VALUES(count)),
                                   window_start = IF(window_start <= ?, VALUES(window_start), window_start)`,
          [...parameters, expired, expired],
        );
      } else {
        await this.dataSource.query(
          `INSERT INTO rate_limits ("key", window_start, count) VALUES ${values}
           ON CONFLICT("key") DO UPDATE SET
             count = CASE WHEN window_start <= ? THEN excluded.count ELSE count + excluded.count END,
             window_start = CASE WHEN window_start <= ? THEN excluded.window_start ELSE window_start END`,
          [...parameters, expired, expired],
        );
      }
    }
    const stored = new Map(
      (
        await this.dataSource
          .getRepository(RateLimitEntity)
          .findBy({ key: In([...new Set(hits.map(({ key }) => key))]) })
      ).map((row) => [row.key, row]),
    );
    // The hits on one key share its final count: the first of them gets the count before the others.
    const later = new Map<string, number>([...rows.values()].map((row) => [row.key, row.count]));
    return hits.map(({ key, windowSeconds }) => {
      const remaining = (later.get(key) ?? 1) - 1;
      later.set(key, remaining);
      const row = stored.get(key);
      if (!row) return settledError(new Error('A rate limit counter just written was not found'));
      const start = Number(row.windowStart);
      return settledValue({
        count: row.count - remaining,
        retryAfterSeconds: Math.max(1, start + windowSeconds - now),
      });
    });
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

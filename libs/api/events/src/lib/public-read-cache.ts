import { Injectable } from '@nestjs/common';
import { AppConfig } from '@epm/api/platform';

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

const MAX_ENTRIES = 500;

/**
 * A short-lived cache of the public programme's reads (the list, an event
 * page), so an announcement's crowd is served from memory rather than each
 * visitor rebuilding the same page from the database (docs/performance.md).
 *
 * Correctness: this process clears it whenever it changes an event; a change
 * made by another process (or a read that raced a change) shows within
 * `PUBLIC_CACHE_MS` at most. Places left are never cached: the availability
 * endpoint always reads the database. Simultaneous misses share one load.
 */
@Injectable()
export class PublicReadCache {
  private readonly entries = new Map<string, Entry>();
  /** The time, replaceable in tests. */
  clock: () => number = () => Date.now();

  constructor(private readonly config: AppConfig) {}

  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const ttl = this.config.publicCacheMs;
    if (ttl <= 0) return load();
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    const value = load();
    const entry = { expires: now + ttl, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Failures (a 404, a database error) are not kept.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

import type { AppConfig } from '@epm/api/platform';
import { PublicReadCache } from './public-read-cache';

function aCache(publicCacheMs = 1000) {
  const cache = new PublicReadCache({ publicCacheMs } as AppConfig);
  let now = 0;
  cache.clock = () => now;
  return { cache, advance: (ms: number) => (now += ms) };
}

describe('PublicReadCache', () => {
  it('serves a read from memory until it expires, then loads again', async () => {
    const { cache, advance } = aCache(1000);
    let loads = 0;
    const load = async () => ++loads;
    await expect(cache.read('list', load)).resolves.toBe(1);
    advance(999);
    await expect(cache.read('list', load)).resolves.toBe(1);
    advance(1);
    await expect(cache.read('list', load)).resolves.toBe(2);
  });

  it('lets simultaneous misses share one load', async () => {
    const { cache } = aCache();
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.read('event:1', load)));
    expect(answers).toEqual(Array(20).fill(1));
    expect(loads).toBe(1);
  });

  it('keeps no failure: the next read tries again', async () => {
    const { cache } = aCache();
    await expect(cache.read('event:9', () => Promise.reject(new Error('No such event')))).rejects.toThrow();
    await expect(cache.read('event:9', async () => 'found')).resolves.toBe('found');
  });

  it('forgets everything when cleared, and caches nothing when turned off', async () => {
    const { cache } = aCache();
    await cache.read('list', async () => 'old');
    cache.clear();
    await expect(cache.read('list', async () => 'new')).resolves.toBe('new');
    const off = aCache(0).cache;
    await off.read('list', async () => 'old');
    await expect(off.read('list', async () => 'new')).resolves.toBe('new');
  });

  it('holds at most 500 reads, dropping the oldest', async () => {
    const { cache } = aCache();
    for (let n = 0; n < 501; n += 1) await cache.read(`q${n}`, async () => n);
    await expect(cache.read('q0', async () => 'reloaded')).resolves.toBe('reloaded');
    await expect(cache.read('q500', async () => 'reloaded')).resolves.toBe(500);
  });
});

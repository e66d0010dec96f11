import { KeyedBatcher, type Settled, settledError, settledValue } from './keyed-batcher';

/** A batch runner whose batches finish only when the test says so. */
function controlledRunner() {
  const batches: { key: string; items: number[]; finish: () => void }[] = [];
  const run = (key: string, items: number[]) =>
    new Promise<Settled<string>[]>((resolve) => {
      batches.push({
        key,
        items,
        finish: () =>
          resolve(
            items.map((item) => (item < 0 ? settledError(new Error(`bad ${item}`)) : settledValue(`${key}:${item}`))),
          ),
      });
    });
  return { batches, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedBatcher', () => {
  it('runs what is submitted together at once, then everything that arrived meanwhile as one batch', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new KeyedBatcher(run, () => 100);
    const first = batcher.submit('event-1', 1);
    await tick();
    expect(batches.map((batch) => batch.items)).toEqual([[1]]);
    const later = [2, 3, 4].map((item) => batcher.submit('event-1', item));
    await tick();
    expect(batches).toHaveLength(1);
    batches[0]?.finish();
    await expect(first).resolves.toBe('event-1:1');
    await tick();
    expect(batches.map((batch) => batch.items)).toEqual([[1], [2, 3, 4]]);
    batches[1]?.finish();
    await expect(Promise.all(later)).resolves.toEqual(['event-1:2', 'event-1:3', 'event-1:4']);
  });

  it('keeps keys apart: another key runs alongside, not behind', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new KeyedBatcher(run, () => 100);
    void batcher.submit('event-1', 1);
    void batcher.submit('event-2', 1);
    await tick();
    expect(batches.map((batch) => batch.key)).toEqual(['event-1', 'event-2']);
  });

  it('takes at most maxBatch items at a time', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new KeyedBatcher(run, () => 2);
    const all = [1, 2, 3, 4, 5].map((item) => batcher.submit('k', item));
    for (let round = 0; round < 3; round++) {
      await tick();
      batches[round]?.finish();
    }
    await Promise.all(all);
    expect(batches.map((batch) => batch.items)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('runs up to `concurrency` batches of one key at once; the rest wait for one to finish', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new KeyedBatcher(run, () => 2, 2);
    const all = [1, 2, 3, 4, 5, 6].map((item) => batcher.submit('k', item));
    await tick();
    expect(batches.map((batch) => batch.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    batches[1]?.finish();
    await tick();
    expect(batches.map((batch) => batch.items)).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    batches[0]?.finish();
    batches[2]?.finish();
    await expect(Promise.all(all)).resolves.toEqual(['k:1', 'k:2', 'k:3', 'k:4', 'k:5', 'k:6']);
  });

  it('settles each item on its own: one failure does not fail the rest', async () => {
    const { batches, run } = controlledRunner();
    const batcher = new KeyedBatcher(run, () => 100);
    const good = batcher.submit('k', 2);
    const bad = batcher.submit('k', -3);
    await tick();
    expect(batches.map((batch) => batch.items)).toEqual([[2, -3]]);
    batches[0]?.finish();
    await expect(good).resolves.toBe('k:2');
    await expect(bad).rejects.toThrow('bad -3');
  });

  it('runs a batch that throws again one item at a time, so only the item at fault fails', async () => {
    const seen: number[][] = [];
    const batcher = new KeyedBatcher<string, number, number>(
      async (_key, items) => {
        seen.push(items);
        if (items.includes(13)) throw new Error('unlucky');
        return items.map((item) => settledValue(item * 2));
      },
      () => 100,
    );
    const results = await Promise.allSettled([12, 13, 14].map((item) => batcher.submit('k', item)));
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : String(result.reason)))).toEqual([
      24,
      'Error: unlucky',
      28,
    ]);
    expect(seen).toEqual([[12, 13, 14], [12], [13], [14]]);
  });

  it('starts afresh once a key has drained', async () => {
    const seen: number[][] = [];
    const batcher = new KeyedBatcher<string, number, number>(
      async (_key, items) => {
        seen.push(items);
        return items.map((item) => settledValue(item));
      },
      () => 100,
    );
    await batcher.submit('k', 1);
    await batcher.submit('k', 2);
    expect(seen).toEqual([[1], [2]]);
  });
});

/** One item's result in a batch: batches settle each item on its own. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export const settledValue = <R>(value: R): Settled<R> => ({ ok: true, value });
export const settledError = <R>(error: unknown): Settled<R> => ({ ok: false, error });

interface Waiting<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs work for the same key in batches, one batch at a time per key ("smart batching"). A key with
 * nothing running runs its first item at once, so nothing waits when the service is quiet; items that
 * arrive while a batch runs queue, and the next batch takes them all (up to `maxBatch`). Under a burst
 * the fixed cost of a batch (a transaction, a lock, a round trip) is shared by everyone who arrived
 * during the one before.
 *
 * `run` settles each item on its own, in order. If it throws instead, the batch is run again one item at
 * a time, so one bad item cannot fail the others.
 */
export class KeyedBatcher<K, I, R> {
  private readonly queues = new Map<K, Waiting<I, R>[]>();

  constructor(
    private readonly run: (key: K, items: I[]) => Promise<Settled<R>[]>,
    private readonly maxBatch: () => number,
  ) {}

  submit(key: K, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiting = { item, resolve, reject };
      const queue = this.queues.get(key);
      if (queue) {
        queue.push(waiting);
        return;
      }
      const started = [waiting];
      this.queues.set(key, started);
      void this.drain(key, started);
    });
  }

  private async drain(key: K, queue: Waiting<I, R>[]): Promise<void> {
    while (queue.length) {
      await this.runBatch(key, queue.splice(0, Math.max(1, this.maxBatch())));
    }
    this.queues.delete(key);
  }

  private async runBatch(key: K, batch: Waiting<I, R>[]): Promise<void> {
    let results: Settled<R>[];
    try {
      results = await this.run(
        key,
        batch.map((waiting) => waiting.item),
      );
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      for (const waiting of batch) await this.runBatch(key, [waiting]);
      return;
    }
    batch.forEach((waiting, index) => {
      const result = results[index];
      if (!result) waiting.reject(new Error('The batch settled fewer items than it was given'));
      else if (result.ok) waiting.resolve(result.value);
      else waiting.reject(result.error);
    });
  }
}

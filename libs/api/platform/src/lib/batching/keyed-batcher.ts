/** One item's result in a batch: batches settle each item on its own. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export const settledValue = <R>(value: R): Settled<R> => ({ ok: true, value });
export const settledError = <R>(error: unknown): Settled<R> => ({ ok: false, error });

interface Waiting<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

interface Lane<I, R> {
  queue: Waiting<I, R>[];
  running: number;
  scheduled: boolean;
}

/**
 * Runs work for the same key in batches ("smart batching"). Items submitted in the same tick start
 * together at once, so nothing waits when the service is quiet; items that arrive while `concurrency`
 * batches of their key are running queue, and the next batch takes them all (up to `maxBatch`). Under a
 * burst the fixed cost of a batch (a transaction, a lock, a round trip) is shared by everyone who arrived
 * during the one before.
 *
 * `run` settles each item on its own, in order. If it throws instead, the batch is run again one item at
 * a time, so one bad item cannot fail the others.
 */
export class KeyedBatcher<K, I, R> {
  private readonly lanes = new Map<K, Lane<I, R>>();

  constructor(
    private readonly run: (key: K, items: I[]) => Promise<Settled<R>[]>,
    private readonly maxBatch: () => number,
    private readonly concurrency = 1,
  ) {}

  submit(key: K, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) {
        lane = { queue: [], running: 0, scheduled: false };
        this.lanes.set(key, lane);
      }
      lane.queue.push({ item, resolve, reject });
      if (lane.scheduled || lane.running >= this.concurrency) return;
      lane.scheduled = true;
      const scheduled = lane;
      queueMicrotask(() => {
        scheduled.scheduled = false;
        this.start(key, scheduled);
      });
    });
  }

  private start(key: K, lane: Lane<I, R>): void {
    while (lane.running < this.concurrency && lane.queue.length) {
      const batch = lane.queue.splice(0, Math.max(1, this.maxBatch()));
      lane.running += 1;
      void this.runBatch(key, batch).finally(() => {
        lane.running -= 1;
        if (lane.queue.length) this.start(key, lane);
        else if (!lane.running && !lane.scheduled) this.lanes.delete(key);
      });
    }
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

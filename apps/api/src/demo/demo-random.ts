/**
 * A small seeded random number generator (mulberry32) and the draws the demo
 * history needs, so every fresh demo, and its test, gets the same history.
 * Never Math.random: a demo that changes on each start cannot be tested or
 * shown twice the same way.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('Nothing to pick from');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the keys, with the given weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.next() * total;
    for (const [choice, weight] of choices) {
      draw -= weight;
      if (draw < 0) return choice;
    }
    return choices[choices.length - 1]?.[0] as T;
  }

  /** One of the table's keys, each as likely as its number says (the numbers need not add up to 1). */
  odds<K extends string>(table: Readonly<Record<K, number>>): K {
    return this.weighted(Object.entries(table) as [K, number][]);
  }

  /** Roughly normal, mean 0 and standard deviation 1 (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /**
   * `count` different items, each more likely the heavier its weight
   * (Efraimidis–Spirakis), in the order drawn.
   */
  sample<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    return items
      .map((item) => ({ item, key: Math.pow(this.next(), 1 / Math.max(weight(item), 1e-9)) }))
      .sort((a, b) => b.key - a.key)
      .slice(0, count)
      .map((entry) => entry.item);
  }
}

import autocannon from 'autocannon';
import { latencySummary, round } from './stats.mjs';

/**
 * Runs autocannon against one or more API processes at once (connections
 * and requests split evenly between them) and records every response's
 * latency, so percentiles are exact rather than autocannon's buckets.
 */
export async function load({ baseUrls, connections, amount, duration, requests }) {
  const latencies = [];
  const statuses = new Map();
  let errors = 0;
  let lastResponseAt = 0;
  const started = performance.now();
  const runs = baseUrls.map((baseUrl, index) => {
    const share = (total) => Math.floor(total / baseUrls.length) + (index < total % baseUrls.length ? 1 : 0);
    const instance = autocannon({
      url: baseUrl,
      connections: share(connections),
      ...(amount ? { amount: share(amount) } : { duration }),
      requests,
      timeout: 30,
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      lastResponseAt = performance.now();
      latencies.push(responseTime);
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
    instance.on('reqError', () => (errors += 1));
    return instance;
  });
  const results = await Promise.all(runs);
  // autocannon notices it is done only at its next one-second tick: a fixed amount of requests is timed to
  // its last response, or 2,000 requests in 1.1 s would read as 2,000 in 2 s.
  const seconds = ((amount ? lastResponseAt : performance.now()) - started) / 1000;
  const ok = [...statuses].filter(([code]) => code >= 200 && code < 300).reduce((sum, [, count]) => sum + count, 0);
  const failed = latencies.length - ok + errors + results.reduce((sum, result) => sum + result.timeouts, 0);
  return {
    requests: latencies.length,
    seconds: round(seconds, 2),
    throughput: round(ok / seconds, 1),
    latencyMs: latencySummary(latencies),
    statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    errors: failed,
  };
}

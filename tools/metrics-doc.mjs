#!/usr/bin/env node
/**
 * Writes the definitions of docs/metrics.md from their one source,
 * libs/shared/contracts/src/lib/metric-definitions.ts (Node 24 runs its
 * TypeScript as it is). `--check` fails instead when the doc is out of date;
 * the contracts' tests check the same.
 *
 *   npm run docs:metrics
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { withMetricDefinitions } = await import(join(root, 'libs/shared/contracts/src/lib/metric-definitions.ts'));
const path = join(root, 'docs/metrics.md');
const current = readFileSync(path, 'utf8');
const next = withMetricDefinitions(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    process.stderr.write('docs/metrics.md is out of date: run npm run docs:metrics\n');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(path, next);
  process.stdout.write('docs/metrics.md: definitions written\n');
} else {
  process.stdout.write('docs/metrics.md: up to date\n');
}

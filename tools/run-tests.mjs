#!/usr/bin/env node
/**
 * Runs a test suite through Nx and ends with one summary line that CI reads:
 * "Tests: N passed, N failed, N skipped".
 *
 *   node tools/run-tests.mjs test      unit, integration and API tests (SQLite and MySQL)
 *   node tools/run-tests.mjs e2e       browser tests against the production build
 *   node tools/run-tests.mjs summary   the summary of every suite run since the last clean
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsRoot = join(root, 'tmp/test-results');
const suites = {
  test: ['run-many', '-t', 'test', '--skip-nx-cache', '--output-style=stream'],
  e2e: ['run', 'web-e2e:e2e', '--skip-nx-cache', '--output-style=stream'],
};

function summarise(dirs) {
  const totals = { passed: 0, failed: 0, skipped: 0, runs: 0 };
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      totals.passed += result.passed;
      totals.failed += result.failed;
      totals.skipped += result.skipped;
      totals.runs += 1;
    }
  }
  return totals;
}

function printSummary(totals) {
  process.stdout.write(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
}

const suite = process.argv[2] ?? 'test';
if (suite === 'summary') {
  const dirs = existsSync(resultsRoot) ? readdirSync(resultsRoot).map((name) => join(resultsRoot, name)) : [];
  const totals = summarise(dirs);
  printSummary(totals);
  process.exit(totals.failed > 0 || totals.runs === 0 ? 1 : 0);
}
if (!suites[suite]) {
  process.stderr.write(`Unknown suite "${suite}": use test, e2e or summary\n`);
  process.exit(2);
}

const resultsDir = join(resultsRoot, suite);
rmSync(resultsDir, { recursive: true, force: true });
const nx = spawnSync(join(root, 'node_modules/.bin/nx'), suites[suite], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, EPM_TEST_RESULTS_DIR: resultsDir, NX_NO_CLOUD: 'true' },
});
const totals = summarise([resultsDir]);
printSummary(totals);
// A suite that ran no test at all has not shown anything works.
process.exit(nx.status !== 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);

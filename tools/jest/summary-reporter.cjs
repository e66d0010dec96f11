/**
 * Records each Jest run's counts in tmp/test-results/, so `tools/run-tests.mjs`
 * can end the whole suite with one "Tests: N passed, N failed" line.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.EPM_TEST_RESULTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const name = (this.globalConfig.rootDir || process.cwd()).replace(/[^\w.-]+/g, '_');
    writeFileSync(
      join(dir, `${name}-${process.pid}.json`),
      JSON.stringify({
        rootDir: this.globalConfig.rootDir,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = SummaryReporter;

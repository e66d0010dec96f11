import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS } from './frontend-pages.mjs';

/** The metrics behind the performance score, in the units Lighthouse reports them (ms; CLS unitless). */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

/**
 * Lighthouse (performance and accessibility) on each page, in the system Chromium started by chrome-launcher
 * (nothing is downloaded). `formFactor` is 'mobile' (Lighthouse's default: a mid-range phone on a slow 4G
 * connection, simulated) or 'desktop'. Each page is audited `runs` times (default 3) and the run with the median
 * performance score is kept, as Lighthouse's own guidance suggests for variable scores: its CPU timings are the
 * host's own, multiplied, so other work on the machine moves them. With `reportDir`, each page's full
 * report of that run is written there (lighthouse-<page>-<formFactor>.json) for a closer look.
 */
export async function runLighthouse({ baseUrl, pages, chromePath, formFactor = 'mobile', runs = 3, reportDir }) {
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const results = [];
    for (const page of pages) {
      const attempts = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(
          `${baseUrl}${page.path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        attempts.push({ summary: summarise(result.lhr), lhr: result.lhr });
      }
      // A run Lighthouse could not complete (it says so in runtimeError) is left out of the median.
      const completed = attempts.filter((attempt) => attempt.summary.performance !== null);
      const ranked = (completed.length > 0 ? completed : attempts).sort(
        (a, b) => (a.summary.performance ?? 0) - (b.summary.performance ?? 0),
      );
      const median = ranked[Math.floor(ranked.length / 2)];
      const scores = completed.map((attempt) => attempt.summary.performance);
      if (reportDir) {
        writeFileSync(join(reportDir, `lighthouse-${page.name}-${formFactor}.json`), JSON.stringify(median.lhr));
      }
      results.push({
        name: page.name,
        path: page.path,
        formFactor,
        ...median.summary,
        runs: { requested: runs, completed: completed.length, performanceScores: scores },
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

function summarise(lhr) {
  const score = (category) =>
    lhr.categories[category]?.score === null || lhr.categories[category]?.score === undefined
      ? null
      : Math.round(lhr.categories[category].score * 100);
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? null]),
  );
  // What keeps a score below 100: accessibility audits that failed, and performance opportunities and diagnostics.
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    metrics,
    failingAccessibilityAudits: failing('accessibility'),
    performanceFindings: failing('performance'),
    runtimeError: lhr.runtimeError?.message ?? null,
    // Lighthouse's measure of this machine's speed at the start of the run: lower when other work slows it.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

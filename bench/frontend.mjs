#!/usr/bin/env node
/**
 * Front-end benchmark (issue #8, item 5): from the production build, the JavaScript and CSS each public page
 * loads on a first visit (raw, gzip and brotli sizes, and what the server actually sent), and Lighthouse's
 * performance and accessibility scores for the programme, event and registration pages.
 *
 * Needs the production build (`npx nx run-many -t build -p api web`; add `--stats-json` to the web build for the
 * breakdown by package) and the system Chromium (CHROME_PATH, default /usr/bin/chromium). No network: the pages
 * are served by the production API on 127.0.0.1 with its embedded database and the demo programme.
 *
 *   node bench/frontend.mjs [--no-lighthouse] [--form-factor=mobile|desktop|both] [--runs=N] [--save-reports]
 *
 * prints a table and writes bench/results/frontend.json (and with --save-reports, each page's full Lighthouse
 * report beside it). `runFrontendBench(options)` returns the same object, the printed report in its `summary`,
 * for the main benchmark (bench/run.mjs).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runLighthouse } from './lib/frontend-lighthouse.mjs';
import { loadPages } from './lib/frontend-pages.mjs';
import { FRONTEND_ROOT, startFrontendServer, WEB_ROOT } from './lib/frontend-server.mjs';
import { kB, sizesOfFiles } from './lib/frontend-sizes.mjs';
import { readBuildStats } from './lib/frontend-stats.mjs';

/** Issue #8's front-end targets. kB are 1,000 bytes, as in Angular's budgets. */
export const FRONTEND_TARGETS = {
  initialJsGzipBytes: 150_000,
  accessibility: 100,
  performance: 95,
};

/**
 * @param {object} [options]
 * @param {string} [options.baseUrl] an already running production server; by default one is started and stopped
 * @param {string} [options.chromePath] default CHROME_PATH or /usr/bin/chromium
 * @param {boolean} [options.lighthouse] run Lighthouse (default true)
 * @param {Array<'mobile'|'desktop'>} [options.formFactors] Lighthouse's device and network (default ['mobile'],
 *   its default: a mid-range phone on a slow 4G connection, simulated)
 * @param {number} [options.runs] Lighthouse runs per page and form factor, the median kept (default 3)
 * @param {string} [options.reportDir] where to write each page's full Lighthouse report (default: nowhere)
 * @param {number} [options.eventId] the event for the event and registration pages (default: the first open one)
 * @param {(line: string) => void} [options.log] progress lines (default: none)
 */
export async function runFrontendBench(options = {}) {
  const chromePath = options.chromePath ?? (process.env.CHROME_PATH || '/usr/bin/chromium');
  const log = options.log ?? (() => undefined);
  const loadBefore = loadavg()[0];
  const server = options.baseUrl ? null : await startFrontendServer();
  const baseUrl = options.baseUrl ?? server.baseUrl;
  try {
    const eventId = options.eventId ?? (await openEventId(baseUrl));
    const pages = [
      { name: 'programme', path: '/' },
      { name: 'event', path: `/events/${eventId}` },
      { name: 'registration', path: `/events/${eventId}/register` },
    ];
    log(`Loading ${pages.map((page) => page.path).join(', ')} in ${chromePath}`);
    const loaded = await loadPages({ baseUrl, pages, chromePath });
    const stats = readBuildStats(join(WEB_ROOT, '..', 'stats.json'));

    const results = loaded.map((page) => {
      const ofType = (type) => {
        const files = page.files.filter((file) => file.type === type);
        const sizes = sizesOfFiles(
          WEB_ROOT,
          files.map((file) => file.path),
        );
        return {
          ...sizes,
          files: sizes.files.map((file, index) => ({ ...file, ...pick(files[index], 'encoding', 'transferred') })),
          served: files.reduce((sum, file) => sum + file.transferred, 0),
          servedEncodings: [...new Set(files.map((file) => file.encoding))],
        };
      };
      const js = ofType('js');
      return {
        name: page.name,
        path: page.path,
        heading: page.heading,
        problems: page.problems,
        js,
        css: ofType('css'),
        composition: stats?.bySource(js.files.map((file) => file.path)).slice(0, 12) ?? null,
        lighthouse: {},
      };
    });

    if (options.lighthouse !== false) {
      for (const formFactor of options.formFactors ?? ['mobile']) {
        const runs = options.runs ?? 3;
        log(`Lighthouse (${formFactor}, ${runs} runs) on ${pages.length} pages`);
        const audits = await runLighthouse({
          baseUrl,
          pages,
          chromePath,
          formFactor,
          runs,
          reportDir: options.reportDir,
        });
        for (const { name, ...audit } of audits) {
          const scores = { ...audit };
          delete scores.path;
          results.find((page) => page.name === name).lighthouse[formFactor] = scores;
        }
      }
    }

    const result = {
      generatedAt: new Date().toISOString(),
      chromium: chromePath,
      host: { cpus: cpus().length, loadAverage1m: { before: loadBefore, after: loadavg()[0] } },
      entry: entryOf(),
      budgets: budgetsOf(),
      targets: FRONTEND_TARGETS,
      pages: results,
      verdicts: verdictsOf(results),
    };
    // The printed report too, for the main benchmark's table.
    return { ...result, summary: formatFrontendReport(result) };
  } finally {
    await server?.stop();
  }
}

/** The first published event that takes registrations, from the public API. */
async function openEventId(baseUrl) {
  const response = await fetch(`${baseUrl}/api/events`);
  if (!response.ok) throw new Error(`GET /api/events answered ${response.status}`);
  const { items } = await response.json();
  const now = Date.now();
  const open = items.find(
    (event) =>
      event.status === 'published' &&
      Date.parse(event.startsAt) > now &&
      (!event.registrationClosesAt || Date.parse(event.registrationClosesAt) > now),
  );
  if (!open) throw new Error('No published event open for registration in the demo programme');
  return open.id;
}

/** What index.html loads before any route runs: its scripts, module preloads and stylesheets. */
function entryOf() {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const attribute = (pattern) => [...html.matchAll(pattern)].map((match) => match[1]);
  const js = [
    ...attribute(/<script[^>]*\bsrc="([^"]+)"/g),
    ...attribute(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  const css = attribute(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  // The sizes of the files a page loaded, listed by the paths it asked for.
  const summary = (paths) => ({ ...sizesOfFiles(WEB_ROOT, paths), files: paths });
  return { js: summary(js), css: summary(css), indexHtmlBytes: Buffer.byteLength(html) };
}

/** The production build's budgets, as apps/web/project.json sets them. */
function budgetsOf() {
  const project = JSON.parse(readFileSync(join(FRONTEND_ROOT, 'apps/web/project.json'), 'utf8'));
  return project.targets.build.configurations.production.budgets;
}

function verdictsOf(pages) {
  const verdicts = [];
  for (const page of pages) {
    verdicts.push({
      page: page.name,
      what: 'JavaScript loaded, gzip (bytes)',
      value: page.js.gzip,
      target: `< ${FRONTEND_TARGETS.initialJsGzipBytes}`,
      met: page.js.gzip < FRONTEND_TARGETS.initialJsGzipBytes,
    });
    for (const [formFactor, lighthouse] of Object.entries(page.lighthouse)) {
      verdicts.push({
        page: page.name,
        what: `Lighthouse accessibility (${formFactor})`,
        value: lighthouse.accessibility,
        target: `= ${FRONTEND_TARGETS.accessibility}`,
        met: lighthouse.accessibility === FRONTEND_TARGETS.accessibility,
      });
      verdicts.push({
        page: page.name,
        what: `Lighthouse performance (${formFactor}, median of ${lighthouse.runs.completed})`,
        value: lighthouse.performance,
        target: `>= ${FRONTEND_TARGETS.performance}`,
        met: (lighthouse.performance ?? 0) >= FRONTEND_TARGETS.performance,
      });
    }
  }
  return verdicts;
}

function pick(object, ...keys) {
  return Object.fromEntries(keys.map((key) => [key, object?.[key]]));
}

/** The printed report: one row per page, then what each page's JavaScript is made of, then the verdicts. */
export function formatFrontendReport(result) {
  const lines = [];
  const formFactors = [...new Set(result.pages.flatMap((page) => Object.keys(page.lighthouse)))];
  const headings = ['page', 'files', 'JS raw', 'JS gzip', 'JS br', 'JS sent', 'CSS raw', 'CSS gzip', 'CSS br'];
  for (const formFactor of formFactors) headings.push(`${formFactor}: a11y perf (runs)  FCP / LCP / TBT / CLS`);
  const widths = [13, 5, 9, 9, 9, 14, 9, 9, 9, 52, 52];
  const row = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' ');
  lines.push(row(headings));
  for (const page of result.pages) {
    const cells = [
      page.name,
      page.js.files.length + page.css.files.length,
      kB(page.js.raw),
      kB(page.js.gzip),
      kB(page.js.brotli),
      `${kB(page.js.served)} ${page.js.servedEncodings.includes('br') ? 'br' : page.js.servedEncodings.join('/')}`,
      kB(page.css.raw),
      kB(page.css.gzip),
      kB(page.css.brotli),
    ];
    for (const formFactor of formFactors) {
      const lh = page.lighthouse[formFactor];
      const m = lh.metrics;
      cells.push(
        `${lh.accessibility ?? '-'} ${lh.performance ?? '-'} (${lh.runs.performanceScores.join(',')})  ` +
          `${ms(m.fcp)} / ${ms(m.lcp)} / ${ms(m.tbt)} / ${m.cls?.toFixed(3) ?? '-'}`,
      );
    }
    lines.push(row(cells));
  }
  const { entry, host } = result;
  lines.push(
    '',
    `Every page's first download (index.html): JS ${kB(entry.js.raw)} raw, ${kB(entry.js.gzip)} gzip, ` +
      `${kB(entry.js.brotli)} brotli; CSS ${kB(entry.css.raw)} raw, ${kB(entry.css.gzip)} gzip, ${kB(entry.css.brotli)} brotli`,
    `Host: ${host.cpus} CPUs, load average ${host.loadAverage1m.before.toFixed(1)} before, ` +
      `${host.loadAverage1m.after.toFixed(1)} after (Lighthouse's CPU timings are this machine's, multiplied)`,
  );
  for (const page of result.pages) {
    lines.push(
      `${page.name} JS: ${page.js.files.map((file) => `${file.path} ${kB(file.raw)}/${kB(file.gzip)}`).join(', ')}`,
    );
    if (page.composition) {
      lines.push(`  made of: ${page.composition.map(({ source, bytes }) => `${source} ${kB(bytes)}`).join(', ')}`);
    }
    for (const [formFactor, lh] of Object.entries(page.lighthouse)) {
      const findings = [...lh.failingAccessibilityAudits, ...lh.performanceFindings];
      if (findings.length > 0) lines.push(`  lighthouse ${formFactor}: ${findings.join('; ')}`);
      if (lh.runtimeError) lines.push(`  lighthouse ${formFactor} error: ${lh.runtimeError}`);
    }
    for (const problem of page.problems) lines.push(`  problem: ${problem}`);
  }
  lines.push('');
  for (const verdict of result.verdicts) {
    lines.push(
      `${verdict.met ? 'met   ' : 'MISSED'}  ${verdict.page}: ${verdict.what} ${verdict.value} (target ${verdict.target})`,
    );
  }
  return lines.join('\n');
}

function ms(value) {
  return value === null || value === undefined ? '-' : `${Math.round(value)} ms`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (name, fallback) =>
    args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const formFactor = value('form-factor', 'mobile');
  const resultsDir = join(import.meta.dirname, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const result = await runFrontendBench({
    lighthouse: !args.includes('--no-lighthouse'),
    formFactors: formFactor === 'both' ? ['mobile', 'desktop'] : [formFactor],
    runs: Number(value('runs', 3)),
    reportDir: args.includes('--save-reports') ? resultsDir : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(result.summary);
  writeFileSync(join(resultsDir, 'frontend.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWrote ${join('bench/results', 'frontend.json')}`);
}

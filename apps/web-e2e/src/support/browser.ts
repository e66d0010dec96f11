import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './server';

export const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'tmp/screenshots');

/** The flags these machines need: no GPU, no sandbox as root, and no background traffic to the outside. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** The system Chromium (CHROME_PATH, default /usr/bin/chromium); nothing is downloaded. */
export async function openBrowser(viewport = { width: 1280, height: 900 }): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'epm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request cut short because the test navigated away is not a fault of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core against WCAG 2.0, 2.1 and 2.2, A and AA. Returns the violations, described for a failure message. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * What `read` returns once it equals `expected` (or passes it, given a test), or after `timeoutMs` whatever it
 * returns then, for an assertion to report: a page updates a moment after the click, key press or navigation
 * that changes it (a new month's caption or a new page's heading after the URL changed, a list closing after
 * Enter), so reading it once at once can catch the old state.
 */
export async function settled<T>(
  read: () => Promise<T>,
  expected: T | ((value: T) => boolean),
  timeoutMs = 10_000,
): Promise<T> {
  const done = typeof expected === 'function' ? (expected as (value: T) => boolean) : (value: T) => value === expected;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

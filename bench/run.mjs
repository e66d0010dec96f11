#!/usr/bin/env node
/**
 * `npm run bench`: the performance benchmark (docs/performance.md). Not a
 * test: it asserts nothing, it measures and prints, and writes
 * bench/results/latest.json. Runs against MySQL/MariaDB (BENCH_MYSQL_URL;
 * its database is dropped and created afresh) with the production build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { runFrontendBench } from './frontend.mjs';
import { BENCH_ADMIN, ROOT, startApi } from './lib/api-process.mjs';
import { batchedRegistrationCeiling, registrationCeiling } from './lib/ceiling.mjs';
import { signIn } from './lib/client.mjs';
import { connect, pool, recreateDatabase } from './lib/database.mjs';
import { generateBatch } from './lib/generate.mjs';
import { load } from './lib/load.mjs';
import { publicPages } from './lib/public-pages.mjs';
import { registrationBurst } from './lib/registration-burst.mjs';
import { timeCeiling, timeImpactReport } from './lib/reports.mjs';
import { startSmtpCounter } from './lib/smtp-counter.mjs';
import { median, round, table } from './lib/stats.mjs';

const env = process.env;
/** Registrations made, unmeasured, before each measured burst (see warmUp). */
const WARM_UP_ATTEMPTS = Number(process.env.BENCH_WARM_UP || 500);
const options = {
  mysqlUrl: env.BENCH_MYSQL_URL || 'mysql://root@127.0.0.1:3306/epm_bench',
  connections: Number(env.BENCH_CONNECTIONS || 100),
  attempts: Number(env.BENCH_ATTEMPTS || 2000),
  capacity: Number(env.BENCH_CAPACITY || 500),
  scales: (env.BENCH_SCALES || '1,3,10').split(',').map(Number),
  reportRuns: Number(env.BENCH_REPORT_RUNS || 5),
  rounds: Number(env.BENCH_ROUNDS || 3),
  publicSeconds: Number(env.BENCH_PUBLIC_SECONDS || 10),
  sections: new Set((env.BENCH_ONLY || 'burst,two-processes,reports,public,frontend').split(',')),
};

const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const results = {
  startedAt: new Date().toISOString(),
  environment: environment(),
  options: { ...options, sections: [...options.sections] },
};
const processes = [];
let smtp;
let db;

function environment() {
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain'])?.length > 0,
  };
}

/** Peak resident memory of a process so far (Linux), in MiB. */
function peakRssMiB(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? round(Number(match[1]) / 1024, 0) : null;
  } catch {
    return null;
  }
}

function log(message) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function api(name, extra = {}) {
  const started = await startApi({
    databaseUrl: options.mysqlUrl,
    name,
    env: { SMTP_URL: smtp.smtpUrlFor(name), OUTBOX_POLL_MS: '250', ...extra },
  });
  processes.push(started);
  return started;
}

async function stop(started) {
  await started.stop();
  processes.splice(processes.indexOf(started), 1);
}

/** A published webinar in the future that anyone can register for. */
async function burstEvent(admin, title) {
  const event = await admin.post('/api/events', {
    title,
    summary: 'A popular webinar announcement: everyone registers within a minute.',
    type: 'webinar',
    format: 'online',
    joiningUrl: 'https://meet.example.org/benchmark',
    startsAt: '2098-06-02T10:00:00+01:00',
    endsAt: '2098-06-02T11:00:00+01:00',
    capacity: options.capacity,
    audience: 'all',
    leadOrganisation: 'lga',
  });
  await admin.post(`/api/events/${event.id}/publish`);
  return event.id;
}

/** Waits until the dispatchers have sent every message of the event; returns how long that took. */
async function drained(eventId, timeoutMs = 300_000) {
  const started = performance.now();
  for (;;) {
    const [[row]] = await db.query(
      "SELECT COUNT(*) AS waiting FROM outbox_messages WHERE event_id = ? AND status <> 'sent'",
      [eventId],
    );
    if (Number(row.waiting) === 0) return round((performance.now() - started) / 1000, 1);
    if (performance.now() - started > timeoutMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A burst that is not measured, for an event of its own, then its mail sent: the measured burst meets
 * processes that have run registrations before (code compiled, pool connections open), as a service
 * that has been up for a while does, not one started a second ago.
 */
async function warmUp(admin, baseUrls, councils, label) {
  const eventId = await burstEvent(admin, `Benchmark webinar: warm-up ${label}`);
  await registrationBurst({
    baseUrls,
    eventId,
    label: `warm-${label}`,
    councils,
    connections: options.connections,
    attempts: WARM_UP_ATTEMPTS,
    db,
  });
  await drained(eventId);
}

async function mailCheck(eventId, label) {
  const drainSeconds = await drained(eventId);
  const [[queued]] = await db.query('SELECT COUNT(*) AS messages FROM outbox_messages WHERE event_id = ?', [eventId]);
  const delivered = smtp.count(`${label}.`);
  return { drainSeconds, queued: Number(queued.messages), ...delivered };
}

/**
 * One round of section 1: the API's burst (a new event), its mail, the HTTP floor, then the two ceilings
 * (each on a new event, after the first round's warm-up), all measured one after another so their ratios
 * compare the same moment of the machine.
 */
async function burstRound({ admin, api, connections, councils, round }) {
  const label = `burst1-${round}`;
  log(`1. round ${round} of ${options.rounds}: the API`);
  const eventId = await burstEvent(admin, `Benchmark webinar: one process, round ${round}`);
  const burst = await registrationBurst({
    baseUrls: [api.baseUrl],
    eventId,
    label,
    councils,
    connections: options.connections,
    attempts: options.attempts,
    db,
  });
  const mail = await mailCheck(eventId, label);
  log(`1. round ${round}: the HTTP floor, as many requests for the event's public page, cached (no database)`);
  const eventPage = { baseUrls: [api.baseUrl], connections: options.connections };
  const requests = [{ method: 'GET', path: `/api/events/${eventId}` }];
  if (round === 1) await load({ ...eventPage, amount: WARM_UP_ATTEMPTS, requests });
  const httpFloor = await load({ ...eventPage, amount: options.attempts, requests });
  log(`1. round ${round}: the same transaction straight through mysql2 (the ceilings)`);
  const [[template]] = await db.query(
    "SELECT subject, text_body AS textBody, html_body AS htmlBody, invite_ics AS inviteIcs FROM outbox_messages WHERE event_id = ? AND kind = 'confirmation' LIMIT 1",
    [eventId],
  );
  const ceilingRun = async (measure, name, attempts) =>
    measure({
      pool: connections,
      eventId: await burstEvent(admin, `Benchmark webinar: ${name}`),
      label: name,
      councils,
      connections: options.connections,
      attempts,
      template,
    });
  if (round === 1) await ceilingRun(registrationCeiling, 'ceiling-warm', WARM_UP_ATTEMPTS);
  const ceiling = await ceilingRun(registrationCeiling, `ceiling-${round}`, options.attempts);
  const batchedCeiling = await ceilingRun(batchedRegistrationCeiling, `ceiling-batched-${round}`, options.attempts);
  const ratio = (of) => (of.throughput ? round2(burst.throughput / of.throughput) : null);
  return {
    api: { ...burst, mail, peakRssMiB: peakRssMiB(api.pid) },
    httpFloor,
    ceiling,
    batchedCeiling,
    ratio: ratio(ceiling),
    batchedRatio: ratio(batchedCeiling),
    floorRatio: round2(httpFloor.throughput / batchedCeiling.throughput),
  };
}

const round2 = (value) => round(value, 2);

/**
 * The rounds of section 1 in one result: each measurement's median round (by throughput), the ratios'
 * medians (each ratio taken within its round), and every round's figures, for the spread.
 */
function summariseRounds(rounds) {
  const medianBy = (pick) => [...rounds].sort((a, b) => pick(a) - pick(b))[Math.floor((rounds.length - 1) / 2)];
  const spread = (pick) => [Math.min(...rounds.map(pick)), Math.max(...rounds.map(pick))];
  const summary = { rounds: rounds.length };
  for (const key of ['api', 'httpFloor', 'ceiling', 'batchedCeiling']) {
    summary[key] = { ...medianBy((one) => one[key].throughput)[key], range: spread((one) => one[key].throughput) };
  }
  for (const key of ['ratio', 'batchedRatio', 'floorRatio']) {
    summary[key] = median(rounds.map((one) => one[key]));
    summary[`${key}Range`] = spread((one) => one[key]);
  }
  summary.perRound = rounds;
  return summary;
}

async function main() {
  log(
    `database ${options.mysqlUrl.replace(/\/\/[^@]*@/, '//')}, ${options.connections} clients, ${options.attempts} attempts`,
  );
  await recreateDatabase(options.mysqlUrl);
  smtp = await startSmtpCounter();
  const first = await api('api-1');
  db = await connect(options.mysqlUrl);
  const admin = await signIn(first.baseUrl, BENCH_ADMIN);
  await admin.post('/api/programme', { name: 'MoU year 2', startsOn: '2026-04-01', endsOn: '2099-03-31' });
  const councils = (await db.query('SELECT gss_code FROM councils WHERE current ORDER BY gss_code'))[0].map(
    (row) => row.gss_code,
  );
  const [[version]] = await db.query('SELECT VERSION() AS version');
  results.environment.database = version.version;

  if (options.sections.has('burst')) {
    log(`1. registration burst through the HTTP API (after ${WARM_UP_ATTEMPTS} registrations to warm up)`);
    await warmUp(admin, [first.baseUrl], councils, 'one');
    const connections = pool(options.mysqlUrl, options.connections);
    const rounds = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      rounds.push(await burstRound({ admin, api: first, connections, councils, round }));
    }
    await connections.end();
    results.registrationBurst = summariseRounds(rounds);
  }

  if (options.sections.has('two-processes')) {
    log('2. two API processes share a burst');
    const second = await api('api-2');
    await warmUp(admin, [first.baseUrl, second.baseUrl], councils, 'two');
    const eventId = await burstEvent(admin, 'Benchmark webinar: two processes');
    const sendersBefore = smtp.senders();
    const burst = await registrationBurst({
      baseUrls: [first.baseUrl, second.baseUrl],
      eventId,
      label: 'burst2',
      councils,
      connections: options.connections,
      attempts: options.attempts,
      db,
    });
    const mail = await mailCheck(eventId, 'burst2');
    results.twoProcesses = {
      ...burst,
      mail,
      sentBy: Object.entries(smtp.senders()).map(([worker, sent]) => ({
        worker,
        sent: sent - (sendersBefore[worker] ?? 0),
      })),
      peakRssMiB: [peakRssMiB(first.pid), peakRssMiB(second.pid)],
    };
    await stop(second);
  }

  if (options.sections.has('reports') || options.sections.has('public')) {
    const [[programme]] = await db.query("SELECT id FROM programmes WHERE starts_on = '2025-04-01'");
    const objectives = [];
    for (const [title, unit, target] of [
      ['Reach councils across every region', 'councils reached', 200],
      ['Help SMEs reach the council market', 'SME suppliers attending', 400],
      ['Build digital skills', 'people attending', 20000],
      ['Turn events into actions', 'outcomes', 60],
    ]) {
      objectives.push(
        (
          await admin.post(`/api/programme/${programme.id}/objectives`, {
            title,
            targetUnit: unit,
            targetValue: target,
          })
        ).id,
      );
    }
    const [organisations] = await db.query('SELECT id, code FROM organisations');
    const partner = (code) => organisations.find((row) => row.code === code).id;
    const spec = { id: programme.id, startsOn: YEAR.from, objectives, techuk: partner('techuk'), lga: partner('lga') };
    results.reports = { sizes: [] };
    let units = 0;
    let client = admin;
    let current = first;
    for (const scale of options.scales) {
      log(`3. reports at ${scale}x: generating`);
      const generated = await generateBatch(db, { batch: scale, units: scale - units, programme: spec, councils });
      units = scale;
      // The rows of events starting in the report's year (the burst sections' events are in 2098).
      const inYear = 'SELECT id FROM events WHERE starts_at >= ? AND starts_at < ?';
      const [[rows]] = await db.query(
        `SELECT (SELECT COUNT(*) FROM events WHERE id IN (${inYear})) AS events,
                (SELECT COUNT(*) FROM registrations WHERE event_id IN (${inYear})) AS registrations,
                (SELECT COUNT(*) FROM attendance_records WHERE status = 'attended' AND event_id IN (${inYear})) AS attendances,
                (SELECT COUNT(*) FROM feedback_responses WHERE event_id IN (${inYear})) AS feedback`,
        Array.from({ length: 4 }, () => [YEAR.from, `${YEAR.to} 23:59:59.999`]).flat(),
      );
      log(`3. reports at ${scale}x: ${JSON.stringify(rows)}; timing`);
      // Cold: a fresh process, its first report.
      await stop(current);
      current = await api('api-1');
      client = await signIn(current.baseUrl, BENCH_ADMIN);
      const timing = await timeImpactReport(client, { ...YEAR, warmRuns: options.reportRuns });
      const ceiling = await timeCeiling(db, { ...YEAR, runs: options.reportRuns });
      results.reports.sizes.push({
        scale,
        rows: Object.fromEntries(Object.entries(rows).map(([key, value]) => [key, Number(value)])),
        generated,
        coldMs: timing.coldMs,
        warmMedianMs: timing.warmMedianMs,
        warmRunsMs: timing.warmRunsMs,
        ceilingMedianMs: ceiling.medianMs,
        peakRssMiB: peakRssMiB(current.pid),
        check: {
          attendedApi: timing.report.attendance.attended,
          attendedSql: Number(ceiling.row.attended),
          peopleApi: timing.report.reach.people,
          peopleSql: Number(ceiling.row.people),
          councilsApi: timing.report.reach.councils.reached,
          councilsSql: Number(ceiling.row.councils),
        },
      });
    }
    const [base, ...rest] = results.reports.sizes;
    const largest = rest.at(-1);
    results.reports.growth = base && largest ? round(largest.warmMedianMs / base.warmMedianMs, 2) : null;
    results.reports.dataGrowth =
      base && largest ? round(largest.rows.registrations / base.rows.registrations, 2) : null;

    if (options.sections.has('public')) {
      log('4. public pages under load');
      // A season's worth of upcoming events on the programme page, as the public sees it.
      const [[{ upcoming }]] = await db.query("SELECT COUNT(*) AS upcoming FROM events WHERE status = 'published'");
      for (let n = Number(upcoming); n < 30; n += 1) await burstEvent(client, `Upcoming webinar ${n + 1}`);
      const [[event]] = await db.query("SELECT id FROM events WHERE status = 'published' ORDER BY id LIMIT 1");
      results.publicPages = await publicPages({
        baseUrl: current.baseUrl,
        eventId: event.id,
        connections: options.connections,
        duration: options.publicSeconds,
      });
      results.publicPages.peakRssMiB = peakRssMiB(current.pid);
    }
  }

  if (options.sections.has('frontend')) {
    log('5. front end');
    results.frontend = await runFrontendBench({ log });
  }
}

/** A row of the burst table: the median round, and the lowest and highest throughput of all rounds. */
function burstRow(label, measured, registrations = true) {
  const { throughput, range, latencyMs, confirmed, waitlisted, errors } = measured;
  return [
    label,
    throughput,
    range.join('-'),
    latencyMs.p50,
    latencyMs.p95,
    latencyMs.p99,
    registrations ? confirmed : '-',
    registrations ? waitlisted : '-',
    errors,
  ];
}

function report() {
  const lines = [];
  const burst = results.registrationBurst;
  if (burst) {
    const mails = burst.perRound.map((one) => one.api.mail);
    const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
    lines.push(
      `\n1. Registration burst: ${options.connections} clients, ${options.attempts} attempts, capacity ${options.capacity}; median of ${burst.rounds} rounds`,
      table([
        ['', 'regs/s', 'range', 'p50 ms', 'p95 ms', 'p99 ms', 'confirmed', 'waitlisted', 'errors'],
        burstRow('API (HTTP)', burst.api),
        burstRow('ceiling (mysql2)', burst.ceiling),
        burstRow('ceiling, batched (mysql2)', burst.batchedCeiling),
        // Reads, not registrations: requests/s in the throughput column.
        burstRow('HTTP floor (cached GET)', burst.httpFloor, false),
      ]),
      `Medians of the rounds' ratios (range): API / ceiling ${burst.ratio} (${burst.ratioRange.join('-')}; target ≥ 0.5); API / batched ceiling ${burst.batchedRatio} (${burst.batchedRatioRange.join('-')}; for information: docs/performance.md); HTTP floor / batched ceiling ${burst.floorRatio} (${burst.floorRatioRange.join('-')})`,
      `Mail, all rounds: ${sum(mails, 'delivered')} delivered to ${sum(mails, 'people')} people, ${sum(mails, 'duplicates')} duplicates, each round's sent within ${Math.max(...mails.map((mail) => mail.drainSeconds))} s; API peak RSS ${Math.max(...burst.perRound.map((one) => one.api.peakRssMiB))} MiB`,
    );
  }
  const two = results.twoProcesses;
  if (two) {
    lines.push(
      '\n2. Two API processes, one database',
      table([
        [
          'regs/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'confirmed',
          'waitlisted',
          'errors',
          'messages',
          'delivered',
          'duplicates',
        ],
        [
          two.throughput,
          two.latencyMs.p50,
          two.latencyMs.p95,
          two.latencyMs.p99,
          two.confirmed,
          two.waitlisted,
          two.errors,
          two.mail.queued,
          two.mail.delivered,
          two.mail.duplicates,
        ],
      ]),
      `sent by: ${two.sentBy.map((row) => `${row.worker}: ${row.sent}`).join(', ')}`,
    );
  }
  if (results.reports) {
    lines.push(
      '\n3. Impact report, full year',
      table([
        [
          'size',
          'events',
          'registrations',
          'attended',
          'feedback',
          'cold ms',
          'warm ms',
          'SQL ceiling ms',
          'peak RSS MiB',
        ],
        ...results.reports.sizes.map((size) => [
          `${size.scale}x`,
          size.rows.events,
          size.rows.registrations,
          size.rows.attendances,
          size.rows.feedback,
          size.coldMs,
          size.warmMedianMs,
          size.ceilingMedianMs,
          size.peakRssMiB,
        ]),
      ]),
      `growth of warm time from smallest to largest: ${results.reports.growth}x for ${results.reports.dataGrowth}x the registrations (target: under the data's growth; 10x under 1000 ms)`,
    );
  }
  const pages = results.publicPages;
  if (pages) {
    lines.push(
      `\n4. Public pages: ${options.connections} clients, ${options.publicSeconds} s each`,
      table([
        ['', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
        [
          'GET /api/events',
          pages.list.throughput,
          pages.list.latencyMs.p50,
          pages.list.latencyMs.p95,
          pages.list.latencyMs.p99,
          pages.list.errors,
        ],
        [
          'GET /api/events/:id',
          pages.event.throughput,
          pages.event.latencyMs.p50,
          pages.event.latencyMs.p95,
          pages.event.latencyMs.p99,
          pages.event.errors,
        ],
      ]),
    );
  }
  if (results.frontend?.summary) lines.push('\n5. Front end', results.frontend.summary);
  return lines.join('\n');
}

try {
  await main();
} catch (error) {
  results.error = error.stack ?? String(error);
  for (const started of processes) log(`${started.name} output:\n${started.output().slice(-4000)}`);
  log(`failed: ${results.error}`);
  process.exitCode = 1;
} finally {
  await Promise.all(processes.map((started) => started.stop()));
  await db?.end();
  await smtp?.close();
  results.finishedAt = new Date().toISOString();
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${report()}\n\nResults: bench/results/latest.json\n`);
}

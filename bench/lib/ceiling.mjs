import { createHash } from 'node:crypto';
import { latencySummary, round } from './stats.mjs';

/**
 * The ceiling for a registration: the same transaction the service runs (lock
 * the event row, look for the person, count confirmed places, insert the
 * registration and its outbox message, work out a waitlist position), issued
 * straight through mysql2 at the same concurrency, with no HTTP, framework or
 * ORM. What the API reaches is measured against this.
 */
export async function registrationCeiling({ pool, eventId, label, councils, connections, attempts, template }) {
  return measure({ pool, eventId, connections, attempts }, (n) =>
    registerOnce(pool, { eventId, n, label, councils, template }),
  );
}

/**
 * The ceiling for the service as it now works: registrations that arrive while a transaction runs wait
 * and share the next one (at most `batchSize`), which locks the event, reads who is already registered,
 * counts confirmed places, inserts the registrations, reads their ids back, inserts their manage links
 * and outbox messages and counts the waitlist ahead of them — the statements the service issues for a
 * batch, straight through mysql2 with no HTTP, framework or ORM.
 */
export async function batchedRegistrationCeiling({
  pool,
  eventId,
  label,
  councils,
  connections,
  attempts,
  template,
  batchSize = 100,
}) {
  const waiting = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (waiting.length) {
      const batch = waiting.splice(0, batchSize);
      try {
        await registerBatch(pool, { eventId, label, councils, template, ns: batch.map(({ n }) => n) });
        for (const { resolve } of batch) resolve();
      } catch (error) {
        for (const { reject } of batch) reject(error);
      }
    }
    running = false;
  };
  return measure(
    { pool, eventId, connections, attempts },
    (n) =>
      new Promise((resolve, reject) => {
        waiting.push({ n, resolve, reject });
        if (!running) void drain();
      }),
  );
}

async function measure({ pool, eventId, connections, attempts }, registerOne) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n >= attempts) return;
      const began = performance.now();
      try {
        await registerOne(n);
        latencies.push(performance.now() - began);
      } catch (error) {
        errors += 1;
        if (errors <= 3) console.error(`ceiling transaction failed: ${error.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  const [[counts]] = await pool.query(
    `SELECT SUM(status = 'confirmed') AS confirmed, SUM(status = 'waitlisted') AS waitlisted FROM registrations WHERE event_id = ?`,
    [eventId],
  );
  return {
    requests: attempts,
    seconds: round(seconds, 2),
    throughput: round(latencies.length / seconds, 1),
    latencyMs: latencySummary(latencies),
    errors,
    confirmed: Number(counts.confirmed ?? 0),
    waitlisted: Number(counts.waitlisted ?? 0),
  };
}

/** The registration row's values for the n-th simulated person (as in the HTTP burst). */
function personRow(eventId, status, n, label, councils, now) {
  const email = `${label}.${n}@example.org`;
  const council = n % 10 < 6;
  return [
    eventId,
    status,
    email,
    email,
    `Bench Person ${n}`,
    council ? 'council' : 'supplier',
    council ? councils[n % councils.length] : null,
    council ? null : `Supplier ${n % 400}`,
    council ? null : 'sme',
    'Digital lead',
    n % 2 === 0 ? 1 : 0,
    now,
    now,
    createHash('sha256').update(email).digest('hex'),
  ];
}

const REGISTRATION_COLUMNS = `event_id, status, email_key, email, name, organisation_type, council_code,
  organisation_name, supplier_size, job_title, consent_follow_up, consent_future_events, source,
  created_at, updated_at, person_key`;
const REGISTRATION_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'public', ?, ?, ?)";
const OUTBOX_COLUMNS = `kind, event_id, registration_id, to_address, to_name, subject, text_body, html_body,
  invite_method, invite_ics, status, attempts, next_attempt_at, created_at`;
const OUTBOX_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)";

/**
 * Queued, but due only long after the run: the API process's dispatcher, still running beside the ceiling,
 * would otherwise claim and send the ceiling's messages while it is measured, and slow it down.
 */
const NOT_DUE_IN_THIS_RUN = new Date('2099-01-01T00:00:00Z');

function outboxRow(eventId, registrationId, status, n, label, template, now) {
  return [
    status === 'confirmed' ? 'confirmation' : 'waitlisted',
    eventId,
    registrationId,
    `${label}.${n}@example.org`,
    `Bench Person ${n}`,
    template.subject,
    template.textBody,
    template.htmlBody,
    status === 'confirmed' ? 'REQUEST' : null,
    status === 'confirmed' ? template.inviteIcs : null,
    NOT_DUE_IN_THIS_RUN,
    now,
  ];
}

/** Runs `work` in a READ COMMITTED transaction that first locks the event's row, as the service does. */
async function withEventLocked(pool, eventId, work) {
  const connection = await pool.getConnection();
  try {
    await connection.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    await connection.beginTransaction();
    const [[event]] = await connection.query(
      'SELECT id, capacity, status, approval_required, registration_opens_at, registration_closes_at FROM events WHERE id = ? FOR UPDATE',
      [eventId],
    );
    await work(connection, event);
    await connection.commit();
  } catch (error) {
    await connection.rollback().catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

function registerBatch(pool, { eventId, label, councils, template, ns }) {
  return withEventLocked(pool, eventId, async (connection, event) => {
    const emails = ns.map((n) => `${label}.${n}@example.org`);
    const [existing] = await connection.query(
      'SELECT id, status, email_key FROM registrations WHERE event_id = ? AND email_key IN (?)',
      [eventId, emails],
    );
    if (existing.length) throw new Error('already registered');
    const [[{ confirmed }]] = await connection.query(
      "SELECT COUNT(*) AS confirmed FROM registrations WHERE event_id = ? AND status = 'confirmed'",
      [eventId],
    );
    const now = new Date();
    let places = event.capacity - Number(confirmed);
    const statuses = ns.map(() => (places-- > 0 ? 'confirmed' : 'waitlisted'));
    await connection.query(
      `INSERT INTO registrations (${REGISTRATION_COLUMNS}) VALUES ${ns.map(() => REGISTRATION_VALUES).join(', ')}`,
      ns.flatMap((n, index) => personRow(eventId, statuses[index], n, label, councils, now)),
    );
    const [ids] = await connection.query(
      'SELECT id, email_key FROM registrations WHERE event_id = ? AND email_key IN (?)',
      [eventId, emails],
    );
    const idOf = new Map(ids.map((row) => [row.email_key, row.id]));
    await connection.query(
      `INSERT INTO registration_links (token_hash, registration_id, created_at) VALUES ${ns.map(() => '(?, ?, ?)').join(', ')}`,
      emails.flatMap((email) => [createHash('sha256').update(`link:${email}`).digest('hex'), idOf.get(email), now]),
    );
    await connection.query(
      `INSERT INTO outbox_messages (${OUTBOX_COLUMNS}) VALUES ${ns.map(() => OUTBOX_VALUES).join(', ')}`,
      ns.flatMap((n, index) => outboxRow(eventId, idOf.get(emails[index]), statuses[index], n, label, template, now)),
    );
    const firstWaiting = ns.findIndex((_, index) => statuses[index] === 'waitlisted');
    if (firstWaiting >= 0) {
      await connection.query(
        "SELECT COUNT(*) AS ahead FROM registrations WHERE event_id = ? AND status = 'waitlisted' AND id < ?",
        [eventId, idOf.get(emails[firstWaiting])],
      );
    }
  });
}

function registerOnce(pool, { eventId, n, label, councils, template }) {
  return withEventLocked(pool, eventId, async (connection, event) => {
    const email = `${label}.${n}@example.org`;
    const [existing] = await connection.query(
      'SELECT id, status FROM registrations WHERE event_id = ? AND email_key = ?',
      [eventId, email],
    );
    if (existing.length) throw new Error('already registered');
    const [[{ confirmed }]] = await connection.query(
      "SELECT COUNT(*) AS confirmed FROM registrations WHERE event_id = ? AND status = 'confirmed'",
      [eventId],
    );
    const status = Number(confirmed) < event.capacity ? 'confirmed' : 'waitlisted';
    const now = new Date();
    const [inserted] = await connection.query(
      `INSERT INTO registrations (${REGISTRATION_COLUMNS}) VALUES ${REGISTRATION_VALUES}`,
      personRow(eventId, status, n, label, councils, now),
    );
    await connection.query(
      `INSERT INTO outbox_messages (${OUTBOX_COLUMNS}) VALUES ${OUTBOX_VALUES}`,
      outboxRow(eventId, inserted.insertId, status, n, label, template, now),
    );
    if (status === 'waitlisted') {
      await connection.query(
        "SELECT COUNT(*) AS position FROM registrations WHERE event_id = ? AND status = 'waitlisted' AND id <= ?",
        [eventId, inserted.insertId],
      );
    }
  });
}

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
        await registerOnce(pool, { eventId, n, label, councils, template });
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

async function registerOnce(pool, { eventId, n, label, councils, template }) {
  const connection = await pool.getConnection();
  try {
    await connection.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    await connection.beginTransaction();
    const [[event]] = await connection.query(
      'SELECT id, capacity, status, approval_required, registration_opens_at, registration_closes_at FROM events WHERE id = ? FOR UPDATE',
      [eventId],
    );
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
    const council = n % 10 < 6;
    const [inserted] = await connection.query(
      `INSERT INTO registrations (event_id, status, email_key, email, name, organisation_type, council_code,
         organisation_name, supplier_size, job_title, consent_follow_up, consent_future_events, source,
         created_at, updated_at, person_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'public', ?, ?, ?)`,
      [
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
      ],
    );
    await connection.query(
      `INSERT INTO outbox_messages (kind, event_id, registration_id, to_address, to_name, subject, text_body, html_body,
         invite_method, invite_ics, status, attempts, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)`,
      [
        status === 'confirmed' ? 'confirmation' : 'waitlisted',
        eventId,
        inserted.insertId,
        email,
        `Bench Person ${n}`,
        template.subject,
        template.textBody,
        template.htmlBody,
        status === 'confirmed' ? 'REQUEST' : null,
        status === 'confirmed' ? template.inviteIcs : null,
        now,
        now,
      ],
    );
    if (status === 'waitlisted') {
      await connection.query(
        "SELECT COUNT(*) AS position FROM registrations WHERE event_id = ? AND status = 'waitlisted' AND id <= ?",
        [eventId, inserted.insertId],
      );
    }
    await connection.commit();
  } catch (error) {
    await connection.rollback().catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

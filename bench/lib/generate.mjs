import { createHash } from 'node:crypto';
import { seededRandom } from './stats.mjs';

/**
 * Generates a programme year at a multiple of the real one's size (1x: 200
 * events, ~20,000 registrations, ~12,000 attendances, ~5,000 feedback
 * responses), straight into the tables with multi-row inserts. Realistic
 * spread: councils weighted towards some regions with many never reached,
 * repeat attendees, suppliers of both sizes, cancellations, waitlists,
 * no-shows, scores mostly 4-5. Deterministic: the same batch gives the same rows.
 */
const PER_UNIT = { events: 200, people: 9000 };

const TYPES = ['workshop', 'webinar', 'roundtable', 'consultation'];
const TYPE_WEIGHTS = [0.3, 0.45, 0.15, 0.1];
const THEMES = [
  'procurement-reform',
  'digital-skills',
  'artificial-intelligence',
  'cybersecurity',
  'digital-inclusion',
  'market-intelligence',
  'sme-access',
];
const OTHER_TYPES = ['central-government', 'other-public-sector', 'academia', 'voluntary-sector', 'other'];
const OUTCOME_KINDS = ['action-agreed', 'consultation-response', 'pilot-started', 'resource-published', 'policy-input'];
const OUTCOME_STATUSES = ['planned', 'in-progress', 'done'];

function pick(random, values, weights) {
  if (!weights) return values[Math.floor(random() * values.length)];
  let roll = random();
  for (let index = 0; index < values.length; index += 1) {
    roll -= weights[index];
    if (roll <= 0) return values[index];
  }
  return values.at(-1);
}

async function insertMany(db, table, columns, rows, chunk = 2000) {
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const placeholders = slice.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    await db.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders}`, slice.flat());
  }
}

/** People of the generated year: a fixed pool per batch, so some come to many events. */
function people(random, batch, size, councils) {
  // About a third of councils never come: the programme's reach has gaps, as a real one does.
  const reachable = councils.filter((_, index) => index % 3 !== 0);
  return Array.from({ length: size }, (_, index) => {
    const email = `person.${batch}.${index}@example.org`;
    const roll = random();
    const base = { email, personKey: createHash('sha256').update(email).digest('hex') };
    if (roll < 0.55) return { ...base, type: 'council', council: pick(random, reachable), name: null, size: null };
    if (roll < 0.85) {
      const supplier = Math.floor(random() * 600);
      return {
        ...base,
        type: 'supplier',
        council: null,
        name: `Supplier ${supplier}`,
        size: supplier % 4 === 0 ? 'large' : 'sme',
      };
    }
    return {
      ...base,
      type: pick(random, OTHER_TYPES),
      council: null,
      name: `Organisation ${Math.floor(random() * 300)}`,
      size: null,
    };
  });
}

export async function generateBatch(db, { batch, units, programme, councils }) {
  const random = seededRandom(20251 + batch);
  const [[{ next: firstEventId }]] = await db.query('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM events');
  const [[{ next: firstRegistrationId }]] = await db.query(
    'SELECT COALESCE(MAX(id), 0) + 1 AS next FROM registrations',
  );
  const pool = people(random, batch, PER_UNIT.people * units, councils);
  const yearStart = Date.parse(`${programme.startsOn}T09:00:00Z`);
  const yearDays = 355;
  const events = [];
  const tags = [];
  const objectiveLinks = [];
  const registrations = [];
  const attendance = [];
  const feedback = [];
  let registrationId = firstRegistrationId;
  const now = new Date();
  for (let index = 0; index < PER_UNIT.events * units; index += 1) {
    const id = firstEventId + index;
    const type = pick(random, TYPES, TYPE_WEIGHTS);
    const format = type === 'webinar' ? 'online' : pick(random, ['in-person', 'hybrid', 'online'], [0.5, 0.3, 0.2]);
    const startsAt = new Date(
      yearStart + Math.floor(random() * yearDays) * 86_400_000 + Math.floor(random() * 6) * 3_600_000,
    );
    const endsAt = new Date(startsAt.getTime() + (type === 'webinar' ? 1 : 3) * 3_600_000);
    const cancelled = random() < 0.04;
    const lead = random() < 0.5 ? programme.techuk : programme.lga;
    const partner = random() < 0.3 ? (lead === programme.techuk ? programme.lga : programme.techuk) : null;
    const capacity = type === 'webinar' ? 120 + Math.floor(random() * 200) : 20 + Math.floor(random() * 50);
    events.push([
      id,
      programme.id,
      `Generated ${type} ${batch}.${index}`,
      'A generated event for the benchmark.',
      '',
      type,
      format,
      cancelled ? 'cancelled' : 'completed',
      format === 'online' ? null : 'Venue',
      format === 'online' ? 'https://meet.example.org/x' : null,
      startsAt,
      endsAt,
      capacity,
      0,
      'all',
      lead,
      partner,
      '[]',
      0,
      now,
      now,
    ]);
    for (const theme of new Set([pick(random, THEMES), pick(random, THEMES)])) tags.push([id, theme]);
    objectiveLinks.push([id, pick(random, programme.objectives)]);
    // Demand: webinars fill and waitlist, small events mostly fill.
    const demand = Math.round(capacity * (0.55 + random() * 0.6));
    const offset = Math.floor(random() * pool.length);
    const stride = 7919; // a prime: distinct people within one event
    let confirmed = 0;
    for (let n = 0; n < demand; n += 1) {
      const person = pool[(offset + n * stride) % pool.length];
      const cancelledByPerson = random() < 0.09;
      let status;
      if (cancelledByPerson) status = 'cancelled';
      else if (confirmed < capacity) {
        status = 'confirmed';
        confirmed += 1;
      } else status = 'waitlisted';
      const rid = registrationId++;
      registrations.push([
        rid,
        id,
        status,
        person.email,
        cancelled ? null : person.email,
        `Person ${person.email}`,
        person.type,
        person.council,
        person.name,
        person.size,
        'Officer',
        random() < 0.5 ? 1 : 0,
        0,
        'public',
        startsAt,
        startsAt,
        person.personKey,
      ]);
      if (cancelled || status !== 'confirmed') continue;
      const attended = random() < 0.7;
      attendance.push([
        rid,
        id,
        attended ? 'attended' : 'no-show',
        attended ? 40 + Math.floor(random() * 80) : null,
        null,
        'import',
        endsAt,
      ]);
      if (!attended || random() >= 0.37) continue;
      const satisfaction = pick(random, [5, 4, 3, 2, 1], [0.45, 0.38, 0.11, 0.04, 0.02]);
      const comment = random() < 0.15 ? 'Useful and practical; we will share it with our team.' : null;
      feedback.push([
        id,
        rid,
        'feedback',
        'form',
        satisfaction,
        Math.max(1, satisfaction - (random() < 0.3 ? 1 : 0)),
        Math.min(10, Math.max(0, satisfaction * 2 - 1 + Math.floor(random() * 3))),
        pick(random, ['yes', 'maybe', 'no'], [0.55, 0.35, 0.1]),
        JSON.stringify([pick(random, THEMES)]),
        comment,
        comment && random() < 0.5 ? 1 : 0,
        null,
        endsAt,
      ]);
      if (random() < 0.12) {
        feedback.push([
          id,
          rid,
          'follow-up',
          'form',
          null,
          null,
          null,
          null,
          null,
          null,
          0,
          pick(random, ['yes', 'partly', 'no'], [0.4, 0.4, 0.2]),
          endsAt,
        ]);
      }
    }
  }
  await db.beginTransaction();
  await insertMany(
    db,
    'events',
    [
      'id',
      'programme_id',
      'title',
      'summary',
      'description',
      'type',
      'format',
      'status',
      'venue_name',
      'joining_url',
      'starts_at',
      'ends_at',
      'capacity',
      'approval_required',
      'audience',
      'lead_organisation_id',
      'partner_organisation_id',
      'speakers',
      'sequence',
      'created_at',
      'updated_at',
    ],
    events,
  );
  await insertMany(db, 'event_tags', ['event_id', 'term_code'], tags);
  await insertMany(db, 'event_objectives', ['event_id', 'objective_id'], objectiveLinks);
  await insertMany(
    db,
    'registrations',
    [
      'id',
      'event_id',
      'status',
      'email_key',
      'email',
      'name',
      'organisation_type',
      'council_code',
      'organisation_name',
      'supplier_size',
      'job_title',
      'consent_follow_up',
      'consent_future_events',
      'source',
      'created_at',
      'updated_at',
      'person_key',
    ],
    registrations,
  );
  await insertMany(
    db,
    'attendance_records',
    ['registration_id', 'event_id', 'status', 'minutes_attended', 'checked_in_at', 'source', 'updated_at'],
    attendance,
  );
  await insertMany(
    db,
    'feedback_responses',
    [
      'event_id',
      'registration_id',
      'survey',
      'source',
      'satisfaction',
      'usefulness',
      'recommend',
      'intent',
      'themes',
      'comments',
      'quote_consent',
      'acted',
      'submitted_at',
    ],
    feedback,
  );
  const outcomes = Array.from({ length: 20 * units }, (_, index) => {
    const date = new Date(yearStart + Math.floor(random() * yearDays) * 86_400_000).toISOString().slice(0, 10);
    return [
      programme.id,
      pick(random, OUTCOME_KINDS),
      `Generated outcome ${batch}.${index}`,
      'An outcome for the benchmark.',
      programme.lga,
      date,
      pick(random, OUTCOME_STATUSES),
      now,
      now,
    ];
  });
  const [[{ next: firstOutcomeId }]] = await db.query('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM outcomes');
  await insertMany(
    db,
    'outcomes',
    [
      'programme_id',
      'kind',
      'title',
      'description',
      'owner_organisation_id',
      'outcome_date',
      'status',
      'created_at',
      'updated_at',
    ],
    outcomes,
  );
  await insertMany(
    db,
    'outcome_events',
    ['outcome_id', 'event_id'],
    outcomes.map((_, index) => [firstOutcomeId + index, firstEventId + Math.floor(random() * events.length)]),
  );
  await insertMany(
    db,
    'outcome_objectives',
    ['outcome_id', 'objective_id'],
    outcomes.map((_, index) => [firstOutcomeId + index, pick(random, programme.objectives)]),
  );
  await db.commit();
  return {
    events: events.length,
    registrations: registrations.length,
    attendances: attendance.filter((row) => row[2] === 'attended').length,
    feedback: feedback.length,
    outcomes: outcomes.length,
  };
}

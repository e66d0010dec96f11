import { median, round } from './stats.mjs';

/**
 * The ceiling for the impact report: one hand-written SQL statement that
 * aggregates the same rows (held events, registrations by status,
 * attendance, distinct people and councils reached, suppliers by size,
 * feedback means and NPS parts) with no ORM, no framework and no JSON.
 */
export const CEILING_SQL = `
SELECT
  (SELECT COUNT(*) FROM events e WHERE e.starts_at >= ? AND e.starts_at < ? AND e.status NOT IN ('draft','cancelled') AND e.ends_at <= NOW()) AS held,
  COUNT(*) AS registrations,
  SUM(r.status = 'confirmed') AS confirmed,
  SUM(r.status = 'waitlisted') AS waitlisted,
  SUM(r.status = 'cancelled') AS cancelled,
  SUM(a.status = 'attended') AS attended,
  SUM(a.status = 'no-show') AS no_shows,
  COUNT(DISTINCT CASE WHEN a.status = 'attended' THEN r.person_key END) AS people,
  COUNT(DISTINCT CASE WHEN a.status = 'attended' THEN r.council_code END) AS councils,
  COUNT(DISTINCT CASE WHEN a.status = 'attended' AND r.supplier_size = 'sme' THEN r.organisation_name END) AS sme_suppliers,
  COUNT(DISTINCT CASE WHEN a.status = 'attended' AND r.supplier_size = 'large' THEN r.organisation_name END) AS large_suppliers,
  (SELECT COUNT(*) FROM feedback_responses f JOIN events fe ON fe.id = f.event_id
     WHERE fe.starts_at >= ? AND fe.starts_at < ? AND f.survey = 'feedback') AS responses,
  (SELECT AVG(f.satisfaction) FROM feedback_responses f JOIN events fe ON fe.id = f.event_id
     WHERE fe.starts_at >= ? AND fe.starts_at < ? AND f.survey = 'feedback') AS satisfaction,
  (SELECT SUM(f.recommend >= 9) - SUM(f.recommend <= 6) FROM feedback_responses f JOIN events fe ON fe.id = f.event_id
     WHERE fe.starts_at >= ? AND fe.starts_at < ? AND f.survey = 'feedback') AS nps_net
FROM registrations r
JOIN events e ON e.id = r.event_id
LEFT JOIN attendance_records a ON a.registration_id = r.id
WHERE e.starts_at >= ? AND e.starts_at < ?`;

/** Times the API's full-year impact report: the first request on a fresh process (cold), then the median of warm runs. */
export async function timeImpactReport(client, { from, to, warmRuns }) {
  const path = `/api/reports/impact?from=${from}&to=${to}`;
  const once = async () => {
    const started = performance.now();
    const report = await client.get(path);
    return { ms: performance.now() - started, report };
  };
  const cold = await once();
  const warm = [];
  for (let run = 0; run < warmRuns; run += 1) warm.push((await once()).ms);
  return {
    coldMs: round(cold.ms),
    warmMedianMs: round(median(warm)),
    warmRunsMs: warm.map((ms) => round(ms)),
    report: cold.report,
  };
}

export async function timeCeiling(db, { from, to, runs }) {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000);
  const parameters = [start, end, start, end, start, end, start, end, start, end];
  const times = [];
  let row;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    [[row]] = await db.query(CEILING_SQL, parameters);
    times.push(performance.now() - started);
  }
  return { medianMs: round(median(times)), row };
}

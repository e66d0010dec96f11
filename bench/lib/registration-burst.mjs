import { load } from './load.mjs';

/** The people of a burst: councils, suppliers of both sizes and others, each from their own address. */
export function registrationRequests({ eventId, label, councils, startAt = 0 }) {
  let next = startAt;
  return [
    {
      method: 'POST',
      path: `/api/events/${eventId}/registrations`,
      setupRequest(request) {
        const n = next++;
        const kind = n % 10;
        const person =
          kind < 6
            ? { organisationType: 'council', councilCode: councils[n % councils.length] }
            : kind < 9
              ? {
                  organisationType: 'supplier',
                  organisationName: `Supplier ${n % 400}`,
                  supplierSize: kind === 8 ? 'large' : 'sme',
                }
              : { organisationType: 'other', organisationName: 'A housing association' };
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
          body: JSON.stringify({
            name: `Bench Person ${n}`,
            email: `${label}.${n}@example.org`,
            jobTitle: 'Digital lead',
            consentFollowUp: n % 2 === 0,
            ...person,
          }),
        };
      },
    },
  ];
}

/** A burst of registrations through the HTTP API, then what the database holds for the event. */
export async function registrationBurst({ baseUrls, eventId, label, councils, connections, attempts, db }) {
  const http = await load({
    baseUrls,
    connections,
    amount: attempts,
    requests: registrationRequests({ eventId, label, councils }),
  });
  const [[counts]] = await db.query(
    `SELECT SUM(status = 'confirmed') AS confirmed, SUM(status = 'waitlisted') AS waitlisted, COUNT(*) AS total,
            COUNT(DISTINCT email_key) AS people
       FROM registrations WHERE event_id = ?`,
    [eventId],
  );
  const [[positions]] = await db.query(
    `SELECT COUNT(*) AS waiting, MIN(id) AS first, MAX(id) AS last FROM registrations WHERE event_id = ? AND status = 'waitlisted'`,
    [eventId],
  );
  return {
    ...http,
    confirmed: Number(counts.confirmed ?? 0),
    waitlisted: Number(counts.waitlisted ?? 0),
    stored: Number(counts.total),
    distinctPeople: Number(counts.people),
    waitingRows: Number(positions.waiting),
  };
}

import type { QueryRunner } from 'typeorm';
import {
  addFutureProgrammeYear,
  aRegistration,
  manageTokenFor,
  outboxKinds,
  publishedEvent,
  register,
} from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * Every change to places holds the event's row lock for the whole of its
 * transaction. If anything in that transaction queried through a second
 * pooled connection, a burst could fill the pool with requests queued on the
 * lock while the lock's holder waited for a connection: the API froze until
 * MySQL's lock wait timeout (50 s). The benchmark found exactly that (the
 * pseudonym key was read on another connection on first use). Here the pool
 * has two connections and the test holds one of them, so the API has exactly
 * one: any such query waits forever, these requests never answer and the test
 * fails on its timeout.
 */
jest.setTimeout(60_000);

describe('a registration transaction uses only its own database connection (MySQL, one free connection)', () => {
  let testApp: TestApp;
  let lga: SignedInClient;
  let held: QueryRunner;

  beforeAll(async () => {
    testApp = await createTestApp('mysql', { DATABASE_POOL_SIZE: '2' }, { demoAccounts: true });
    lga = await signInAs(testApp, 'lgaOrganiser');
    await addFutureProgrammeYear(await signInAs(testApp, 'admin'));
    held = testApp.dataSource.createQueryRunner();
    await held.connect();
  });

  afterAll(async () => {
    await held.release();
    await testApp.close();
  });

  const statuses = async (eventId: number) =>
    (
      (await held.query('SELECT status FROM registrations WHERE event_id = ? ORDER BY id', [eventId])) as {
        status: string;
      }[]
    ).map((row) => row.status);

  it('takes the first registration of a fresh process, then a simultaneous burst past capacity', async () => {
    const eventId = await publishedEvent(lga, { capacity: 3 });
    await register(testApp, eventId, aRegistration('first')).expect(201);
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, n) => register(testApp, eventId, aRegistration(`pool-${n}`))),
    );
    expect(burst.map((response) => response.status)).toEqual(Array(8).fill(201));
    expect(await statuses(eventId)).toEqual([...Array(3).fill('confirmed'), ...Array(6).fill('waitlisted')]);
  });

  it('cancels through the manage link and promotes the first person waiting', async () => {
    const eventId = await publishedEvent(lga, { capacity: 1 });
    await register(testApp, eventId, aRegistration('keep-1')).expect(201);
    await register(testApp, eventId, aRegistration('keep-2')).expect(201);
    const token = await manageTokenFor(testApp, 'attendee.keep-1@leeds.gov.uk');
    await testApp.http.delete(`/api/registrations/manage/${token}`).send({}).expect(200);
    expect(await outboxKinds(testApp, 'attendee.keep-2@leeds.gov.uk')).toEqual(['waitlisted', 'promoted']);
  });

  it('lets an organiser add someone, approve a request and raise the capacity', async () => {
    const eventId = await publishedEvent(lga, { capacity: 1, approvalRequired: true });
    await register(testApp, eventId, aRegistration('asks')).expect(201);
    const [pending] = (await held.query('SELECT id FROM registrations WHERE event_id = ?', [eventId])) as {
      id: number;
    }[];
    await lga.post(`/api/registrations/${pending?.id}/approve`).send({}).expect(200);
    await lga.post(`/api/events/${eventId}/registrations/manual`).send(aRegistration('added')).expect(201);
    await lga.patch(`/api/events/${eventId}`).send({ capacity: 2 }).expect(200);
    expect(await statuses(eventId)).toEqual(['confirmed', 'confirmed']);
  });
});

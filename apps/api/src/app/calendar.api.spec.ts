import type { EventInput } from '@epm/shared/contracts';
import ICAL from 'ical.js';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

/** Parses with ical.js (Mozilla's parser, independent of the generator) and returns the VEVENTs. */
function parseEvents(text: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent');
}

const utc = (component: ICAL.Component, name: string) =>
  (component.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();

function anEvent(overrides: Partial<EventInput>): EventInput {
  return {
    title: 'AI in adult social care',
    summary: 'What councils have learnt from early pilots.',
    type: 'webinar',
    format: 'online',
    joiningUrl: 'https://teams.example/meet/ai',
    startsAt: '2025-10-26T10:00:00+00:00',
    endsAt: '2025-10-26T11:00:00+00:00',
    capacity: null,
    audience: 'all',
    leadOrganisation: 'techuk',
    tags: ['artificial-intelligence'],
    ...overrides,
  };
}

describe.each(DATABASE_KINDS)('calendars on %s', (kind) => {
  let testApp: TestApp;
  let techuk: SignedInClient;

  beforeAll(async () => {
    testApp = await createTestApp(kind, { PUBLIC_URL: 'http://events.example.org' }, { demoAccounts: true });
    techuk = await signInAs(testApp, 'techukOrganiser');
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function published(input: EventInput): Promise<number> {
    const { body } = await techuk.post('/api/events').send(input).expect(201);
    await techuk.post(`/api/events/${body.id}/publish`).expect(200);
    return body.id;
  }

  it('serves one event with a stable UID, its page, its organiser mailbox and no joining link', async () => {
    const id = await published(anEvent({}));
    const response = await testApp.http.get(`/api/events/${id}/event.ics`).expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="event-${id}.ics"`);
    const [event] = parseEvents(response.text);
    if (!event) throw new Error('no VEVENT');
    expect(event.getFirstPropertyValue('uid')).toBe(`event-${id}@events.example.org`);
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.getFirstPropertyValue('url')).toBe(`http://events.example.org/events/${id}`);
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:info@techuk.org');
    expect(event.getFirstProperty('organizer')?.getParameter('cn')).toBe('techUK');
    expect(response.text).not.toContain('teams.example');

    const again = await testApp.http.get(`/api/events/${id}/event.ics`).expect(200);
    expect(parseEvents(again.text)[0]?.getFirstPropertyValue('uid')).toBe(`event-${id}@events.example.org`);
  });

  it('gets the times right either side of both British Summer Time changes of the MoU year', async () => {
    // 10:00 London on 26 October 2025 (after the clocks went back) is 10:00 UTC...
    const autumn = await published(
      anEvent({ startsAt: '2025-10-26T10:00:00+00:00', endsAt: '2025-10-26T11:00:00+00:00' }),
    );
    // ...and on 29 March 2026 (after they went forward) it is 09:00 UTC.
    const spring = await published(
      anEvent({ startsAt: '2026-03-29T10:00:00+01:00', endsAt: '2026-03-29T11:00:00+01:00' }),
    );
    const [autumnEvent] = parseEvents((await testApp.http.get(`/api/events/${autumn}/event.ics`)).text);
    const [springEvent] = parseEvents((await testApp.http.get(`/api/events/${spring}/event.ics`)).text);
    if (!autumnEvent || !springEvent) throw new Error('no VEVENT');
    expect(utc(autumnEvent, 'dtstart')).toBe('2025-10-26T10:00:00.000Z');
    expect(utc(springEvent, 'dtstart')).toBe('2026-03-29T09:00:00.000Z');
    expect(utc(springEvent, 'dtend')).toBe('2026-03-29T10:00:00.000Z');
  });

  it('grows SEQUENCE when the event is rescheduled, and marks it CANCELLED when cancelled', async () => {
    const id = await published(anEvent({ startsAt: '2025-11-04T14:00:00+00:00', endsAt: '2025-11-04T15:00:00+00:00' }));
    await techuk
      .patch(`/api/events/${id}`)
      .send({ startsAt: '2025-11-05T14:00:00+00:00', endsAt: '2025-11-05T15:00:00+00:00' })
      .expect(200);
    const [moved] = parseEvents((await testApp.http.get(`/api/events/${id}/event.ics`)).text);
    if (!moved) throw new Error('no VEVENT');
    expect(moved.getFirstPropertyValue('sequence')).toBe(1);
    expect(utc(moved, 'dtstart')).toBe('2025-11-05T14:00:00.000Z');

    await techuk.post(`/api/events/${id}/cancel`).send({ reason: 'The speaker is unwell' }).expect(200);
    const [cancelled] = parseEvents((await testApp.http.get(`/api/events/${id}/event.ics`)).text);
    if (!cancelled) throw new Error('no VEVENT');
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('sequence')).toBe(2);
    expect(cancelled.getFirstPropertyValue('uid')).toBe(`event-${id}@events.example.org`);
  });

  it('offers a feed of the programme, filtered by type and theme, without drafts', async () => {
    const draft = await techuk
      .post('/api/events')
      .send(anEvent({ title: 'Draft only' }))
      .expect(201);
    const roundtable = await published(
      anEvent({
        title: 'Procurement roundtable',
        type: 'roundtable',
        format: 'in-person',
        joiningUrl: null,
        venue: { name: 'techUK', address: '10 St Bride Street, London', postcode: 'EC4A 4AD' },
        tags: ['procurement-reform'],
      }),
    );
    const feed = await testApp.http.get('/api/calendar.ics').expect(200);
    const uids = parseEvents(feed.text).map((event) => event.getFirstPropertyValue('uid'));
    expect(uids).toContain(`event-${roundtable}@events.example.org`);
    expect(uids).not.toContain(`event-${draft.body.id}@events.example.org`);

    const roundtables = parseEvents((await testApp.http.get('/api/calendar.ics').query({ type: 'roundtable' })).text);
    expect(roundtables.map((event) => event.getFirstPropertyValue('summary'))).toEqual(['Procurement roundtable']);
    expect(roundtables[0]?.getFirstPropertyValue('location')).toBe('techUK, 10 St Bride Street, London, EC4A 4AD');
    const ai = parseEvents(
      (await testApp.http.get('/api/calendar.ics').query({ theme: 'artificial-intelligence' })).text,
    );
    expect(ai.length).toBeGreaterThan(0);
    expect(ai.every((event) => event.getFirstPropertyValue('summary') !== 'Procurement roundtable')).toBe(true);
    await testApp.http.get('/api/calendar.ics').query({ type: 'party' }).expect(422);
  });

  it('answers 404 for a draft’s calendar file', async () => {
    const { body } = await techuk.post('/api/events').send(anEvent({})).expect(201);
    await testApp.http.get(`/api/events/${body.id}/event.ics`).expect(404);
  });
});

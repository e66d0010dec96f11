import { PublicReadCache } from '@epm/api/events';
import { addFutureProgrammeYear, publishedEvent } from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

jest.setTimeout(60_000);

describe.each(DATABASE_KINDS)('the public programme served from memory on %s', (kind) => {
  let testApp: TestApp;
  let lga: SignedInClient;
  let now = 0;

  beforeAll(async () => {
    testApp = await createTestApp(kind, { PUBLIC_CACHE_MS: '1000' }, { demoAccounts: true });
    testApp.app.get(PublicReadCache).clock = () => now;
    lga = await signInAs(testApp, 'lgaOrganiser');
    await addFutureProgrammeYear(await signInAs(testApp, 'admin'));
  });

  afterAll(async () => {
    await testApp.close();
  });

  const titleOnList = async () =>
    ((await testApp.http.get('/api/events').expect(200)).body.items as { title: string }[]).map((item) => item.title);

  it('shows a change made elsewhere (another process) once the cached read expires', async () => {
    const id = await publishedEvent(lga, { title: 'Cloud contracts clinic' });
    expect(await titleOnList()).toContain('Cloud contracts clinic');
    expect((await testApp.http.get(`/api/events/${id}`).expect(200)).body.title).toBe('Cloud contracts clinic');
    await testApp.dataSource.query('UPDATE events SET title = ? WHERE id = ?', ['Cloud contracts surgery', id]);
    now += 999;
    expect(await titleOnList()).toContain('Cloud contracts clinic');
    expect((await testApp.http.get(`/api/events/${id}`).expect(200)).body.title).toBe('Cloud contracts clinic');
    now += 1;
    expect(await titleOnList()).toContain('Cloud contracts surgery');
    expect((await testApp.http.get(`/api/events/${id}`).expect(200)).body.title).toBe('Cloud contracts surgery');
  });

  it('shows a change made through this process at once', async () => {
    const id = await publishedEvent(lga, { title: 'Data sharing roundtable' });
    expect((await testApp.http.get(`/api/events/${id}`).expect(200)).body.title).toBe('Data sharing roundtable');
    await lga.patch(`/api/events/${id}`).send({ title: 'Data sharing workshop' }).expect(200);
    expect((await testApp.http.get(`/api/events/${id}`).expect(200)).body.title).toBe('Data sharing workshop');
    await lga.post(`/api/events/${id}/cancel`).send({ reason: 'Speaker unavailable' }).expect(200);
    expect((await testApp.http.get(`/api/events/${id}`).expect(200)).body.status).toBe('cancelled');
  });

  it('never serves what a signed-in organiser saw to anyone else', async () => {
    const { body } = await lga
      .post('/api/events')
      .send({
        title: 'Draft: supplier day',
        summary: 'Not yet announced.',
        type: 'webinar',
        format: 'online',
        joiningUrl: 'https://meet.example.org/supplier-day',
        startsAt: '2098-07-02T10:00:00+01:00',
        endsAt: '2098-07-02T11:00:00+01:00',
        capacity: 40,
        audience: 'all',
        leadOrganisation: 'lga',
      })
      .expect(201);
    const seen = await lga.get(`/api/events/${body.id}`).expect(200);
    expect(seen.body.joiningUrl).toBe('https://meet.example.org/supplier-day');
    await testApp.http.get(`/api/events/${body.id}`).expect(404);
    const published = await publishedEvent(lga, { title: 'Published: supplier day' });
    await lga.get(`/api/events/${published}`).expect(200);
    expect((await testApp.http.get(`/api/events/${published}`).expect(200)).body.joiningUrl).toBeNull();
  });
});

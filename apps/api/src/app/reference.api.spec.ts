import { ReferenceService } from '@epm/api/reference';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

describe.each(DATABASE_KINDS)('reference data API on %s', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('lists the two MoU partners', async () => {
    const response = await testApp.http.get('/api/organisations').expect(200);
    expect(response.body.map((organisation: { code: string }) => organisation.code).sort()).toEqual(['lga', 'techuk']);
    expect(response.body[0]).toEqual({
      code: expect.any(String),
      name: expect.any(String),
      description: expect.any(String),
      website: expect.stringMatching(/^https:\/\//),
    });
  });

  it('serves the taxonomy grouped by kind', async () => {
    const response = await testApp.http.get('/api/taxonomy').expect(200);
    expect(response.body.eventTypes.map((term: { code: string }) => term.code)).toEqual([
      'workshop',
      'webinar',
      'roundtable',
      'consultation',
    ]);
    expect(response.body.themes.map((term: { code: string }) => term.code)).toEqual(
      expect.arrayContaining([
        'procurement-reform',
        'digital-skills',
        'artificial-intelligence',
        'cybersecurity',
        'digital-inclusion',
      ]),
    );
    expect([response.body.missions.length, response.body.enablers.length, response.body.principles.length]).toEqual([
      3, 6, 6,
    ]);
  });

  it('loads all 317 councils into the database', async () => {
    const [{ count }] = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM councils WHERE current = 1');
    expect(Number(count)).toBe(317);
  });

  it('finds a council by the start of its name, best match first', async () => {
    const response = await testApp.http.get('/api/councils').query({ q: 'hartle' }).expect(200);
    expect(response.body.items[0]).toEqual({
      gssCode: 'E06000001',
      name: 'Hartlepool Borough Council',
      shortName: 'Hartlepool',
      type: 'Unitary authority',
      region: 'North East',
    });
  });

  it('ranks names starting with the query above names merely containing it', async () => {
    const response = await testApp.http.get('/api/councils').query({ q: 'york' }).expect(200);
    const names: string[] = response.body.items.map((council: { shortName: string }) => council.shortName);
    expect(names).toEqual(['York', 'East Riding of Yorkshire', 'North Yorkshire']);
    const limited = await testApp.http.get('/api/councils').query({ q: 'york', limit: 2 }).expect(200);
    expect(limited.body.items).toHaveLength(2);
    expect(limited.body.total).toBe(3);
  });

  it('ignores punctuation and case, and finds a council by its GSS code', async () => {
    const byName = await testApp.http.get('/api/councils').query({ q: 'st. helens' }).expect(200);
    expect(byName.body.items[0].name).toBe('St Helens Council');
    const byCode = await testApp.http.get('/api/councils').query({ q: 'e08000013' }).expect(200);
    expect(byCode.body.items[0].gssCode).toBe('E08000013');
  });

  it('answers no matches with an empty list', async () => {
    const response = await testApp.http.get('/api/councils').query({ q: 'atlantis' }).expect(200);
    expect(response.body).toEqual({ items: [], total: 0 });
  });

  it.each([
    [{ limit: 'ten' }, 'limit'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '401' }, 'limit'],
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ page: '2' }, 'page'],
  ])('refuses the query %o with 422 keyed by %s', async (query, field) => {
    const response = await testApp.http.get('/api/councils').query(query).expect(422);
    expect(response.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: expect.any(String),
      errors: { [field]: expect.arrayContaining([expect.any(String)]) },
    });
  });

  it('gets one council by code, and 404 for an unknown code', async () => {
    await testApp.http.get('/api/councils/E09000001').expect(200, {
      gssCode: 'E09000001',
      name: 'City of London Corporation',
      shortName: 'City of London',
      type: 'City corporation',
      region: 'London',
    });
    const missing = await testApp.http.get('/api/councils/E99999999').expect(404);
    expect(missing.body.error).toBe('Not Found');
  });

  it('leaves reference data unchanged when it syncs again, as a second process starting would', async () => {
    const before = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM taxonomy_terms');
    await testApp.app.get(ReferenceService).syncReferenceData();
    const after = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM taxonomy_terms');
    expect(Number(after[0].count)).toBe(Number(before[0].count));
    const organisations = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM organisations');
    expect(Number(organisations[0].count)).toBe(2);
  });
});

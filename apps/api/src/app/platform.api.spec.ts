import { RateLimitService } from '@epm/api/platform';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

describe.each(DATABASE_KINDS)('platform API on %s', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('rate limits', () => {
    it('counts simultaneous hits exactly, each its own number, per key, however they are batched', async () => {
      const limits = testApp.app.get(RateLimitService);
      const hits = await Promise.all([
        ...Array.from({ length: 30 }, () => limits.hit('test:ip:10.0.0.1', 600)),
        ...Array.from({ length: 5 }, () => limits.hit('test:ip:10.0.0.2', 600)),
      ]);
      expect(hits.slice(0, 30).map(({ count }) => count)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
      expect(hits.slice(30).map(({ count }) => count)).toEqual([1, 2, 3, 4, 5]);
      expect(hits.every(({ retryAfterSeconds }) => retryAfterSeconds > 590 && retryAfterSeconds <= 600)).toBe(true);
      // One after another, the count goes on from there.
      expect((await limits.hit('test:ip:10.0.0.2', 600)).count).toBe(6);
      expect(await limits.peek('test:ip:10.0.0.1', 600)).toMatchObject({ count: 30 });
    });

    it('starts a new window once the old one has passed', async () => {
      const limits = testApp.app.get(RateLimitService);
      await Promise.all([limits.hit('test:ip:10.0.0.3', 60), limits.hit('test:ip:10.0.0.3', 60)]);
      await testApp.dataSource.query('UPDATE rate_limits SET window_start = window_start - 61');
      const again = await Promise.all([limits.hit('test:ip:10.0.0.3', 60), limits.hit('test:ip:10.0.0.3', 60)]);
      expect(again.map(({ count }) => count)).toEqual([1, 2]);
    });
  });

  it('reports healthy with the database up', async () => {
    const response = await testApp.http.get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers an unknown API route with the common error shape', async () => {
    const response = await testApp.http.get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });

  it('answers malformed JSON with 400 and no parser internals', async () => {
    const response = await testApp.http
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON',
    });
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('answers an oversized body with 413', async () => {
    const response = await testApp.http
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(200_000) }))
      .expect(413);
    expect(response.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: expect.any(String) });
  });

  it('sends security headers on every response', async () => {
    const response = await testApp.http.get('/api/organisations').expect(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('tags each response with a request id, keeping a well-formed one from the caller', async () => {
    const generated = await testApp.http.get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await testApp.http.get('/api/health').set('X-Request-Id', 'lb-1234.abc');
    expect(echoed.headers['x-request-id']).toBe('lb-1234.abc');
    const refused = await testApp.http.get('/api/health').set('X-Request-Id', 'bad id <script>');
    expect(refused.headers['x-request-id']).not.toBe('bad id <script>');
  });

  it('reports 503 with the database down', async () => {
    const separate = await createTestApp(kind);
    try {
      await separate.dataSource.destroy();
      const response = await separate.http.get('/api/health').expect(503);
      expect(response.body).toEqual({ status: 'error', database: 'down' });
    } finally {
      await separate.close();
    }
  });
});

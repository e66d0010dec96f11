import { runServerToExit, type RunningServer, startServer } from './support/server';

describe('starting the production build', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT', 'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "abc")'],
    [{ PORT: '99999' }, 'PORT', 'Invalid configuration: PORT must be a whole number'],
    [
      { DATABASE_URL: 'postgres://user:pw@db/epm' },
      'DATABASE_URL',
      'Invalid configuration: DATABASE_URL has scheme "postgres"',
    ],
    [
      { DATABASE_URL: 'mysql://root@127.0.0.1:1/epm' },
      'DATABASE_URL',
      'Cannot open the database (MySQL database "epm" on 127.0.0.1:1; set by DATABASE_URL)',
    ],
  ])('stops on %o with one line naming %s', async (env, variable, message) => {
    const { code, stderr } = await runServerToExit(env);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    expect(lines[0]).toContain(message);
  });

  it('never prints the database password when it cannot connect', async () => {
    const { stderr } = await runServerToExit({ DATABASE_URL: 'mysql://root:Sup3r-s3cret@127.0.0.1:1/epm' });
    expect(stderr).not.toContain('Sup3r-s3cret');
  });

  describe('on MySQL through DATABASE_URL', () => {
    let server: RunningServer;

    beforeAll(async () => {
      const base = process.env['TEST_MYSQL_URL'] || 'mysql://root@127.0.0.1:3306/epm_test';
      const url = new URL(base);
      url.pathname = `/${url.pathname.slice(1) || 'epm_test'}_e2e`;
      const mysql = await import('mysql2/promise');
      const admin = await mysql.createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      });
      await admin.query(`DROP DATABASE IF EXISTS \`${url.pathname.slice(1)}\``);
      await admin.query(`CREATE DATABASE \`${url.pathname.slice(1)}\``);
      await admin.end();
      server = await startServer({ DATABASE_URL: url.toString() });
    });

    afterAll(async () => {
      await server?.stop();
    });

    it('migrates, loads the reference data and reports healthy', async () => {
      const health = await fetch(`${server.baseUrl}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
      const councils = await (await fetch(`${server.baseUrl}/api/councils?q=Cornwall`)).json();
      expect(councils.items[0]).toMatchObject({ gssCode: 'E06000052', region: 'South West' });
    });
  });

  it('logs requests as JSON lines without query strings', async () => {
    const server = await startServer({ LOG_LEVEL: 'log' });
    try {
      await fetch(`${server.baseUrl}/api/councils?q=someone%40example.org`);
      await new Promise((wait) => setTimeout(wait, 200));
      const requestLines = server
        .output()
        .split('\n')
        .filter((line) => line.includes('"msg":"request"'));
      expect(requestLines.length).toBeGreaterThan(0);
      for (const line of requestLines) expect(() => JSON.parse(line)).not.toThrow();
      expect(server.output()).not.toContain('example.org');
      expect(requestLines.some((line) => line.includes('"route":"/api/councils"'))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});

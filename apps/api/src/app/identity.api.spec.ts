import { SessionEntity } from '@epm/api/identity';
import { totp } from '@epm/api/identity/testing';
import request from 'supertest';
import { clientFor, cookieValue, demoAccount, signIn, signInAs } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

const ORGANISER = demoAccount('techukOrganiser');
const credentials = (account: { email: string; password: string }) => ({
  email: account.email,
  password: account.password,
});

describe.each(DATABASE_KINDS)('identity and access on %s', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    // Behind a proxy, so tests can sign in from several client addresses.
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' }, { demoAccounts: true });
  });

  afterAll(async () => {
    await testApp.close();
  });

  beforeEach(async () => {
    await testApp.dataSource.query('DELETE FROM rate_limits');
  });

  describe('signing in', () => {
    it('sets an HttpOnly, SameSite session cookie and a CSRF cookie, and returns the account without secrets', async () => {
      const response = await testApp.http
        .post('/api/auth/login')
        .send({ email: ORGANISER.email.toUpperCase(), password: ORGANISER.password })
        .expect(200);
      expect(response.body).toEqual({
        status: 'signed-in',
        user: {
          id: expect.any(Number),
          email: ORGANISER.email,
          displayName: expect.any(String),
          role: 'organiser',
          organisation: { code: 'techuk', name: 'techUK' },
          mfaEnabled: false,
          mfaEnrolmentRequired: false,
        },
      });
      const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      const session = cookies.find((cookie) => cookie.startsWith('epm_session='));
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/SameSite=Lax/);
      expect(session).toMatch(/Path=\//);
      expect(cookieValue(response, 'epm_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/);
      expect(JSON.stringify(response.body)).not.toContain(cookieValue(response, 'epm_session'));
    });

    it('answers a wrong password and an unknown email identically', async () => {
      const wrongPassword = await testApp.http
        .post('/api/auth/login')
        .send({ email: ORGANISER.email, password: 'not the right password' })
        .expect(401);
      const unknown = await testApp.http
        .post('/api/auth/login')
        .send({ email: 'nobody@nowhere.example', password: 'not the right password' })
        .expect(401);
      expect(wrongPassword.body).toEqual(unknown.body);
      expect(wrongPassword.body.message).toBe('Enter a correct email address and password');
    });

    it('refuses a sign-in posted from another site', async () => {
      await testApp.http
        .post('/api/auth/login')
        .set('Sec-Fetch-Site', 'cross-site')
        .send({ email: ORGANISER.email, password: ORGANISER.password })
        .expect(403);
    });

    it('refuses bad input with errors keyed by field, and unknown fields', async () => {
      const response = await testApp.http
        .post('/api/auth/login')
        .send({ email: 'not-an-email', password: '', remember: true })
        .expect(422);
      expect(Object.keys(response.body.errors).sort()).toEqual(['email', 'password', 'remember']);
    });
  });

  describe('sessions', () => {
    it('ends at sign-out: the old cookie no longer works', async () => {
      const client = await signInAs(testApp, 'reviewer');
      await client.get('/api/auth/me').expect(200);
      const logout = await client.post('/api/auth/logout').expect(204);
      expect(([] as string[]).concat(logout.headers['set-cookie'] ?? []).join()).toMatch(/epm_session=;/);
      await request(testApp.app.getHttpServer())
        .get('/api/auth/me')
        .set('Cookie', `epm_session=${client.sessionToken}`)
        .expect(401);
    });

    it('tells pages who is signed in without a 401 when nobody is', async () => {
      await testApp.http.get('/api/auth/session').expect(200, { user: null });
      const client = await signInAs(testApp, 'reviewer');
      const { body } = await client.get('/api/auth/session').expect(200);
      expect(body.user).toMatchObject({ email: demoAccount('reviewer').email, role: 'reviewer' });
    });

    it('marks responses to signed-in people no-store', async () => {
      const client = await signInAs(testApp, 'reviewer');
      const response = await client.get('/api/auth/me').expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('expires after the idle timeout and after the absolute lifetime', async () => {
      const idle = await signInAs(testApp, 'reviewer');
      const { body: reviewer } = await idle.get('/api/auth/me').expect(200);
      const sessions = testApp.dataSource.getRepository(SessionEntity);
      await sessions.update({ userId: reviewer.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
      await idle.get('/api/auth/me').expect(401);

      const old = await signInAs(testApp, 'reviewer');
      await old.get('/api/auth/me').expect(200);
      await sessions.update({ userId: reviewer.id }, { expiresAt: new Date(Date.now() - 1000) });
      await old.get('/api/auth/me').expect(401);
    });

    it('refuses a state-changing request without the CSRF proof, or from another site', async () => {
      const client = await signInAs(testApp, 'reviewer');
      await client.agent.post('/api/auth/logout').expect(403);
      await client.agent.post('/api/auth/logout').set('X-XSRF-TOKEN', 'forged').expect(403);
      await client.post('/api/auth/logout').set('Sec-Fetch-Site', 'cross-site').expect(403);
      await client.get('/api/auth/me').expect(200);
      await client.post('/api/auth/logout').set('Sec-Fetch-Site', 'same-origin').expect(204);
    });
  });

  describe('brute force', () => {
    it('locks an account after 10 failures in 5 minutes, even for the right password, until the window passes', async () => {
      const account = demoAccount('lgaOrganiser');
      for (let attempt = 0; attempt < 10; attempt++) {
        await testApp.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', `203.0.113.${attempt}`)
          .send({ email: account.email, password: `wrong guess number ${attempt}` })
          .expect(401);
      }
      const locked = await testApp.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.7')
        .send({ email: account.email, password: account.password })
        .expect(429);
      expect(locked.body.message).toMatch(/Too many failed attempts/);
      expect(Number(locked.headers['retry-after'] ?? 0)).toBeGreaterThanOrEqual(0);

      await testApp.dataSource.query('UPDATE rate_limits SET window_start = window_start - 301');
      await testApp.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.7')
        .send({ email: account.email, password: account.password })
        .expect(200);
    });

    it('limits failures from one address across many accounts', async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        await testApp.http
          .post('/api/auth/login')
          .send({ email: `guess${attempt}@example.org`, password: 'a wrong password' })
          .expect(401);
      }
      await testApp.http
        .post('/api/auth/login')
        .send({ email: ORGANISER.email, password: ORGANISER.password })
        .expect(429);
    });
  });

  describe('account administration', () => {
    it('lets an administrator create an account, and refuses bad input by field', async () => {
      const admin = await signInAs(testApp, 'admin');
      const invalid = await admin
        .post('/api/users')
        .send({ email: 'nope', displayName: '', role: 'organiser', password: 'password1234' })
        .expect(422);
      expect(Object.keys(invalid.body.errors).sort()).toEqual(['displayName', 'email']);

      const weak = await admin
        .post('/api/users')
        .send({
          email: 'new@lga.example',
          displayName: 'New Person',
          role: 'organiser',
          organisationCode: 'lga',
          password: 'password1234',
        })
        .expect(422);
      expect(weak.body.errors).toEqual({ password: ['Password is too common. Try a few unrelated words together'] });

      const orphan = await admin
        .post('/api/users')
        .send({
          email: 'new@lga.example',
          displayName: 'New Person',
          role: 'organiser',
          password: 'heather moorland kettle',
        })
        .expect(422);
      expect(Object.keys(orphan.body.errors)).toEqual(['organisationCode']);

      const created = await admin
        .post('/api/users')
        .send({
          email: 'New@LGA.example',
          displayName: 'New Person',
          role: 'organiser',
          organisationCode: 'lga',
          password: 'heather moorland kettle',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        email: 'new@lga.example',
        role: 'organiser',
        organisation: { code: 'lga' },
        disabled: false,
      });
      expect(JSON.stringify(created.body)).not.toMatch(/argon2|password/i);

      const duplicate = await admin
        .post('/api/users')
        .send({ email: 'new@lga.example', displayName: 'Again', role: 'reviewer', password: 'heather moorland kettle' })
        .expect(409);
      expect(duplicate.body.errors).toEqual({ email: ['An account with this email address already exists'] });
      await signIn(testApp, 'new@lga.example', 'heather moorland kettle');
    });

    it('ends every session of an account when it is disabled, and refuses its sign-in', async () => {
      const admin = await signInAs(testApp, 'admin');
      const organiser = await signInAs(testApp, 'lgaOrganiser');
      await organiser.get('/api/auth/me').expect(200);
      const { body: me } = await organiser.get('/api/auth/me');
      await admin.patch(`/api/users/${me.id}`).send({ disabled: true }).expect(200);
      await organiser.get('/api/auth/me').expect(401);
      const account = demoAccount('lgaOrganiser');
      await testApp.http.post('/api/auth/login').send({ email: account.email, password: account.password }).expect(401);
      await admin.patch(`/api/users/${me.id}`).send({ disabled: false }).expect(200);
    });

    it('records role changes and sign-ins in the audit log, which only administrators read', async () => {
      const admin = await signInAs(testApp, 'admin');
      const { body: users } = await admin.get('/api/users').expect(200);
      const reviewer = users.find((user: { role: string }) => user.role === 'reviewer');
      await admin
        .patch(`/api/users/${reviewer.id}`)
        .send({ role: 'organiser', organisationCode: 'techuk' })
        .expect(200);
      await admin.patch(`/api/users/${reviewer.id}`).send({ role: 'reviewer' }).expect(200);
      const { body: log } = await admin.get('/api/audit').query({ action: 'user.role' }).expect(200);
      expect(log.items[0]).toMatchObject({
        action: 'user.role.changed',
        entityType: 'user',
        entityId: String(reviewer.id),
        actor: { email: demoAccount('admin').email },
        details: { role: { from: 'organiser', to: 'reviewer' }, organisationId: { to: null } },
      });
      const { body: signIns } = await admin.get('/api/audit').query({ action: 'auth.login' }).expect(200);
      expect(signIns.items.map((event: { action: string }) => event.action)).toEqual(
        expect.arrayContaining(['auth.login.succeeded', 'auth.login.failed']),
      );
      await (await signInAs(testApp, 'reviewer')).get('/api/audit').expect(403);
    });

    it('stops an administrator disabling themself', async () => {
      const admin = await signInAs(testApp, 'admin');
      const { body: me } = await admin.get('/api/auth/me');
      const response = await admin.patch(`/api/users/${me.id}`).send({ disabled: true }).expect(422);
      expect(Object.keys(response.body.errors)).toEqual(['disabled']);
    });
  });

  describe('passwords', () => {
    it('changes the password, ending the account’s other sessions but not this one', async () => {
      const account = demoAccount('techukOrganiser');
      const other = await signInAs(testApp, 'techukOrganiser');
      const client = await signInAs(testApp, 'techukOrganiser');
      const wrong = await client
        .post('/api/auth/password')
        .send({ currentPassword: 'not it at all', newPassword: 'granite lighthouse orchard' })
        .expect(422);
      expect(Object.keys(wrong.body.errors)).toEqual(['currentPassword']);
      const common = await client
        .post('/api/auth/password')
        .send({ currentPassword: account.password, newPassword: 'qwertyuiop123' })
        .expect(422);
      expect(Object.keys(common.body.errors)).toEqual(['newPassword']);

      await client
        .post('/api/auth/password')
        .send({ currentPassword: account.password, newPassword: 'granite lighthouse orchard' })
        .expect(204);
      await other.get('/api/auth/me').expect(401);
      await client.get('/api/auth/me').expect(200);
      await signIn(testApp, account.email, 'granite lighthouse orchard');
      await client
        .post('/api/auth/password')
        .send({ currentPassword: 'granite lighthouse orchard', newPassword: account.password })
        .expect(204);
    });
  });

  describe('two-step verification', () => {
    it('enrols with a TOTP app, then asks for a code at sign-in, refusing a replayed one', async () => {
      const account = demoAccount('lgaOrganiser');
      const client = await signInAs(testApp, 'lgaOrganiser');
      const { body: enrolment } = await client.post('/api/auth/mfa/enrol').expect(200);
      expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
      await client.post('/api/auth/mfa/confirm').send({ code: '000000' }).expect(422);
      const { body: confirmed } = await client
        .post('/api/auth/mfa/confirm')
        .send({ code: totp(enrolment.secret, Date.now() - 30_000) })
        .expect(200);
      expect(confirmed.recoveryCodes).toHaveLength(10);

      const agent = request.agent(testApp.app.getHttpServer());
      const first = await agent.post('/api/auth/login').send(credentials(account)).expect(200);
      expect(first.body).toEqual({ status: 'mfa-required' });
      const pending = clientFor(agent, first);
      await pending.get('/api/auth/me').expect(401);
      await pending.get('/api/auth/session').expect(200, { user: null });
      await pending.post('/api/auth/mfa/verify').send({ code: '123456' }).expect(422);
      const code = totp(enrolment.secret);
      const verified = await pending.post('/api/auth/mfa/verify').send({ code }).expect(200);
      expect(verified.body.status).toBe('signed-in');
      const active = clientFor(agent, verified);
      expect(active.sessionToken).not.toBe(pending.sessionToken);
      await active.get('/api/auth/me').expect(200);

      const again = request.agent(testApp.app.getHttpServer());
      const second = clientFor(again, await again.post('/api/auth/login').send(credentials(account)).expect(200));
      await second.post('/api/auth/mfa/verify').send({ code }).expect(422);
      await second.post('/api/auth/mfa/verify').send({ code: confirmed.recoveryCodes[0] }).expect(200);

      const third = request.agent(testApp.app.getHttpServer());
      const reuse = clientFor(third, await third.post('/api/auth/login').send(credentials(account)).expect(200));
      await reuse.post('/api/auth/mfa/verify').send({ code: confirmed.recoveryCodes[0] }).expect(422);

      await active.delete('/api/auth/mfa').send({ password: account.password }).expect(204);
      await signIn(testApp, account.email, account.password);
    });
  });
});

describe('administrators must use two-step verification when REQUIRE_MFA_FOR_ADMINS is on', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp('sqlite', { REQUIRE_MFA_FOR_ADMINS: 'true' }, { demoAccounts: true });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('lets the administrator only set it up until they have', async () => {
    const admin = await signInAs(testApp, 'admin');
    const { body: me } = await admin.get('/api/auth/me').expect(200);
    expect(me.mfaEnrolmentRequired).toBe(true);
    await admin.get('/api/users').expect(403);
    const { body: enrolment } = await admin.post('/api/auth/mfa/enrol').expect(200);
    await admin
      .post('/api/auth/mfa/confirm')
      .send({ code: totp(enrolment.secret) })
      .expect(200);
    await admin.get('/api/users').expect(200);
  });

  it('leaves other roles alone', async () => {
    const organiser = await signInAs(testApp, 'techukOrganiser');
    const { body: me } = await organiser.get('/api/auth/me').expect(200);
    expect(me.mfaEnrolmentRequired).toBe(false);
  });
});

describe('the first administrator and HTTPS deployments', () => {
  let testApp: TestApp;
  const admin = { email: 'first.admin@lga.example', password: 'bootstrap harbour lantern' };

  beforeAll(async () => {
    testApp = await createTestApp('sqlite', {
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      PUBLIC_URL: 'https://events.example.org',
    });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('creates the administrator from ADMIN_EMAIL and ADMIN_PASSWORD when there are no accounts', async () => {
    const [{ count }] = await testApp.dataSource.query('SELECT COUNT(*) AS count FROM users');
    expect(Number(count)).toBe(1);
    const response = await testApp.http.post('/api/auth/login').send(admin).expect(200);
    expect(response.body.user.role).toBe('admin');
  });

  it('uses a __Host- prefixed, Secure session cookie and sends HSTS over HTTPS', async () => {
    const response = await testApp.http.post('/api/auth/login').send(admin).expect(200);
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((cookie) => cookie.startsWith('__Host-epm_session='));
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).not.toMatch(/Domain=/);
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

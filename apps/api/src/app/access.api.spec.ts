import type { Role } from '@epm/shared/contracts';
import { routeInventory, type RouteEntry } from '../testing/route-inventory';
import { type DemoPersona, signInAs, type SignedInClient } from '../testing/sign-in';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * The access policy, written down once and checked against every route the
 * app actually serves. A route added without a policy answers 403 "no access
 * policy" to everyone, which fails the first test below; a route whose policy
 * differs from this table fails one of the others.
 */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/taxonomy',
  'GET /api/organisations',
  'GET /api/councils',
  'GET /api/councils/:gssCode',
  'POST /api/auth/login',
  'GET /api/auth/session',
  'GET /api/events',
  'GET /api/events/:id',
  'GET /api/programme',
  'GET /api/events/:id/event.ics',
  'GET /api/calendar.ics',
  'GET /api/events/:id/availability',
  'POST /api/events/:id/registrations',
  'GET /api/registrations/manage/:token',
  'PATCH /api/registrations/manage/:token',
  'DELETE /api/registrations/manage/:token',
  'POST /api/registrations/manage/:token/erasure',
  'GET /api/registrations/manage/:token/invite.ics',
  'GET /api/feedback/:token',
  'POST /api/feedback/:token',
]);

const ORGANISERS: readonly Role[] = ['organiser', 'admin'];

/** Routes limited to some roles; every other non-public route is open to any signed-in account. */
const ROLE_ROUTES: Record<string, readonly Role[]> = {
  'GET /api/users': ['admin'],
  'GET /api/users/:id': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'GET /api/audit': ['admin'],
  'GET /api/organiser/events': ORGANISERS,
  'POST /api/events': ORGANISERS,
  'POST /api/events/series': ORGANISERS,
  'POST /api/events/:id/duplicate': ORGANISERS,
  'PATCH /api/events/:id': ORGANISERS,
  'POST /api/events/:id/publish': ORGANISERS,
  'POST /api/events/:id/close-registration': ORGANISERS,
  'POST /api/events/:id/complete': ORGANISERS,
  'POST /api/events/:id/cancel': ORGANISERS,
  'POST /api/programme': ['admin'],
  'PATCH /api/programme/:id': ['admin'],
  'POST /api/programme/:id/objectives': ORGANISERS,
  'PATCH /api/programme/:id/objectives/:objectiveId': ORGANISERS,
  'GET /api/events/:id/registrations': ORGANISERS,
  'POST /api/events/:id/registrations/manual': ORGANISERS,
  'GET /api/events/:id/registrations.csv': ORGANISERS,
  'POST /api/events/:id/messages': ORGANISERS,
  'POST /api/registrations/:id/approve': ORGANISERS,
  'POST /api/registrations/:id/decline': ORGANISERS,
  'POST /api/registrations/:id/cancel': ORGANISERS,
  'POST /api/registrations/:id/promote': ORGANISERS,
  'GET /api/outbox': ORGANISERS,
  'GET /api/outbox/:id': ORGANISERS,
  'GET /api/outbox/:id/message.eml': ORGANISERS,
  'POST /api/outbox/:id/resend': ORGANISERS,
  'GET /api/outcomes': ['organiser', 'admin', 'reviewer'],
  'GET /api/outcomes/:id': ['organiser', 'admin', 'reviewer'],
  'POST /api/outcomes': ORGANISERS,
  'PATCH /api/outcomes/:id': ORGANISERS,
  'GET /api/events/:id/attendance': ORGANISERS,
  'POST /api/events/:id/check-ins': ORGANISERS,
  'DELETE /api/events/:id/check-ins/:registrationId': ORGANISERS,
  'POST /api/events/:id/walk-ins': ORGANISERS,
  'PATCH /api/events/:id/attendance/:registrationId': ORGANISERS,
  'POST /api/events/:id/attendance/no-shows': ORGANISERS,
  'POST /api/events/:id/attendance/import': ORGANISERS,
  'GET /api/reports/impact': ['reviewer', 'organiser', 'admin'],
  'GET /api/reports/impact.csv': ['reviewer', 'organiser', 'admin'],
  'GET /api/reports/impact.xlsx': ['reviewer', 'organiser', 'admin'],
  'GET /api/reports/impact.pdf': ['reviewer', 'organiser', 'admin'],
  'GET /api/reports/councils/not-reached': ORGANISERS,
  'GET /api/events/:id/feedback/form': ORGANISERS,
  'PUT /api/events/:id/feedback/form': ORGANISERS,
  'GET /api/events/:id/feedback': ORGANISERS,
  'GET /api/events/:id/feedback.csv': ORGANISERS,
  'POST /api/events/:id/feedback/requests': ORGANISERS,
  'POST /api/events/:id/feedback/import': ORGANISERS,
};

const PERSONAS: { persona: DemoPersona; role: Role }[] = [
  { persona: 'admin', role: 'admin' },
  { persona: 'techukOrganiser', role: 'organiser' },
  { persona: 'reviewer', role: 'reviewer' },
];

const isDocumentationRoute = (path: string) => path === '/api/openapi.json' || /^\/api\/docs(\/|$)/.test(path);
const key = (route: RouteEntry) => `${route.method} ${route.path}`;
const concrete = (path: string) => path.replace(':gssCode', 'E06000001').replace(/:\w+/g, '1');

describe('the access policy of every route', () => {
  let testApp: TestApp;
  let routes: RouteEntry[];
  const clients = new Map<DemoPersona, SignedInClient>();

  beforeAll(async () => {
    testApp = await createTestApp('sqlite', {}, { demoAccounts: true });
    routes = routeInventory(testApp.app).filter(
      (route) => !isDocumentationRoute(route.path) && route.method !== 'HEAD',
    );
    for (const { persona } of PERSONAS) clients.set(persona, await signInAs(testApp, persona));
  });

  afterAll(async () => {
    await testApp.close();
  });

  function call(client: SignedInClient | undefined, route: RouteEntry) {
    const url = concrete(route.path);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete' | 'put';
    if (!client) return testApp.http[method](url).send({});
    if (method === 'get') return client.get(url);
    if (method === 'put') return client.agent.put(url).set('X-XSRF-TOKEN', client.csrf).send({});
    return client[method](url).send({});
  }

  it('finds routes to check, and every one of them declares a policy', async () => {
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const response = await call(undefined, route);
      expect({ route: key(route), message: response.body.message }).not.toEqual({
        route: key(route),
        message: 'This route has no access policy',
      });
    }
  });

  it('answers 401 to anyone not signed in, except on public routes', async () => {
    for (const route of routes) {
      const response = await call(undefined, route);
      const expected = PUBLIC_ROUTES.has(key(route)) ? 'not 401/403' : 401;
      const actual =
        PUBLIC_ROUTES.has(key(route)) && ![401, 403].includes(response.status) ? 'not 401/403' : response.status;
      expect({ route: key(route), status: actual }).toEqual({ route: key(route), status: expected });
    }
  });

  it.each(PERSONAS)(
    'answers 403 to $persona on routes for other roles, and lets them through elsewhere',
    async ({ persona, role }) => {
      const client = clients.get(persona);
      for (const route of routes.filter((candidate) => !PUBLIC_ROUTES.has(key(candidate)))) {
        // Signing out would end the session the rest of the loop uses.
        if (key(route) === 'POST /api/auth/logout') continue;
        const allowed = ROLE_ROUTES[key(route)]?.includes(role) ?? true;
        const response = await call(client, route);
        const outcome = response.status === 403 ? 'forbidden' : response.status === 401 ? 'unauthorised' : 'allowed';
        expect({ route: key(route), outcome }).toEqual({
          route: key(route),
          outcome: allowed ? 'allowed' : 'forbidden',
        });
      }
    },
  );

  it('never returns a password hash, a session token or a CSRF token in a body', async () => {
    const admin = clients.get('admin');
    if (!admin) throw new Error('admin not signed in');
    for (const route of routes.filter((candidate) => candidate.method === 'GET')) {
      const response = await call(admin, route);
      // Binary downloads (PDF) have no text; read their bytes instead.
      const text =
        response.text ??
        (Buffer.isBuffer(response.body) ? response.body.toString('latin1') : JSON.stringify(response.body));
      expect({ route: key(route), leaks: /\$argon2|passwordHash|password_hash|csrfHash|mfaSecret/.test(text) }).toEqual(
        {
          route: key(route),
          leaks: false,
        },
      );
      expect(text.includes(admin.sessionToken) || text.includes(admin.csrf)).toBe(false);
    }
  });
});

import { DEMO_ACCOUNTS } from '@epm/api/identity';
import type { Role } from '@epm/shared/contracts';
import request, { type Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { TestApp } from './test-app';

export interface SignedInClient {
  agent: TestAgent;
  /** The XSRF-TOKEN cookie's value, which writes must echo in X-XSRF-TOKEN. */
  csrf: string;
  /** The raw session token, to check it never appears in a response body. */
  sessionToken: string;
  get(url: string): request.Test;
  post(url: string): request.Test;
  patch(url: string): request.Test;
  delete(url: string): request.Test;
}

export function cookieValue(response: Response, name: string): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((line) => line.startsWith(`${name}=`));
  return cookie ? decodeURIComponent(cookie.split(';')[0]?.slice(name.length + 1) ?? '') : undefined;
}

/** Signs in through the API, as a browser would, and returns a client that sends the CSRF header on writes. */
export async function signIn(testApp: TestApp, email: string, password: string): Promise<SignedInClient> {
  const agent = request.agent(testApp.app.getHttpServer());
  const response = await agent.post('/api/auth/login').send({ email, password }).expect(200);
  return clientFor(agent, response);
}

export function clientFor(agent: TestAgent, response: Response): SignedInClient {
  const csrf = cookieValue(response, 'XSRF-TOKEN') ?? '';
  const sessionToken = cookieValue(response, 'epm_session') ?? '';
  return {
    agent,
    csrf,
    sessionToken,
    get: (url) => agent.get(url),
    post: (url) => agent.post(url).set('X-XSRF-TOKEN', csrf),
    patch: (url) => agent.patch(url).set('X-XSRF-TOKEN', csrf),
    delete: (url) => agent.delete(url).set('X-XSRF-TOKEN', csrf),
  };
}

export type DemoPersona = 'admin' | 'techukOrganiser' | 'lgaOrganiser' | 'reviewer';

export function demoAccount(persona: DemoPersona): { email: string; password: string; role: Role } {
  const match = DEMO_ACCOUNTS.find((account) =>
    persona === 'techukOrganiser'
      ? account.organisationCode === 'techuk'
      : persona === 'lgaOrganiser'
        ? account.organisationCode === 'lga'
        : account.role === persona,
  );
  if (!match) throw new Error(`No demo account for ${persona}`);
  return match;
}

export function signInAs(testApp: TestApp, persona: DemoPersona): Promise<SignedInClient> {
  const account = demoAccount(persona);
  return signIn(testApp, account.email, account.password);
}

import type { EventInput, RegistrationInput } from '@epm/shared/contracts';
import type { SignedInClient } from './sign-in';
import type { SmtpSink } from './smtp-sink';
import type { TestApp } from './test-app';

/** A second MoU year, so events can be in the future of any test run until 2027. */
export async function addFutureProgrammeYear(admin: SignedInClient): Promise<void> {
  await admin
    .post('/api/programme')
    .send({ name: 'MoU year 2', startsOn: '2026-04-01', endsOn: '2099-03-31' })
    .expect(201);
}

export function aFutureWebinar(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Cyber resilience for councils',
    summary: 'Practical steps after recent incidents.',
    type: 'webinar',
    format: 'online',
    joiningUrl: 'https://meet.example.org/cyber-resilience',
    startsAt: '2098-06-02T10:00:00+01:00',
    endsAt: '2098-06-02T11:00:00+01:00',
    capacity: 40,
    audience: 'all',
    leadOrganisation: 'lga',
    ...overrides,
  };
}

/** Creates and publishes an event as the given organiser; returns its id. */
export async function publishedEvent(client: SignedInClient, overrides: Partial<EventInput> = {}): Promise<number> {
  const { body } = await client.post('/api/events').send(aFutureWebinar(overrides)).expect(201);
  await client.post(`/api/events/${body.id}/publish`).expect(200);
  return body.id as number;
}

export function aRegistration(n: number | string, overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    name: `Attendee ${n}`,
    email: `attendee.${n}@leeds.gov.uk`,
    organisationType: 'council',
    councilCode: 'E08000035',
    jobTitle: 'Digital lead',
    ...overrides,
  };
}

export function register(testApp: TestApp, eventId: number, input: RegistrationInput) {
  return testApp.http.post(`/api/events/${eventId}/registrations`).send(input);
}

/**
 * A personal link's token in the newest message to this address (of this kind, if given), as the attendee would
 * find it in their inbox: from the mail `sink` received once the message is sent (the kept copy then has no
 * personal links), from the queued message until then.
 */
export async function personalTokenFor(
  testApp: TestApp,
  email: string,
  link: 'registrations/manage' | 'feedback',
  options: { kind?: string; sink?: SmtpSink } = {},
): Promise<string> {
  const [newest] = (await testApp.dataSource.query(
    `SELECT id, status, kind, text_body FROM outbox_messages WHERE to_address = ?${options.kind ? ' AND kind = ?' : ''} ORDER BY id DESC`,
    options.kind ? [email, options.kind] : [email],
  )) as { id: number; status: string; kind: string; text_body: string }[];
  const text =
    newest?.status === 'sent'
      ? options.sink?.received.find((mail) => mail.messageId?.startsWith(`<outbox-${newest.id}@`))?.text
      : newest?.text_body;
  const match = text?.match(new RegExp(`/${link}/([A-Za-z0-9_-]{43})`));
  if (!match?.[1]) throw new Error(`No ${link} link in the newest ${options.kind ?? 'message'} to ${email}`);
  return match[1];
}

/** The manage token in the newest message to this address, as the attendee would find it in their inbox. */
export function manageTokenFor(testApp: TestApp, email: string, sink?: SmtpSink): Promise<string> {
  return personalTokenFor(testApp, email, 'registrations/manage', { sink });
}

export async function outboxKinds(testApp: TestApp, email: string): Promise<string[]> {
  const rows = (await testApp.dataSource.query('SELECT kind FROM outbox_messages WHERE to_address = ? ORDER BY id', [
    email,
  ])) as { kind: string }[];
  return rows.map((row) => row.kind);
}

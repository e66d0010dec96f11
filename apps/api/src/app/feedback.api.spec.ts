import { FeedbackRequestEntity, FeedbackScheduler } from '@epm/api/feedback';
import { MailDispatcher } from '@epm/api/notifications';
import { type EventInput, type RegistrationInput, toLondonIso } from '@epm/shared/contracts';
import {
  addFutureProgrammeYear,
  aRegistration,
  manageTokenFor,
  outboxKinds,
  personalTokenFor,
} from '../testing/registration-fixtures';
import { signInAs, type SignedInClient } from '../testing/sign-in';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DATABASE_KINDS } from '../testing/test-database';

jest.setTimeout(90_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A Microsoft Forms export saved as CSV: the questions are the headers. */
function formsExport(rows: string[][]): Buffer {
  const header = [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    'How satisfied were you with the event overall?',
    'How useful was the event?',
    'How likely are you to recommend events like this to a colleague?',
    'Will you do something differently as a result?',
    'Any other comments?',
  ];
  return Buffer.from(
    '\uFEFF' + [header, ...rows].map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\r\n'),
    'utf8',
  );
}

describe.each(DATABASE_KINDS)('feedback on %s', (kind) => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let lga: SignedInClient;
  let techuk: SignedInClient;
  let scheduler: FeedbackScheduler;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createTestApp(
      kind,
      { SMTP_URL: sink.url, PUBLIC_URL: 'http://events.test' },
      { demoAccounts: true },
    );
    lga = await signInAs(testApp, 'lgaOrganiser');
    techuk = await signInAs(testApp, 'techukOrganiser');
    await addFutureProgrammeYear(await signInAs(testApp, 'admin'));
    scheduler = testApp.app.get(FeedbackScheduler);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  /** SignedInClient has no put: the form is replaced whole. */
  const put = (client: SignedInClient, url: string) => client.agent.put(url).set('X-XSRF-TOKEN', client.csrf);

  /** An event that ended `endedAgo` ms before now, published, as organisers record one. */
  async function endedEvent(endedAgo: number, overrides: Partial<EventInput> = {}): Promise<number> {
    const end = new Date(Date.now() - endedAgo);
    const { body } = await lga
      .post('/api/events')
      .send({
        title: 'Cyber resilience for councils',
        summary: 'Practical steps after recent incidents.',
        type: 'webinar',
        format: 'online',
        joiningUrl: 'https://meet.example.org/cyber',
        startsAt: toLondonIso(new Date(end.getTime() - 2 * HOUR)),
        endsAt: toLondonIso(end),
        capacity: 100,
        audience: 'all',
        leadOrganisation: 'lga',
        ...overrides,
      })
      .expect(201);
    await lga.post(`/api/events/${body.id}/publish`).expect(200);
    return body.id as number;
  }

  async function registrationId(eventId: number, email: string): Promise<number> {
    const rows = (await testApp.dataSource.query('SELECT id FROM registrations WHERE event_id = ? AND email_key = ?', [
      eventId,
      email,
    ])) as { id: number }[];
    return Number(rows[0]?.id);
  }

  /** Adds someone by hand and records their attendance; returns their email address. */
  async function person(
    eventId: number,
    n: string,
    attendance: 'attended' | 'no-show',
    overrides: Partial<RegistrationInput> = {},
  ): Promise<string> {
    const input = aRegistration(n, overrides);
    await lga.post(`/api/events/${eventId}/registrations/manual`).send(input).expect(201);
    const id = await registrationId(eventId, input.email);
    await lga.patch(`/api/events/${eventId}/attendance/${id}`).send({ status: attendance }).expect(200);
    return input.email;
  }

  /** The feedback token in the newest message of this kind to this address, as found in the inbox. */
  const feedbackToken = (email: string, kind = 'feedback-request') =>
    personalTokenFor(testApp, email, 'feedback', { kind, sink });

  const feedbackKinds = async (email: string) =>
    (await outboxKinds(testApp, email)).filter((kind) => !['confirmation', 'registration-cancelled'].includes(kind));

  const goodAnswers = {
    satisfaction: 4,
    usefulness: 5,
    recommend: 9,
    intent: 'yes',
    intentDetail: 'Test our incident plan with the supplier',
    themes: ['cybersecurity', 'artificial-intelligence'],
    comments: 'Clear and practical.',
    quoteConsent: true,
  };

  describe('after a webinar', () => {
    let eventId: number;
    const people: Record<string, string> = {};

    beforeAll(async () => {
      eventId = await endedEvent(HOUR);
      people['ada'] = await person(eventId, 'ada', 'attended');
      people['ben'] = await person(eventId, 'ben', 'attended', { consentFollowUp: true });
      people['cat'] = await person(eventId, 'cat', 'attended');
      people['dan'] = await person(eventId, 'dan', 'attended', { consentFollowUp: true });
      people['nia'] = await person(eventId, 'nia', 'no-show', { consentFollowUp: true });
      await put(lga, `/api/events/${eventId}/feedback/form`)
        .send({
          ...(await lga.get(`/api/events/${eventId}/feedback/form`).expect(200)).body.settings,
          noShowMessage: { enabled: true, recordingUrl: 'https://video.example.org/cyber', note: null },
        })
        .expect(200);
    });

    it('asks attendees once the event has ended, and sends no-shows the recording instead, once', async () => {
      expect(await scheduler.runOnce()).toBeGreaterThanOrEqual(5);
      for (const name of ['ada', 'ben', 'cat', 'dan']) {
        expect(await feedbackKinds(people[name] as string)).toEqual(['feedback-request']);
      }
      expect(await feedbackKinds(people['nia'] as string)).toEqual(['missed-event']);
      const [missed] = (await testApp.dataSource.query(
        "SELECT text_body FROM outbox_messages WHERE kind = 'missed-event' AND to_address = ?",
        [people['nia']],
      )) as { text_body: string }[];
      expect(missed?.text_body).toContain('https://video.example.org/cyber');
      expect(missed?.text_body).not.toMatch(/\/feedback\//);

      // A second scheduler run, and the organisers pressing "send now", ask nobody again.
      await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
      const again = await lga.post(`/api/events/${eventId}/feedback/requests`).expect(200);
      expect(again.body).toEqual({ requested: 0, alreadyRequested: 4, alreadyResponded: 0, noShowMessages: 0 });
      expect(await feedbackKinds(people['ada'] as string)).toEqual(['feedback-request']);
      expect(await feedbackKinds(people['nia'] as string)).toEqual(['missed-event']);
    });

    it('sends the request through SMTP with a link that opens the form', async () => {
      await testApp.app.get(MailDispatcher).runOnce({ limit: 100 });
      const mails = await sink.waitFor(1);
      const raw = mails.find(
        (mail) =>
          mail.subject?.startsWith('How was it?') &&
          (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address === people['ada'],
      );
      expect(raw).toBeDefined();
      const link = raw?.text?.match(/http:\/\/events\.test\/feedback\/([A-Za-z0-9_-]{43})/)?.[1];
      expect(link).toBeDefined();
      expect(raw?.text).toMatch(/The form closes on \w+ \d+ \w+ \d{4}\./);
      expect(raw?.attachments.some((part) => part.contentType.startsWith('text/calendar'))).toBe(false);
      const form = await testApp.http.get(`/api/feedback/${link}`).expect(200);
      expect(form.body).toMatchObject({
        survey: 'feedback',
        state: 'open',
        event: { id: eventId, title: 'Cyber resilience for councils', organiser: 'Local Government Association' },
        questions: { usefulness: true, recommend: true, intent: true, comments: true, consultation: [] },
      });
      expect(form.body.questions.themes.map((theme: { code: string }) => theme.code)).toContain('cybersecurity');
    });

    it('takes an answer once per person, with every missing answer keyed to its question', async () => {
      const token = await feedbackToken(people['ada'] as string);
      const empty = await testApp.http.post(`/api/feedback/${token}`).send({}).expect(422);
      expect(Object.keys(empty.body.errors).sort()).toEqual(['intent', 'recommend', 'satisfaction', 'usefulness']);
      const wrong = await testApp.http
        .post(`/api/feedback/${token}`)
        .send({ ...goodAnswers, recommend: 11, themes: ['not-a-theme'] })
        .expect(422);
      expect(wrong.body.errors).toHaveProperty('recommend');
      const unknownTheme = await testApp.http
        .post(`/api/feedback/${token}`)
        .send({ ...goodAnswers, themes: ['not-a-theme'] })
        .expect(422);
      expect(unknownTheme.body.errors).toEqual({ themes: ['Choose themes from the list'] });

      const saved = await testApp.http.post(`/api/feedback/${token}`).send(goodAnswers).expect(201);
      expect(saved.body.survey).toBe('feedback');
      const second = await testApp.http.post(`/api/feedback/${token}`).send(goodAnswers).expect(409);
      expect(second.body.message).toBe('You have already sent your answers for this event. Thank you.');
      expect((await testApp.http.get(`/api/feedback/${token}`).expect(200)).body.state).toBe('responded');

      await testApp.http.get('/api/feedback/too-short').expect(404);
      await testApp.http.get(`/api/feedback/${'A'.repeat(43)}`).expect(404);
    });

    it('refuses someone recorded as a no-show after all, and a cancelled registration', async () => {
      const cat = await feedbackToken(people['cat'] as string);
      await lga
        .patch(`/api/events/${eventId}/attendance/${await registrationId(eventId, people['cat'] as string)}`)
        .send({ status: 'no-show' })
        .expect(200);
      const noShow = await testApp.http.post(`/api/feedback/${cat}`).send(goodAnswers).expect(409);
      expect(noShow.body.message).toMatch(/did not attend this event/);
      expect((await testApp.http.get(`/api/feedback/${cat}`).expect(200)).body.state).toBe('not-attended');

      const dan = await feedbackToken(people['dan'] as string);
      await lga
        .post(`/api/registrations/${await registrationId(eventId, people['dan'] as string)}/cancel`)
        .send({})
        .expect(200);
      const cancelled = await testApp.http.post(`/api/feedback/${dan}`).send(goodAnswers).expect(409);
      expect(cancelled.body.message).toMatch(/registration was cancelled/);
      expect((await testApp.http.get(`/api/feedback/${dan}`).expect(200)).body.state).toBe('cancelled');
    });

    it('reminds those who have not answered once, after FEEDBACK_REMINDER_DAYS', async () => {
      expect(await scheduler.runOnce(new Date(Date.now() + 2 * DAY))).toBe(0);
      const later = new Date(Date.now() + 3 * DAY + HOUR);
      expect(await scheduler.runOnce(later)).toBe(1);
      expect(await scheduler.runOnce(later)).toBe(0);
      expect(await feedbackKinds(people['ben'] as string)).toEqual(['feedback-request', 'feedback-reminder']);
      // Ada answered; Cat is now a no-show; Dan cancelled.
      for (const name of ['ada', 'cat', 'dan']) {
        expect(await feedbackKinds(people[name] as string)).toEqual(['feedback-request']);
      }
      const reminder = await feedbackToken(people['ben'] as string, 'feedback-reminder');
      expect((await testApp.http.get(`/api/feedback/${reminder}`).expect(200)).body.state).toBe('open');
    });

    it('sends the follow-up survey only to attendees who agreed to be contacted, once', async () => {
      const followUpDay = new Date(Date.now() + 91 * DAY);
      expect(await scheduler.runOnce(followUpDay)).toBe(1);
      expect(await scheduler.runOnce(followUpDay)).toBe(0);
      expect(await feedbackKinds(people['ben'] as string)).toContain('follow-up-survey');
      // Nia consented but did not come; Dan consented but cancelled; Ada came but did not consent.
      for (const name of ['ada', 'nia', 'dan']) {
        expect(await feedbackKinds(people[name] as string)).not.toContain('follow-up-survey');
      }
      const token = await feedbackToken(people['ben'] as string, 'follow-up-survey');
      const form = await testApp.http.get(`/api/feedback/${token}`).expect(200);
      expect(form.body).toMatchObject({ survey: 'follow-up', state: 'open', questions: { recommend: false } });
      const missing = await testApp.http.post(`/api/feedback/${token}`).send({}).expect(422);
      expect(Object.keys(missing.body.errors)).toEqual(['acted']);
      await testApp.http
        .post(`/api/feedback/${token}`)
        .send({ acted: 'partly', actedDetail: 'We drafted a joint incident plan.', quoteConsent: true })
        .expect(201);
      await testApp.http.post(`/api/feedback/${token}`).send({ acted: 'yes' }).expect(409);
    });

    it('shows organisers the response rate, averages, NPS, intent, themes and comments with names', async () => {
      const { body } = await lga.get(`/api/events/${eventId}/feedback`).expect(200);
      expect(body).toMatchObject({
        eventId,
        ended: true,
        attended: 3,
        noShows: 2,
        requested: 4,
        reminded: 1,
        noShowMessages: 1,
        responses: 1,
        responseRate: 1 / 3,
        satisfaction: { answered: 1, average: 4 },
        recommend: { answered: 1, score: 100, promoters: 1 },
      });
      expect(body.intent.choices[0]).toEqual({ value: 'yes', label: 'Yes', count: 1, share: 1 });
      expect(body.themes.map((theme: { code: string }) => theme.code).sort()).toEqual([
        'artificial-intelligence',
        'cybersecurity',
      ]);
      expect(body.comments).toEqual([
        expect.objectContaining({
          text: 'Clear and practical.',
          quoteConsent: true,
          respondent: 'Attendee ada, Leeds City Council',
          source: 'form',
        }),
      ]);
      expect(body.followUp).toMatchObject({ requested: 1, responses: 1, responseRate: 1 });
      expect(body.followUp.acted.choices[1]).toMatchObject({ value: 'partly', count: 1 });
    });

    it('exports every answer as CSV for the organisers, audited', async () => {
      const response = await lga.get(`/api/events/${eventId}/feedback.csv`).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const lines = response.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^Survey,Name,Email,Organisation,Source,/);
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain('Attendee ada');
      expect(lines[1]).toContain('Artificial intelligence; Cybersecurity');
      expect(lines[2]).toMatch(/^Follow-up,Attendee ben/);
      const audit = (await testApp.dataSource.query(
        "SELECT details FROM audit_events WHERE action = 'feedback.exported' AND entity_id = ?",
        [String(eventId)],
      )) as { details: string }[];
      expect(audit).toHaveLength(1);
    });

    it('is 404 to another organisation, everywhere', async () => {
      await techuk.get(`/api/events/${eventId}/feedback`).expect(404);
      await techuk.get(`/api/events/${eventId}/feedback/form`).expect(404);
      await techuk.get(`/api/events/${eventId}/feedback.csv`).expect(404);
      await techuk.post(`/api/events/${eventId}/feedback/requests`).expect(404);
      await techuk
        .post(`/api/events/${eventId}/feedback/import?dryRun=true`)
        .set('Content-Type', 'text/csv')
        .send(formsExport([]))
        .expect(404);
    });

    it('on erasure, forgets who answered and what they wrote, and keeps the anonymous scores', async () => {
      const token = await feedbackToken(people['ada'] as string);
      const manage = await manageTokenFor(testApp, people['ada'] as string, sink);
      await testApp.http.post(`/api/registrations/manage/${manage}/erasure`).expect(204);
      await testApp.http.get(`/api/feedback/${token}`).expect(404);
      const rows = (await testApp.dataSource.query(
        "SELECT registration_id, satisfaction, recommend, comments, intent_detail, erased_at FROM feedback_responses WHERE event_id = ? AND survey = 'feedback'",
        [eventId],
      )) as Record<string, unknown>[];
      expect(rows).toEqual([
        expect.objectContaining({
          registration_id: null,
          satisfaction: 4,
          recommend: 9,
          comments: null,
          intent_detail: null,
        }),
      ]);
      expect(rows[0]?.['erased_at']).not.toBeNull();
      const links = (await testApp.dataSource.query(
        'SELECT COUNT(*) AS n FROM feedback_links WHERE registration_id = ?',
        [await erasedId(eventId)],
      )) as { n: number | string }[];
      expect(Number(links[0]?.n)).toBe(0);
      const { body } = await lga.get(`/api/events/${eventId}/feedback`).expect(200);
      expect(body).toMatchObject({ responses: 1, satisfaction: { average: 4 }, comments: [] });
      const csv = (await lga.get(`/api/events/${eventId}/feedback.csv`).expect(200)).text;
      expect(csv).not.toContain('Attendee ada');
      expect(csv).not.toContain('Clear and practical.');
    });

    async function erasedId(event: number): Promise<number> {
      const rows = (await testApp.dataSource.query(
        'SELECT id FROM registrations WHERE event_id = ? AND erased_at IS NOT NULL',
        [event],
      )) as { id: number }[];
      return Number(rows[0]?.id);
    }
  });

  describe('an event recorded after it happened', () => {
    let eventId: number;
    let owen: string;

    beforeAll(async () => {
      eventId = await endedEvent(40 * DAY, { title: 'Procurement roundtable', type: 'roundtable' });
      owen = await person(eventId, 'owen', 'attended');
      await person(eventId, 'pia', 'attended');
      await person(eventId, 'raj', 'no-show');
      await person(eventId, 'sol', 'attended');
    });

    it('emails nobody by itself, however long ago it was', async () => {
      await scheduler.runOnce();
      expect(await feedbackKinds(owen)).toEqual([]);
    });

    it('imports answers collected in Microsoft Forms, matched by email, with a preview, once', async () => {
      const file = formsExport([
        ['1', '', '', 'ATTENDEE.PIA@leeds.gov.uk', 'Pia', 'Very satisfied', '4', '10', 'Yes', 'Loved it'],
        ['2', '', '', 'attendee.raj@leeds.gov.uk', 'Raj', '3', '3', '5', 'No', ''],
        ['3', '', '', 'stranger@example.org', 'Stranger', '4', '4', '8', 'Maybe', ''],
        ['4', '', '', 'attendee.sol@leeds.gov.uk', 'Sol', '9', '4', '8', 'Maybe', ''],
        ['5', '', '', 'anonymous', '', '4', '4', '8', 'Maybe', ''],
      ]);
      const importFile = (dryRun: boolean) =>
        lga
          .post(`/api/events/${eventId}/feedback/import?dryRun=${dryRun}`)
          .set('Content-Type', 'text/csv')
          .send(file)
          .expect(200);
      const preview = await importFile(true);
      expect(preview.body).toMatchObject({
        committed: false,
        imported: [{ email: 'attendee.pia@leeds.gov.uk', name: 'Pia' }],
        unmatched: [{ email: 'stranger@example.org' }],
        notEligible: [{ email: 'attendee.raj@leeds.gov.uk', reason: 'Did not attend' }],
        invalid: [{ email: 'attendee.sol@leeds.gov.uk', row: 5, problems: ['Satisfaction must be 1 to 5'] }],
        skippedRows: 1,
        alreadyResponded: [],
      });
      expect(preview.body.columns.map((column: { field: string }) => column.field)).toEqual([
        'satisfaction',
        'usefulness',
        'recommend',
        'intent',
        'comments',
      ]);
      expect((await lga.get(`/api/events/${eventId}/feedback`).expect(200)).body.responses).toBe(0);

      const saved = await importFile(false);
      expect(saved.body.committed).toBe(true);
      expect(saved.body.imported).toHaveLength(1);
      const again = await importFile(false);
      expect(again.body.imported).toEqual([]);
      expect(again.body.alreadyResponded).toEqual([{ email: 'attendee.pia@leeds.gov.uk', name: 'Pia' }]);
      const { body } = await lga.get(`/api/events/${eventId}/feedback`).expect(200);
      expect(body).toMatchObject({
        responses: 1,
        imported: 1,
        satisfaction: { average: 5 },
        recommend: { score: 100 },
      });
      expect(body.comments[0]).toMatchObject({ text: 'Loved it', source: 'import', quoteConsent: false });
    });

    it('refuses a file it cannot read, keyed to the file', async () => {
      const response = await lga
        .post(`/api/events/${eventId}/feedback/import`)
        .set('Content-Type', 'text/csv')
        .send(Buffer.from('Name,Colour\nA,blue'))
        .expect(422);
      expect(response.body.errors).toHaveProperty('file');
      const json = await lga.post(`/api/events/${eventId}/feedback/import`).send({ email: 'a@b.org' }).expect(422);
      expect(json.body.errors).toHaveProperty('file');
      const huge = await lga
        .post(`/api/events/${eventId}/feedback/import`)
        .set('Content-Type', 'text/csv')
        .send(Buffer.alloc(6 * 1024 * 1024, 'a'))
        .expect(413);
      expect(huge.body.message).toBe('The file must be 5 MB or smaller');
    });

    it('sends requests now to attendees not yet asked or answered, idempotently', async () => {
      const first = await lga.post(`/api/events/${eventId}/feedback/requests`).expect(200);
      // Pia answered through the import; Raj did not come (and this roundtable has no no-show message).
      expect(first.body).toEqual({ requested: 2, alreadyRequested: 0, alreadyResponded: 1, noShowMessages: 0 });
      const second = await lga.post(`/api/events/${eventId}/feedback/requests`).expect(200);
      expect(second.body).toEqual({ requested: 0, alreadyRequested: 2, alreadyResponded: 1, noShowMessages: 0 });
      expect(await feedbackKinds(owen)).toEqual(['feedback-request']);
      // The form opens for 30 days from the late request, though the event ended 40 days ago.
      const form = await testApp.http.get(`/api/feedback/${await feedbackToken(owen)}`).expect(200);
      expect(form.body.state).toBe('open');
      expect(Date.parse(form.body.closesAt)).toBeGreaterThan(Date.now() + 29 * DAY);
    });

    it('refuses answers once the form has closed', async () => {
      const token = await feedbackToken(owen);
      // As if 31 days had passed since the request.
      await testApp.dataSource
        .getRepository(FeedbackRequestEntity)
        .update(
          { registrationId: await registrationId(eventId, owen) },
          { requestedAt: new Date(Date.now() - 31 * DAY) },
        );
      expect((await testApp.http.get(`/api/feedback/${token}`).expect(200)).body.state).toBe('closed');
      const response = await testApp.http.post(`/api/feedback/${token}`).send(goodAnswers).expect(410);
      expect(response.body.message).toMatch(/^This form closed on \d{4}-\d{2}-\d{2}/);
    });

    it('cannot send requests before an event ends', async () => {
      const future = await endedEvent(-10 * DAY);
      const response = await lga.post(`/api/events/${future}/feedback/requests`).expect(409);
      expect(response.body.message).toMatch(/once the event has ended/);
    });
  });

  describe('the form, and consultations', () => {
    it('lets organisers change the questions until the first request, and the no-show message after', async () => {
      const eventId = await endedEvent(HOUR, { title: 'Digital skills workshop', type: 'workshop' });
      const initial = await lga.get(`/api/events/${eventId}/feedback/form`).expect(200);
      expect(initial.body).toMatchObject({ isDefault: true, questionsLocked: false, eventType: 'workshop' });
      expect(initial.body.settings.extraQuestions).toHaveLength(1);
      const changed = await put(lga, `/api/events/${eventId}/feedback/form`)
        .send({
          ...initial.body.settings,
          askRecommend: false,
          themeCodes: ['digital-skills', 'digital-inclusion'],
          extraQuestions: [
            ...initial.body.settings.extraQuestions,
            { text: 'How confident are you to lead change now?', kind: 'scale', required: true },
          ],
        })
        .expect(200);
      expect(changed.body.isDefault).toBe(false);
      expect(changed.body.settings.extraQuestions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2']);
      const bad = await put(lga, `/api/events/${eventId}/feedback/form`)
        .send({ ...changed.body.settings, themeCodes: ['nope'], extraQuestions: [{ text: '', kind: 'x' }] })
        .expect(422);
      expect(Object.keys(bad.body.errors).sort()).toEqual([
        'extraQuestions.0.kind',
        'extraQuestions.0.required',
        'extraQuestions.0.text',
      ]);

      const attendee = await person(eventId, 'wes', 'attended');
      await lga.post(`/api/events/${eventId}/feedback/requests`).expect(200);
      const form = (await testApp.http.get(`/api/feedback/${await feedbackToken(attendee)}`).expect(200)).body;
      expect(form.questions).toMatchObject({ recommend: false, usefulness: true });
      expect(form.questions.extra.map((q: { id: string; kind: string }) => [q.id, q.kind])).toEqual([
        ['q1', 'text'],
        ['q2', 'scale'],
      ]);
      const locked = await put(lga, `/api/events/${eventId}/feedback/form`)
        .send({ ...changed.body.settings, askRecommend: true })
        .expect(409);
      expect(locked.body.message).toMatch(/^Feedback requests have been sent, so the questions can no longer change/);
      const recording = await put(lga, `/api/events/${eventId}/feedback/form`)
        .send({
          ...changed.body.settings,
          noShowMessage: { enabled: true, recordingUrl: 'https://video.example.org/skills', note: 'Slides attached.' },
        })
        .expect(200);
      expect(recording.body).toMatchObject({ questionsLocked: true, settings: { noShowMessage: { enabled: true } } });

      const token = await feedbackToken(attendee);
      const missing = await testApp.http
        .post(`/api/feedback/${token}`)
        .send({ satisfaction: 5, usefulness: 4, intent: 'no', extraAnswers: ['', '7'] })
        .expect(422);
      expect(missing.body.errors).toEqual({
        'extraAnswers.1': ['Select a number from 1 to 5 for “How confident are you to lead change now?”'],
      });
      await testApp.http
        .post(`/api/feedback/${token}`)
        .send({ satisfaction: 5, usefulness: 4, intent: 'no', extraAnswers: ['More time for questions', '4'] })
        .expect(201);
      const results = (await lga.get(`/api/events/${eventId}/feedback`).expect(200)).body;
      expect(results.extra).toEqual([
        expect.objectContaining({
          answered: 1,
          answers: [expect.objectContaining({ text: 'More time for questions' })],
        }),
        expect.objectContaining({ answered: 1, average: 4, answers: [] }),
      ]);
    });

    it('asks a consultation’s own questions and keeps the answers as consultation responses', async () => {
      const eventId = await endedEvent(HOUR, {
        title: 'Consultation on AI procurement guidance',
        type: 'consultation',
        consultation: {
          questions: ['Is the guidance clear?', 'What is missing?'],
          responsesCloseAt: toLondonIso(new Date(Date.now() + 14 * DAY)),
        },
      });
      const attendee = await person(eventId, 'zoe', 'attended');
      await scheduler.runOnce();
      const token = await feedbackToken(attendee);
      const form = (await testApp.http.get(`/api/feedback/${token}`).expect(200)).body;
      expect(form.questions.consultation).toEqual(['Is the guidance clear?', 'What is missing?']);
      await testApp.http
        .post(`/api/feedback/${token}`)
        .send({
          ...goodAnswers,
          consultationAnswers: ['Mostly, but section 3 is dense.', 'Examples from councils.'],
        })
        .expect(201);
      const rows = (await testApp.dataSource.query(
        'SELECT question_index, question, answer FROM consultation_responses WHERE event_id = ? ORDER BY question_index',
        [eventId],
      )) as { question_index: number; question: string; answer: string }[];
      expect(rows.map((row) => [Number(row.question_index), row.question, row.answer])).toEqual([
        [0, 'Is the guidance clear?', 'Mostly, but section 3 is dense.'],
        [1, 'What is missing?', 'Examples from councils.'],
      ]);
      const results = (await lga.get(`/api/events/${eventId}/feedback`).expect(200)).body;
      expect(results.consultation[1]).toMatchObject({
        question: 'What is missing?',
        answers: [
          expect.objectContaining({ text: 'Examples from councils.', respondent: 'Attendee zoe, Leeds City Council' }),
        ],
      });
    });
  });
});

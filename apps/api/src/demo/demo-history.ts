import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { AttendanceRecordEntity, AttendanceService } from '@epm/api/attendance';
import { EventEntity, EventsService, EventTagEntity } from '@epm/api/events';
import { FeedbackRequestEntity, FeedbackResponseEntity, FeedbackService, mintFeedbackToken } from '@epm/api/feedback';
import { UserEntity } from '@epm/api/identity';
import { AppConfig, csvRow, type Principal } from '@epm/api/platform';
import { CouncilEntity } from '@epm/api/reference';
import { normaliseEmail, RegistrationEntity, RegistrationsService } from '@epm/api/registrations';
import {
  type ActedOnIt,
  FEEDBACK_OPEN_DAYS,
  type IntentToAct,
  ORGANISATION_TYPE_LABELS,
  THEME_TERMS,
} from '@epm/shared/contracts';
import { DataSource, In } from 'typeorm';
import { ACTED_DETAILS, COMMENTS, CRITICAL_COMMENTS, INTENT_DETAILS, takeText } from './demo-history-text';
import { type DemoCouncil, type DemoPerson, demoPeople } from './demo-people';
import { DemoRandom } from './demo-random';

/** The seed of the demo year: change it and the whole history changes, consistently. */
const SEED = 20250402;
const DAY_MS = 86_400_000;
const THEMES = THEME_TERMS.map((term) => term.code);

/** How each past event went: bookings, how good it was (shifts the scores), and what happened around it. */
interface Shape {
  bookings: number;
  /** Added to the typical satisfaction (about 4.3 out of 5, most answering 4 or 5). */
  quality: number;
  /** Comments that fit only this event. */
  commentKey?: string;
  cancellations?: number;
  declines?: number;
  declineMessage?: string;
  walkIns?: number;
}

const SHAPES: readonly (readonly [titleStart: string, shape: Shape])[] = [
  // The workshop filled up (80 places): a waitlist, people giving up places, the first in line promoted.
  ['Blueprint for Digital Government', { bookings: 86, quality: 0.25, cancellations: 4, walkIns: 2 }],
  // The one with sound problems in the first ten minutes.
  ['Cyber resilience for councils', { bookings: 110, quality: -0.3 }],
  [
    'Procurement reform roundtable: buying outcomes',
    {
      bookings: 23,
      quality: 0.35,
      cancellations: 1,
      declines: 1,
      declineMessage:
        'Thank you for asking to join. The roundtable is full and we have kept its places for heads of procurement; we will invite you to the next one.',
    },
  ],
  ['AI in local government', { bookings: 140, quality: 0.15 }],
  ['Digital inclusion consultation', { bookings: 84, quality: 0.05, cancellations: 2, walkIns: 1 }],
  [
    'Procurement reform roundtable: SMEs',
    {
      bookings: 22,
      quality: 0.3,
      cancellations: 1,
      declines: 1,
      declineMessage:
        'Thank you for asking to join. We kept this roundtable to council buyers and SME suppliers; we will send you the write-up.',
    },
  ],
  // The monthly series grows through the year; the members' session was pitched too low for some.
  ['Local Digital Lunchtime: Getting started with generative AI', { bookings: 28, quality: 0.1 }],
  ['Local Digital Lunchtime: Data sharing agreements', { bookings: 30, quality: 0 }],
  ['Local Digital Lunchtime: Low-code platforms', { bookings: 25, quality: 0.05, commentKey: 'low-code' }],
  ['Local Digital Lunchtime: Cloud contracts', { bookings: 33, quality: -0.05 }],
  ['Local Digital Lunchtime: Accessibility testing', { bookings: 35, quality: 0.15 }],
  ['Local Digital Lunchtime: Open APIs', { bookings: 38, quality: 0.05 }],
  [
    'Local Digital Lunchtime: Digital skills for elected members',
    { bookings: 29, quality: -0.3, commentKey: 'members' },
  ],
  ['Local Digital Lunchtime: Cyber incident exercises', { bookings: 36, quality: 0.1 }],
  ['Local Digital Lunchtime: Measuring the value', { bookings: 39, quality: 0 }],
  ['Local Digital Lunchtime: What the MoU year taught us', { bookings: 45, quality: 0.2 }],
];

const CANCELLATION_REASONS = [
  'A budget meeting was moved to the same morning',
  'Unwell',
  'Clash with a full council meeting',
  'Travel disruption',
  null,
];

/** Region of a London venue's neighbours: in-person events draw more from nearby. */
const NEAR_LONDON: Record<string, number> = {
  London: 1.8,
  'South East': 1.4,
  'East of England': 1.2,
  'East Midlands': 0.8,
  'West Midlands': 0.8,
  'South West': 0.7,
};

type HistoryEvent = Pick<
  EventEntity,
  | 'id'
  | 'title'
  | 'type'
  | 'format'
  | 'startsAt'
  | 'endsAt'
  | 'capacity'
  | 'leadOrganisationId'
  | 'partnerOrganisationId'
> & { themes: readonly string[]; shape: Shape };

interface Booking {
  person: DemoPerson;
  cancels: boolean;
  declined: boolean;
  attends: boolean;
  /** Online events: minutes in the session from the Teams report; null for anyone who never joined. */
  minutes: number | null;
}

interface FeedbackAnswers {
  satisfaction: number;
  usefulness: number;
  recommend: number;
  intent: IntentToAct;
  intentDetail: string | null;
  themes: string[];
  comments: string | null;
  quoteConsent: boolean;
}

interface FollowUpAnswers {
  acted: ActedOnIt;
  actedDetail: string | null;
  quoteConsent: boolean;
}

interface EventPlan {
  event: HistoryEvent;
  /** In booking order. */
  bookings: Booking[];
  walkIns: DemoPerson[];
  /** By email, for those who answered the feedback form. */
  feedback: Map<string, FeedbackAnswers>;
  /** By email, for those who answer the follow-up survey if they are asked. */
  followUps: Map<string, FollowUpAnswers>;
}

/**
 * Who registered for each event, who came, what they said then and months
 * later: drawn once, in order, from the seeded generator, so it is the same
 * on every fresh demo. Pure: it reads nothing and writes nothing.
 */
export function planDemoHistory(councils: readonly DemoCouncil[], events: readonly HistoryEvent[]): EventPlan[] {
  // One stream per question, so tuning one (say, how many comment) leaves the others (who came) as they were.
  const people = demoPeople(councils, new DemoRandom(SEED));
  const bookingDraws = new DemoRandom(SEED + 1);
  const turnoutDraws = new DemoRandom(SEED + 2);
  const answerDraws = new DemoRandom(SEED + 3);
  const followUpDraws = new DemoRandom(SEED + 4);
  const used = new Set<string>();
  return events.map((event) => {
    const { shape } = event;
    const inPerson = event.format !== 'online';
    const weight = (person: DemoPerson) => {
      const overlap = person.interests.filter((theme) => event.themes.includes(theme)).length;
      let w = person.activity * (1 + 0.8 * overlap);
      if (event.type === 'roundtable') {
        // Invited: council buyers and digital leads, suppliers, a commercial adviser or two.
        const type = person.input.organisationType;
        w *= overlap > 0 ? 3 : 0.05;
        if (type !== 'council' && type !== 'supplier' && type !== 'central-government') w *= 0.02;
        if (event.themes.includes('sme-access') && person.input.supplierSize === 'large') w *= 0.3;
      }
      if (event.themes.includes('digital-inclusion') && person.input.organisationType === 'voluntary-sector') w *= 4;
      if (inPerson && person.region)
        w *= Math.pow(NEAR_LONDON[person.region] ?? 0.6, event.format === 'hybrid' ? 0.5 : 1);
      return w;
    };
    const booked = bookingDraws.sample(people, shape.bookings, weight);
    const bookings: Booking[] = booked.map((person) => ({
      person,
      cancels: false,
      declined: false,
      attends: false,
      minutes: null,
    }));

    // Statuses as the registrations service will give them: places in booking order, then the waitlist;
    // each cancellation promotes the first in line; the organisers decline from the end of the line.
    const capacity = event.capacity ?? Number.MAX_SAFE_INTEGER;
    const cancellers = bookingDraws.sample(bookings.slice(0, capacity), shape.cancellations ?? 0, () => 1);
    for (const booking of cancellers) booking.cancels = true;
    const waiting = bookings.slice(capacity);
    const promoted = waiting.slice(0, cancellers.length);
    const stillWaiting = waiting.slice(cancellers.length);
    for (const booking of stillWaiting.slice(stillWaiting.length - (shape.declines ?? 0))) booking.declined = true;
    const confirmed = [...bookings.slice(0, capacity).filter((booking) => !booking.cancels), ...promoted];

    const duration = Math.round((event.endsAt.getTime() - event.startsAt.getTime()) / 60_000);
    const showUp =
      event.type === 'roundtable' ? 0.9 : event.format === 'in-person' ? 0.84 : event.format === 'hybrid' ? 0.8 : 0.68;
    for (const booking of confirmed) {
      booking.attends = turnoutDraws.chance(Math.min(0.97, showUp * booking.person.reliability));
      if (!inPerson && booking.attends) {
        // A few join for a moment and leave: the 10-minute threshold counts them as not having come.
        booking.minutes = turnoutDraws.chance(0.04)
          ? turnoutDraws.int(2, 8)
          : Math.min(duration, Math.round(duration * (0.5 + turnoutDraws.next() * 0.55)));
      }
    }
    const bookedEmails = new Set(booked.map((person) => person.input.email));
    const walkIns = bookingDraws.sample(
      people.filter((person) => !bookedEmails.has(person.input.email)),
      shape.walkIns ?? 0,
      weight,
    );

    const attendees = [
      ...confirmed.filter((booking) => booking.attends && (booking.minutes === null || booking.minutes >= 10)),
      ...walkIns.map((person) => ({ person })),
    ].map(({ person }) => person);
    const respond =
      event.type === 'roundtable'
        ? 0.55
        : event.format === 'in-person'
          ? 0.47
          : event.format === 'hybrid'
            ? 0.45
            : 0.36;
    const feedback = new Map<string, FeedbackAnswers>();
    const followUps = new Map<string, FollowUpAnswers>();
    for (const person of attendees) {
      const answers = answerDraws.chance(Math.min(0.9, respond * person.responsiveness))
        ? feedbackAnswers(answerDraws, event, person, used)
        : null;
      if (answers) feedback.set(person.input.email, answers);
      if (
        inPerson &&
        person.input.consentFollowUp &&
        followUpDraws.chance(Math.min(0.85, 0.45 * person.responsiveness))
      ) {
        followUps.set(person.input.email, followUpAnswers(followUpDraws, event, answers?.intent ?? null, used));
      }
    }
    return { event, bookings, walkIns, feedback, followUps };
  });
}

/** Chances of each answer to "how likely are you to recommend?" (0 to 10), by satisfaction (1 to 5). */
const RECOMMEND_ODDS: Record<number, Record<number, number>> = {
  5: { 10: 0.45, 9: 0.35, 8: 0.15, 7: 0.05 },
  4: { 10: 0.05, 9: 0.22, 8: 0.43, 7: 0.22, 6: 0.08 },
  3: { 8: 0.1, 7: 0.3, 6: 0.3, 5: 0.22, 4: 0.08 },
  2: { 6: 0.2, 5: 0.3, 4: 0.3, 3: 0.2 },
  1: { 0: 0.2, 1: 0.2, 2: 0.3, 3: 0.3 },
};
/** "Will you do something differently?", by satisfaction. */
const INTENT_ODDS = {
  satisfied: { yes: 0.6, maybe: 0.32, no: 0.08 },
  neutral: { yes: 0.25, maybe: 0.5, no: 0.25 },
  dissatisfied: { yes: 0.1, maybe: 0.3, no: 0.6 },
} as const;
/** The follow-up's "have you acted on it?", by what they said they would do (none: gave no feedback). */
const ACTED_ODDS = {
  yes: { yes: 0.5, partly: 0.35, no: 0.15 },
  maybe: { yes: 0.2, partly: 0.45, no: 0.35 },
  no: { yes: 0.05, partly: 0.25, no: 0.7 },
  none: { yes: 0.3, partly: 0.4, no: 0.3 },
} as const;

function feedbackAnswers(
  random: DemoRandom,
  event: HistoryEvent,
  person: DemoPerson,
  used: Set<string>,
): FeedbackAnswers {
  const clamp = (value: number) => Math.max(1, Math.min(5, Math.round(value)));
  // Most are satisfied, in line with how good the event was; a few had a bad time whatever it was like.
  const satisfaction = random.chance(0.05)
    ? Number(random.odds({ 1: 0.3, 2: 0.45, 3: 0.25 }))
    : clamp(4.55 + event.shape.quality + 0.75 * random.normal());
  const usefulness = clamp(satisfaction + Number(random.odds({ '-1': 0.25, 0: 0.55, 1: 0.2 })));
  const recommend = Number(random.odds(RECOMMEND_ODDS[satisfaction] ?? { 7: 1 }));
  const intent = random.odds(
    INTENT_ODDS[satisfaction >= 4 ? 'satisfied' : satisfaction === 3 ? 'neutral' : 'dissatisfied'],
  );
  const topics = random.sample(event.themes, event.themes.length, () => 1);
  const intentDetail =
    intent !== 'no' && random.chance(intent === 'yes' ? 0.3 : 0.1)
      ? takeText(random, INTENT_DETAILS, [...topics, 'any'], used)
      : null;
  // Most ask for more of what they came for; AI and procurement are what the year asked for most.
  const popularity: Record<string, number> = {
    'artificial-intelligence': 5,
    'procurement-reform': 4,
    cybersecurity: 3,
    'digital-skills': 2.5,
  };
  const themeWeight = (theme: string) =>
    (popularity[theme] ?? 1.5) + (person.interests.includes(theme) ? 3 : 0) + (event.themes.includes(theme) ? 1 : 0);
  const themes = random.sample(THEMES, Number(random.odds({ 1: 0.35, 2: 0.4, 3: 0.25 })), themeWeight);
  const format = event.format;
  const setting = [
    ...(event.shape.commentKey ? [event.shape.commentKey] : []),
    ...(event.title.startsWith('Local Digital Lunchtime') ? ['lunchtime'] : [event.type]),
    format === 'online' ? 'online' : 'in-person',
  ];
  let comments: string | null = null;
  if (satisfaction <= 2 || (satisfaction === 3 && random.chance(0.5))) {
    comments = random.chance(0.7) ? takeText(random, CRITICAL_COMMENTS, [format, 'any'], used) : null;
  } else if (random.chance(format === 'online' ? 0.12 : 0.2)) {
    comments = takeText(random, COMMENTS, [...setting, ...topics, 'any'], used);
  }
  const quoteConsent = !!(comments || intentDetail) && random.chance(satisfaction >= 4 ? 0.4 : 0.2);
  return { satisfaction, usefulness, recommend, intent, intentDetail, themes, comments, quoteConsent };
}

function followUpAnswers(
  random: DemoRandom,
  event: HistoryEvent,
  intent: IntentToAct | null,
  used: Set<string>,
): FollowUpAnswers {
  const acted = random.odds(ACTED_ODDS[intent ?? 'none']);
  const topics = random.sample(event.themes, event.themes.length, () => 1);
  const actedDetail = random.chance(0.5) ? takeText(random, ACTED_DETAILS[acted], [...topics, 'any'], used) : null;
  return { acted, actedDetail, quoteConsent: !!actedDetail && random.chance(0.35) };
}

export interface DemoHistoryCounts {
  registrations: number;
  attendance: number;
  feedback: number;
  followUps: number;
}

/**
 * The first MoU year's history, for the events that have been held: who
 * registered, who came, what they thought, and what they did since. It goes
 * in as the year's organisers would put it in afterwards, through the same
 * services and rules as real use, signed in as the lead partner's organiser:
 *
 * - Webinars: the booking list with each person's minutes from the Teams
 *   report, as a spreadsheet through the attendance import (which adds
 *   people who are not yet registered and emails nobody), with the
 *   10-minute threshold organisers use.
 * - In-person and hybrid events: the people who kept their place as that
 *   import adds people from a booking list (emailing nobody), with their
 *   booking-form answers, consent to be contacted afterwards included; the
 *   bookings that changed through the organisers' "add registration" form,
 *   in booking order, so places and the waitlist form as they did (these
 *   are emailed, as in real use, to example.org addresses, which receive
 *   nothing); then the cancellations (which promote the next in line) and
 *   the organisers' declines, the sign-in sheet through the attendance
 *   import, and the walk-ins through the walk-in form.
 * - Feedback: the Microsoft Forms export of each event, through the
 *   feedback import.
 * - The follow-up survey, for events it is due for: asked, as the scheduler
 *   asks, of every attendee who agreed to be contacted; some answer through
 *   their link.
 *
 * Each part is skipped for an event that already has it, so restarting the
 * demo adds nothing.
 */
export async function seedDemoHistory(app: INestApplication, now = new Date()): Promise<DemoHistoryCounts> {
  const logger = new Logger('Demo');
  const counts: DemoHistoryCounts = { registrations: 0, attendance: 0, feedback: 0, followUps: 0 };
  const dataSource = app.get(DataSource);
  const held = await dataSource.getRepository(EventEntity).find({
    where: { status: In(['published', 'registration-closed', 'completed']) },
    order: { startsAt: 'ASC', id: 'ASC' },
  });
  const events: HistoryEvent[] = [];
  for (const event of held) {
    if (event.endsAt > now) continue;
    const shape = SHAPES.find(([title]) => event.title.startsWith(title))?.[1];
    if (!shape) continue;
    const tags = await dataSource.getRepository(EventTagEntity).findBy({ eventId: event.id });
    const themes = tags.map((tag) => tag.termCode).filter((code) => THEMES.includes(code));
    events.push({ ...event, themes, shape });
  }
  if (!events.length) return counts;
  const councils = await dataSource.getRepository(CouncilEntity).find({
    where: { current: true },
    order: { gssCode: 'ASC' },
  });
  const plans = planDemoHistory(councils, events);

  const registrations = app.get(RegistrationsService);
  const attendance = app.get(AttendanceService);
  const feedback = app.get(FeedbackService);
  const eventsService = app.get(EventsService);
  const followUpDays = app.get(AppConfig).feedback.followUpDays;
  const users = await dataSource.getRepository(UserEntity).find({ order: { id: 'ASC' } });
  const actorFor = (event: HistoryEvent): Principal => {
    const user =
      users.find(
        (candidate) => candidate.role === 'organiser' && candidate.organisationId === event.leadOrganisationId,
      ) ?? users.find((candidate) => candidate.role === 'admin');
    if (!user) throw new Error('The demo history needs the demo accounts');
    return {
      userId: user.id,
      email: user.email,
      role: user.role,
      organisationId: user.organisationId,
      sessionId: 'demo-seed',
      stage: 'active',
    };
  };
  const withRegistrations = await eventIdsWith(dataSource, RegistrationEntity, events);
  const withFeedback = await eventIdsWith(dataSource, FeedbackResponseEntity, events);
  const withFollowUps = new Set(
    (
      await dataSource.getRepository(FeedbackRequestEntity).find({
        select: { eventId: true },
        where: { eventId: In(events.map((event) => event.id)), kind: 'follow-up' },
      })
    ).map((row) => row.eventId),
  );

  for (const plan of plans) {
    const { event } = plan;
    const actor = actorFor(event);
    const inPerson = event.format !== 'online';
    if (!withRegistrations.has(event.id)) {
      if (inPerson) await bookInPerson(plan, actor, { registrations, attendance, events: eventsService }, dataSource);
      else await importSheet(plan, plan.bookings, true, actor, attendance);
      counts.registrations += await dataSource.getRepository(RegistrationEntity).countBy({ eventId: event.id });
      counts.attendance += await dataSource.getRepository(AttendanceRecordEntity).countBy({ eventId: event.id });
    }
    if (!withFeedback.has(event.id) && plan.feedback.size) {
      const result = await feedback.importResponses(event.id, formsExport(plan), false, actor, null);
      counts.feedback += result.imported.length;
      const refused = result.unmatched.length + result.notEligible.length + result.invalid.length;
      if (refused) logger.warn({ msg: 'Demo feedback rows the import refused', event: event.title, refused });
    }
    const followUpDue = event.endsAt.getTime() + followUpDays * DAY_MS <= now.getTime();
    if (inPerson && followUpDue && !withFollowUps.has(event.id)) {
      counts.followUps += await askAndAnswerFollowUp(plan, registrations, feedback, dataSource, now);
    }
  }
  return counts;
}

async function eventIdsWith(
  dataSource: DataSource,
  entity: typeof RegistrationEntity | typeof FeedbackResponseEntity,
  events: readonly HistoryEvent[],
): Promise<Set<number>> {
  const rows = (await dataSource
    .getRepository(entity)
    .createQueryBuilder('row')
    .select('DISTINCT row.eventId', 'eventId')
    .where('row.eventId IN (:...ids)', { ids: events.map((event) => event.id) })
    .getRawMany()) as { eventId: number | string }[];
  return new Set(rows.map((row) => Number(row.eventId)));
}

/**
 * An in-person event's bookings. The people who kept their place go in as the
 * attendance import adds people from a booking list (registrations' own
 * addAttendee, in one transaction, emailing nobody), with what they answered
 * on the old booking form, consent to be contacted afterwards included: the
 * import screen has no column for consent, but consent is the person's answer
 * and the follow-up survey may only go to those who gave it. The bookings that
 * changed go through the organisers' "add registration" form in booking
 * order, so the waitlist forms as it did; each is emailed, as in real use.
 * Then the cancellations (each promotes the next in line), the declines, the
 * sign-in sheet for everyone with a place, and the walk-ins.
 */
async function bookInPerson(
  plan: EventPlan,
  actor: Principal,
  services: { registrations: RegistrationsService; attendance: AttendanceService; events: EventsService },
  dataSource: DataSource,
): Promise<void> {
  const { registrations, attendance, events } = services;
  const { event, bookings } = plan;
  const capacity = event.capacity ?? Number.MAX_SAFE_INTEGER;
  const kept = new Set(bookings.slice(0, capacity).filter((booking) => !booking.cancels));
  // First, so the form's bookings after them take the remaining places, then the waitlist, in order.
  await registrations.transaction(async (manager) => {
    await events.managedEvent(event.id, actor, manager);
    for (const booking of kept) {
      await registrations.addAttendee(manager, event.id, booking.person.input, actor, null, 'import');
    }
  });
  for (const booking of bookings) {
    if (kept.has(booking)) continue;
    await registrations.register(event.id, booking.person.input, { source: 'organiser', principal: actor, ip: null });
  }
  const rows = await dataSource.getRepository(RegistrationEntity).findBy({ eventId: event.id });
  const idOf = new Map(rows.map((row) => [row.emailKey, row.id]));
  const id = (person: DemoPerson) => idOf.get(normaliseEmail(person.input.email));
  let reason = 0;
  for (const booking of bookings.filter((candidate) => candidate.cancels)) {
    const registrationId = id(booking.person);
    if (!registrationId) continue;
    await registrations.cancelFor(
      registrationId,
      CANCELLATION_REASONS[reason++ % CANCELLATION_REASONS.length] ?? null,
      actor,
      null,
    );
  }
  for (const booking of bookings.filter((candidate) => candidate.declined)) {
    const registrationId = id(booking.person);
    if (registrationId) await registrations.decline(registrationId, event.shape.declineMessage ?? null, actor, null);
  }
  // The sign-in sheet: everyone with a place, ticked or not (those already imported are unchanged).
  const confirmed = new Set(
    (await dataSource.getRepository(RegistrationEntity).findBy({ eventId: event.id, status: 'confirmed' })).map(
      (row) => row.emailKey,
    ),
  );
  await importSheet(
    plan,
    bookings.filter((booking) => confirmed.has(normaliseEmail(booking.person.input.email))),
    false,
    actor,
    attendance,
  );
  for (const person of plan.walkIns) await attendance.walkIn(event.id, person.input, actor, null);
}

/**
 * A booking list with who came, through the attendance import, which adds
 * the people not yet registered and emails nobody. Online: with each
 * person's minutes from the Teams report and the 10-minute threshold.
 */
async function importSheet(
  plan: EventPlan,
  bookings: readonly Booking[],
  online: boolean,
  actor: Principal,
  attendance: AttendanceService,
): Promise<void> {
  if (!bookings.length) return;
  let sheet = csvRow([
    'Name',
    'Email',
    'Organisation type',
    'Council GSS code',
    'Organisation',
    'Supplier size',
    ...(online ? ['Duration (minutes)'] : []),
    'Attended',
  ]);
  for (const { person, attends, minutes } of bookings) {
    const input = person.input;
    sheet += csvRow([
      input.name,
      input.email,
      ORGANISATION_TYPE_LABELS[input.organisationType],
      input.councilCode ?? '',
      input.organisationName ?? '',
      input.supplierSize === 'sme' ? 'SME' : input.supplierSize === 'large' ? 'Large' : '',
      ...(online ? [minutes] : []),
      attends ? 'Yes' : 'No',
    ]);
  }
  await attendance.importReport(
    plan.event.id,
    Buffer.from(sheet),
    { dryRun: false, minimumMinutes: online ? 10 : 0, addUnmatched: true },
    actor,
    null,
  );
}

/** The event's answers as Microsoft Forms exports them (questions as headers), saved as CSV. */
function formsExport(plan: EventPlan): Buffer {
  const labels = new Map(THEME_TERMS.map((term) => [term.code, term.label]));
  let csv = csvRow([
    'Email',
    'Name',
    'Overall, how satisfied were you with the event?',
    'How useful was it to your work?',
    'How likely are you to recommend events like this to a colleague?',
    'Will you do something differently as a result of the event?',
    'What will you do differently?',
    'Which themes would you like future events to cover?',
    'Any other comments?',
    'May we quote your comments anonymously in published reports?',
  ]);
  const names = new Map(
    [...plan.bookings.map((booking) => booking.person), ...plan.walkIns].map((person) => [
      person.input.email,
      person.input.name,
    ]),
  );
  for (const [email, answers] of plan.feedback) {
    csv += csvRow([
      email,
      names.get(email) ?? '',
      answers.satisfaction,
      answers.usefulness,
      answers.recommend,
      { yes: 'Yes', maybe: 'Maybe', no: 'No' }[answers.intent],
      answers.intentDetail,
      answers.themes.map((code) => labels.get(code) ?? code).join(';'),
      answers.comments,
      answers.quoteConsent ? 'Yes' : 'No',
    ]);
  }
  return Buffer.from(csv);
}

/**
 * The follow-up survey as the scheduler sends it (every attendee who agreed
 * to be contacted, one transaction for the event), then the answers of those
 * who reply, each through their own link as the emailed one would be.
 */
async function askAndAnswerFollowUp(
  plan: EventPlan,
  registrations: RegistrationsService,
  feedback: FeedbackService,
  dataSource: DataSource,
  now: Date,
): Promise<number> {
  const asked = await registrations.transaction(async (manager) => {
    const people = (await feedback.people(manager, plan.event.id)).filter(
      ({ registration, attended }) => attended && registration.consentFollowUp,
    );
    for (const { registration } of people) {
      await feedback.ask(
        manager,
        'follow-up',
        registration,
        new Date(now.getTime() + FEEDBACK_OPEN_DAYS * DAY_MS),
        now,
      );
    }
    return people.map(({ registration }) => registration);
  });
  const replies = asked.filter((registration) => registration.email && plan.followUps.has(registration.email));
  const tokens = await dataSource.transaction(async (manager) => {
    const minted: [string, FollowUpAnswers][] = [];
    for (const registration of replies) {
      const answers = plan.followUps.get(registration.email as string) as FollowUpAnswers;
      minted.push([await mintFeedbackToken(manager, registration.id, 'follow-up'), answers]);
    }
    return minted;
  });
  for (const [token, answers] of tokens) {
    await feedback.submit(token, {
      acted: answers.acted,
      ...(answers.actedDetail ? { actedDetail: answers.actedDetail } : {}),
      quoteConsent: answers.quoteConsent,
    });
  }
  return tokens.length;
}

import type { INestApplication } from '@nestjs/common';
import { EventEntity, EventsService, ProgrammeService } from '@epm/api/events';
import { UserEntity } from '@epm/api/identity';
import type { Principal } from '@epm/api/platform';
import { type EventInput, fromLondonWallClock, toLondonIso } from '@epm/shared/contracts';
import { DataSource } from 'typeorm';

type DemoEvent = EventInput & { outcome?: 'completed' | 'draft' | { cancelled: string } };

const LGA_HOUSE = {
  name: 'Local Government House',
  address: '18 Smith Square, London',
  postcode: 'SW1P 3HZ',
  accessInformation:
    'Step-free entrance on Smith Square. Hearing loop in the Bevin Hall. Accessible toilets on every floor.',
};
const TECHUK_OFFICE = {
  name: 'techUK',
  address: '10 St Bride Street, London',
  postcode: 'EC4A 4AD',
  accessInformation: 'Step-free access by the lift from the ground floor. Quiet room available on request.',
};
const online = (meeting: string) => ({
  format: 'online' as const,
  venue: null,
  joiningUrl: `https://teams.microsoft.com/l/meetup-join/${meeting}`,
});

/** Second Tuesday of each month, 12:30 to 13:30 UK time, from May 2025 to March 2026. */
function lunchtimeSeries(): DemoEvent[] {
  const months = [5, 6, 7, 9, 10, 11, 12, 1, 2, 3];
  // Each session tagged with what it was about, so the year's themes show what the series covered.
  const topics: [title: string, tags: string[]][] = [
    ['Getting started with generative AI', ['artificial-intelligence', 'principle-ethical']],
    ['Data sharing agreements that work', ['digital-skills', 'enabler-data']],
    ['Low-code platforms: where they help', ['digital-skills', 'mission-services']],
    ['Cloud contracts after G-Cloud 14', ['procurement-reform', 'sme-access']],
    ['Accessibility testing on a budget', ['digital-inclusion', 'principle-inclusive']],
    ['Open APIs for housing systems', ['procurement-reform', 'market-intelligence']],
    ['Digital skills for elected members', ['digital-skills', 'enabler-leadership']],
    ['Cyber incident exercises', ['cybersecurity', 'principle-cyber-resilient']],
    ['Measuring the value of digital projects', ['market-intelligence', 'enabler-value']],
    ['What the MoU year taught us', ['procurement-reform', 'artificial-intelligence']],
  ];
  return months.map((month, index) => {
    const year = month >= 4 ? 2025 : 2026;
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const secondTuesday = 1 + ((9 - firstWeekday) % 7) + 7;
    return {
      title: `Local Digital Lunchtime: ${topics[index]?.[0]}`,
      summary: 'A monthly half-hour briefing and half-hour of questions for council officers and suppliers.',
      description: 'Part of the monthly Local Digital Lunchtime series run jointly by the LGA and techUK.',
      type: 'webinar',
      ...online(`lunchtime-${year}-${month}`),
      startsAt: toLondonIso(fromLondonWallClock(year, month, secondTuesday, 12, 30)),
      endsAt: toLondonIso(fromLondonWallClock(year, month, secondTuesday, 13, 30)),
      capacity: 300,
      audience: 'all',
      leadOrganisation: 'lga',
      partnerOrganisation: 'techuk',
      tags: [...(topics[index]?.[1] ?? []), 'enabler-capability', 'enabler-collaboration'],
      speakers: [{ name: 'Series host', role: 'Digital programme lead', organisation: 'Local Government Association' }],
      outcome: 'completed',
    };
  });
}

const YEAR_ONE: DemoEvent[] = [
  {
    title: 'Blueprint for Digital Government: connecting local government and suppliers',
    summary:
      'Briefing and workshop with the Government Digital Service on the Blueprint for Modern Digital Government and what it means for councils and their suppliers.',
    description:
      'A panel of central government, local government and industry speakers, then workshops on interoperability and open APIs, a unified approach, flexible outcome-based procurement and supplier engagement.',
    type: 'workshop',
    format: 'in-person',
    venue: TECHUK_OFFICE,
    startsAt: '2025-04-02T10:00:00+01:00',
    endsAt: '2025-04-02T13:00:00+01:00',
    capacity: 80,
    audience: 'all',
    leadOrganisation: 'techuk',
    tags: ['procurement-reform', 'sme-access', 'mission-services', 'enabler-collaboration', 'principle-user-centric'],
    speakers: [
      {
        name: 'Panel: Government Digital Service',
        role: 'Central government',
        organisation: 'Government Digital Service',
      },
      {
        name: 'Panel: council digital leader',
        role: 'Local government',
        organisation: 'A metropolitan borough council',
      },
      { name: 'Panel: supplier representative', role: 'Industry', organisation: 'techUK member company' },
    ],
    outcome: 'completed',
  },
  {
    title: 'Cyber resilience for councils: lessons from recent incidents',
    summary: 'How councils and their suppliers prepare for, respond to and recover from cyber incidents.',
    type: 'webinar',
    ...online('cyber-2025-05'),
    startsAt: '2025-05-14T14:00:00+01:00',
    endsAt: '2025-05-14T15:15:00+01:00',
    capacity: 500,
    audience: 'all',
    leadOrganisation: 'techuk',
    tags: ['cybersecurity', 'principle-cyber-resilient', 'mission-places'],
    outcome: 'completed',
  },
  {
    title: 'Procurement reform roundtable: buying outcomes, not outputs',
    summary: 'Council heads of procurement and suppliers on what the Procurement Act 2023 changes in practice.',
    type: 'roundtable',
    format: 'in-person',
    venue: LGA_HOUSE,
    startsAt: '2025-07-09T10:00:00+01:00',
    endsAt: '2025-07-09T12:00:00+01:00',
    capacity: 20,
    approvalRequired: true,
    audience: 'all',
    leadOrganisation: 'lga',
    tags: ['procurement-reform', 'sme-access', 'enabler-value'],
    outcome: 'completed',
  },
  {
    title: 'Summer webinar: digital skills for frontline staff',
    summary: 'Postponed to the autumn programme.',
    type: 'webinar',
    ...online('skills-2025-08'),
    startsAt: '2025-08-13T11:00:00+01:00',
    endsAt: '2025-08-13T12:00:00+01:00',
    capacity: 300,
    audience: 'councils',
    leadOrganisation: 'lga',
    tags: ['digital-skills'],
    outcome: { cancelled: 'Moved to the autumn programme so more councils can attend after the summer break.' },
  },
  {
    title: 'AI in local government: from pilots to services',
    summary: 'Councils that have moved AI pilots into live services, and the suppliers who worked with them.',
    type: 'webinar',
    ...online('ai-2025-09'),
    startsAt: '2025-09-10T14:00:00+01:00',
    endsAt: '2025-09-10T15:30:00+01:00',
    capacity: 500,
    audience: 'all',
    leadOrganisation: 'techuk',
    partnerOrganisation: 'lga',
    tags: ['artificial-intelligence', 'principle-ethical', 'mission-services', 'enabler-data'],
    outcome: 'completed',
  },
  {
    title: 'Digital inclusion consultation: a shared approach for councils',
    summary: 'A joint consultation event on how councils and suppliers can close the digital divide together.',
    type: 'consultation',
    format: 'hybrid',
    venue: LGA_HOUSE,
    joiningUrl: 'https://teams.microsoft.com/l/meetup-join/inclusion-2025-11',
    startsAt: '2025-11-12T10:00:00+00:00',
    endsAt: '2025-11-12T12:30:00+00:00',
    capacity: 120,
    audience: 'all',
    leadOrganisation: 'lga',
    partnerOrganisation: 'techuk',
    tags: ['digital-inclusion', 'mission-residents', 'principle-inclusive'],
    consultation: {
      questions: [
        'Which groups of residents are hardest for your council to reach online?',
        'What should suppliers do differently to make services inclusive by default?',
        'Which shared resources would help councils most?',
      ],
      responsesCloseAt: '2025-12-12T17:00:00+00:00',
    },
    outcome: 'completed',
  },
  {
    title: 'Procurement reform roundtable: SMEs and the new procurement regime',
    summary: 'How councils can open opportunities to small and medium-sized suppliers.',
    type: 'roundtable',
    format: 'in-person',
    venue: TECHUK_OFFICE,
    startsAt: '2026-01-21T10:00:00+00:00',
    endsAt: '2026-01-21T12:00:00+00:00',
    capacity: 20,
    approvalRequired: true,
    audience: 'all',
    leadOrganisation: 'techuk',
    partnerOrganisation: 'lga',
    tags: ['procurement-reform', 'sme-access', 'market-intelligence'],
    outcome: 'completed',
  },
];

const YEAR_TWO: DemoEvent[] = [
  {
    title: 'Cyber resilience exercise for council leadership teams',
    summary: 'A facilitated incident exercise for chief executives, CIOs and their suppliers.',
    type: 'workshop',
    format: 'in-person',
    venue: LGA_HOUSE,
    startsAt: '2026-12-09T09:30:00+00:00',
    endsAt: '2026-12-09T13:00:00+00:00',
    capacity: 60,
    audience: 'councils',
    leadOrganisation: 'lga',
    partnerOrganisation: 'techuk',
    tags: ['cybersecurity', 'principle-cyber-resilient', 'enabler-leadership'],
  },
  {
    title: 'AI assurance for council services',
    summary: 'Practical assurance of AI tools bought by councils: what to ask suppliers and what to test.',
    type: 'webinar',
    ...online('ai-assurance-2027-01'),
    startsAt: '2027-01-20T14:00:00+00:00',
    endsAt: '2027-01-20T15:00:00+00:00',
    capacity: 500,
    audience: 'all',
    leadOrganisation: 'techuk',
    tags: ['artificial-intelligence', 'principle-ethical'],
  },
  {
    title: 'Procurement roundtable: market engagement for digital contracts',
    summary: 'Planning early market engagement that suppliers of every size can take part in.',
    type: 'roundtable',
    format: 'hybrid',
    venue: TECHUK_OFFICE,
    joiningUrl: 'https://teams.microsoft.com/l/meetup-join/procurement-2027-02',
    startsAt: '2027-02-17T10:00:00+00:00',
    endsAt: '2027-02-17T12:00:00+00:00',
    capacity: 24,
    approvalRequired: true,
    audience: 'all',
    leadOrganisation: 'techuk',
    partnerOrganisation: 'lga',
    tags: ['procurement-reform', 'sme-access'],
  },
  {
    title: 'Draft: digital skills academy launch',
    summary: 'Launch of the joint digital skills academy (being planned).',
    type: 'workshop',
    ...online('skills-academy-2027-03'),
    startsAt: '2027-03-10T10:00:00+00:00',
    endsAt: '2027-03-10T11:30:00+00:00',
    capacity: null,
    audience: 'councils',
    leadOrganisation: 'lga',
    tags: ['digital-skills'],
    outcome: 'draft',
  },
];

/**
 * The demo programme: the first MoU year as it happened (completed events, one
 * cancellation, the monthly lunchtime series) and a renewed second year with
 * upcoming events, through the same services organisers use.
 */
export async function seedDemoProgramme(app: INestApplication): Promise<number> {
  const dataSource = app.get(DataSource);
  if ((await dataSource.getRepository(EventEntity).count()) > 0) return 0;
  const admin = await dataSource.getRepository(UserEntity).findOneByOrFail({ role: 'admin' });
  const actor: Principal = {
    userId: admin.id,
    email: admin.email,
    role: 'admin',
    organisationId: null,
    sessionId: 'demo-seed',
    stage: 'active',
  };
  const programmes = app.get(ProgrammeService);
  const events = app.get(EventsService);
  const [yearOne] = await programmes.list();
  if (!yearOne) return 0;
  const reach = await programmes.addObjective(
    yearOne.id,
    { title: 'Reach 150 councils', targetUnit: 'councils reached', targetValue: 150 },
    actor,
  );
  const convene = await programmes.addObjective(
    yearOne.id,
    { title: 'Hold 10 roundtables and workshops', targetUnit: 'events', targetValue: 10 },
    actor,
  );
  const satisfaction = await programmes.addObjective(
    yearOne.id,
    { title: 'Satisfaction of at least 4.2 out of 5', targetUnit: 'mean satisfaction (1–5)', targetValue: 4.2 },
    actor,
  );
  await programmes.create({ name: 'MoU year 2', startsOn: '2026-04-01', endsOn: '2027-03-31' }, actor);

  let created = 0;
  for (const demo of [...YEAR_ONE, ...lunchtimeSeries(), ...YEAR_TWO]) {
    const { outcome, ...input } = demo;
    const inYearOne = input.startsAt < '2026-04';
    const convening = input.type === 'roundtable' || input.type === 'workshop';
    const objectiveIds = inYearOne ? [reach.id, satisfaction.id, ...(convening ? [convene.id] : [])] : [];
    const event = await events.create({ ...input, objectiveIds }, actor, null);
    created += 1;
    if (outcome === 'draft') continue;
    await events.publish(event.id, actor, null);
    if (outcome === 'completed') await events.complete(event.id, actor, null);
    else if (outcome) await events.cancel(event.id, outcome.cancelled, actor, null);
  }
  return created;
}

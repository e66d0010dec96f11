import type { INestApplication } from '@nestjs/common';
import { EventEntity, ProgrammeService } from '@epm/api/events';
import { UserEntity } from '@epm/api/identity';
import { OutcomeEntity, OutcomesService } from '@epm/api/outcomes';
import type { Principal } from '@epm/api/platform';
import type { OutcomeInput } from '@epm/shared/contracts';
import { DataSource } from 'typeorm';

type DemoOutcome = Omit<OutcomeInput, 'programmeId' | 'eventIds' | 'objectiveIds'> & {
  /** Titles of the year 1 events it stems from; none for a programme-level outcome. */
  events: string[];
  /** Titles of year 1 objectives. */
  objectives: string[];
};

const BLUEPRINT = 'Blueprint for Digital Government: connecting local government and suppliers';
const BUYING_OUTCOMES = 'Procurement reform roundtable: buying outcomes, not outputs';
const INCLUSION = 'Digital inclusion consultation: a shared approach for councils';
const AI_WEBINAR = 'AI in local government: from pilots to services';
const AI_LUNCHTIME = 'Local Digital Lunchtime: Getting started with generative AI';

/**
 * What the first MoU year led to. The SMEs procurement roundtable is left
 * without outcomes on purpose, so its organisers see the prompt to record them.
 */
const OUTCOMES: DemoOutcome[] = [
  {
    kind: 'resource-published',
    title: 'Joint guidance on outcome-based procurement published',
    description:
      'Guidance for council buyers on specifying the outcomes a digital service must achieve rather than its ' +
      'outputs, drafted with the heads of procurement and suppliers at the roundtable, answering the Blueprint ' +
      'workshop’s call for flexible, outcome-based procurement.',
    ownerOrganisation: 'lga',
    date: '2025-10-15',
    status: 'done',
    events: [BLUEPRINT, BUYING_OUTCOMES],
    objectives: ['Reach 150 councils'],
  },
  {
    kind: 'procurement-change',
    title: 'Outcome-based specifications trialled in a shared cloud framework',
    description: 'Three councils are trialling the guidance’s specification template in their next call-off.',
    ownerOrganisation: 'other',
    ownerName: 'Northern councils’ digital procurement network',
    date: '2026-02-16',
    status: 'in-progress',
    events: [BUYING_OUTCOMES],
    objectives: [],
  },
  {
    kind: 'consultation-response',
    title: 'Joint response on digital inclusion submitted',
    description:
      'The partners’ response, drawing on what councils and suppliers said at the consultation event and in ' +
      'writing before responses closed on 12 December.',
    ownerOrganisation: 'lga',
    date: '2025-12-19',
    status: 'done',
    events: [INCLUSION],
    objectives: ['Reach 150 councils'],
  },
  {
    kind: 'action-agreed',
    title: 'Councils and suppliers to share AI pilot evaluations in a common template',
    ownerOrganisation: 'techuk',
    date: '2025-12-01',
    status: 'in-progress',
    events: [AI_WEBINAR, AI_LUNCHTIME],
    objectives: [],
  },
  {
    kind: 'action-agreed',
    title: 'Programme for the second MoU year agreed',
    description: 'More roundtables on procurement and AI, as the first year’s feedback asked.',
    ownerOrganisation: 'lga',
    date: '2026-03-25',
    status: 'done',
    events: [],
    objectives: ['Hold 10 roundtables and workshops'],
  },
];

/**
 * Outcomes of the demo programme's first year, through the service organisers
 * use. Skipped once any outcome exists, or when the demo programme is not there.
 */
export async function seedDemoOutcomes(app: INestApplication): Promise<number> {
  const dataSource = app.get(DataSource);
  if ((await dataSource.getRepository(OutcomeEntity).count()) > 0) return 0;
  const [yearOne] = await app.get(ProgrammeService).list();
  if (!yearOne) return 0;
  const events = new Map(
    (await dataSource.getRepository(EventEntity).find({ select: { id: true, title: true } })).map((event) => [
      event.title,
      event.id,
    ]),
  );
  const objectives = new Map(yearOne.objectives.map((objective) => [objective.title, objective.id]));
  const admin = await dataSource.getRepository(UserEntity).findOneByOrFail({ role: 'admin' });
  const actor: Principal = {
    userId: admin.id,
    email: admin.email,
    role: 'admin',
    organisationId: null,
    sessionId: 'demo-seed',
    stage: 'active',
  };
  const outcomes = app.get(OutcomesService);
  let created = 0;
  for (const { events: eventTitles, objectives: objectiveTitles, ...input } of OUTCOMES) {
    const eventIds = eventTitles.map((title) => events.get(title));
    const objectiveIds = objectiveTitles.map((title) => objectives.get(title));
    if (eventIds.includes(undefined) || objectiveIds.includes(undefined)) continue;
    await outcomes.create(
      {
        ...input,
        programmeId: yearOne.id,
        eventIds: eventIds as number[],
        objectiveIds: objectiveIds as number[],
      },
      actor,
      null,
    );
    created += 1;
  }
  return created;
}

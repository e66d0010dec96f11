import type { EventResponse, OutcomeResponse, ProgrammeResponse } from '@epm/shared/contracts';

/** Factories for the outcome pages' specs. */
export function anOutcome(overrides: Partial<OutcomeResponse> = {}): OutcomeResponse {
  return {
    id: 3,
    programmeId: 1,
    kind: 'resource-published',
    title: 'Joint guidance on outcome-based procurement published',
    description: 'Guidance for council buyers.',
    ownerOrganisation: 'lga',
    ownerName: 'Local Government Association',
    date: '2025-10-15',
    status: 'done',
    link: null,
    events: [
      {
        id: 7,
        title: 'Procurement reform roundtable',
        type: 'roundtable',
        startsAt: '2025-07-09T10:00:00+01:00',
      },
    ],
    objectives: [{ id: 10, title: 'Reach 150 councils' }],
    createdAt: '2025-10-15T09:00:00.000Z',
    updatedAt: '2025-10-15T09:00:00.000Z',
    ...overrides,
  };
}

export function anEvent(overrides: Partial<EventResponse> = {}): EventResponse {
  return {
    id: 7,
    programmeId: 1,
    title: 'Procurement reform roundtable',
    summary: 'Buying outcomes, not outputs.',
    description: '',
    type: 'roundtable',
    format: 'online',
    status: 'completed',
    cancellationReason: null,
    venue: null,
    joiningUrl: null,
    startsAt: '2025-07-09T10:00:00+01:00',
    endsAt: '2025-07-09T12:00:00+01:00',
    capacity: 20,
    registrationOpensAt: null,
    registrationClosesAt: null,
    approvalRequired: true,
    audience: 'all',
    leadOrganisation: { code: 'lga', name: 'Local Government Association' },
    partnerOrganisation: null,
    tags: [],
    objectiveIds: [],
    speakers: [],
    consultation: null,
    sequence: 0,
    seriesId: null,
    updatedAt: '2025-07-10T09:00:00.000Z',
    ...overrides,
  };
}

export const PROGRAMMES: ProgrammeResponse[] = [
  {
    id: 1,
    name: 'MoU year 1',
    startsOn: '2025-04-01',
    endsOn: '2026-03-31',
    objectives: [
      { id: 10, title: 'Reach 150 councils', description: '', targetUnit: null, targetValue: null },
      { id: 11, title: 'Hold 10 roundtables', description: '', targetUnit: null, targetValue: null },
    ],
  },
  { id: 2, name: 'MoU year 2', startsOn: '2026-04-01', endsOn: '2027-03-31', objectives: [] },
];

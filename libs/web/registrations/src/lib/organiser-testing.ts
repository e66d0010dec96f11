import type {
  EventResponse,
  OutboxMessageDetail,
  RegistrationListResponse,
  RegistrationResponse,
} from '@epm/shared/contracts';

/** Factories for the organiser pages' specs. */
export function aRegistration(overrides: Partial<RegistrationResponse> = {}): RegistrationResponse {
  return {
    id: 1,
    eventId: 7,
    status: 'confirmed',
    waitlistPosition: null,
    name: 'Priya Shah',
    email: 'priya.shah@leeds.gov.uk',
    organisationType: 'council',
    council: { gssCode: 'E08000035', name: 'Leeds City Council' },
    organisationName: null,
    supplierSize: null,
    jobTitle: 'Head of Digital',
    accessibilityNeeds: null,
    dietaryNeeds: null,
    consentFollowUp: false,
    consentFutureEvents: false,
    source: 'public',
    decisionMessage: null,
    cancellationReason: null,
    createdAt: '2026-05-01T09:30:00.000Z',
    ...overrides,
  };
}

export function aList(
  items: RegistrationResponse[],
  overrides: Partial<RegistrationListResponse> = {},
): RegistrationListResponse {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 50,
    counts: { capacity: 2, confirmed: 2, waitlisted: 1, pending: 1, declined: 0, cancelled: 0 },
    ...overrides,
  };
}

export function anOutboxMessage(overrides: Partial<OutboxMessageDetail> = {}): OutboxMessageDetail {
  return {
    id: 11,
    kind: 'confirmation',
    eventId: 7,
    to: 'Priya Shah <priya.shah@leeds.gov.uk>',
    subject: 'Your place: Procurement reform roundtable',
    status: 'sent',
    attempts: 1,
    lastError: null,
    createdAt: '2026-05-01T09:30:00.000Z',
    sentAt: '2026-05-01T09:30:05.000Z',
    text: 'Dear Priya,\n\nYour place is confirmed.\nSee you there.',
    inviteMethod: 'REQUEST',
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
    format: 'in-person',
    status: 'published',
    cancellationReason: null,
    venue: {
      name: 'Local Government House',
      address: '18 Smith Square, London',
      postcode: 'SW1P 3HZ',
      accessInformation: 'Step-free entrance.',
    },
    joiningUrl: null,
    startsAt: '2026-07-09T10:00:00+01:00',
    endsAt: '2026-07-09T12:00:00+01:00',
    capacity: 2,
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
    updatedAt: '2026-06-01T09:00:00.000Z',
    ...overrides,
  };
}

import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import type { EventAvailability, EventResponse, ManagedRegistration } from '@epm/shared/contracts';

/** Small factories for the registration pages' specs. */
export function anEvent(overrides: Partial<EventResponse> = {}): EventResponse {
  return {
    id: 7,
    programmeId: 1,
    title: 'Digital skills workshop',
    summary: 'A practical morning.',
    description: '',
    type: 'workshop',
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
    startsAt: '2098-05-20T10:00:00+01:00',
    endsAt: '2098-05-20T12:30:00+01:00',
    capacity: 40,
    registrationOpensAt: null,
    registrationClosesAt: null,
    approvalRequired: false,
    audience: 'all',
    leadOrganisation: { code: 'lga', name: 'Local Government Association' },
    partnerOrganisation: null,
    tags: [],
    objectiveIds: [],
    speakers: [],
    consultation: null,
    sequence: 0,
    seriesId: null,
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}

export function anAvailability(overrides: Partial<EventAvailability> = {}): EventAvailability {
  return {
    state: 'open',
    placesLeft: 12,
    registrationOpensAt: null,
    registrationClosesAt: null,
    ...overrides,
  };
}

export function aManagedRegistration(
  overrides: Partial<Omit<ManagedRegistration, 'event'>> & { event?: Partial<ManagedRegistration['event']> } = {},
): ManagedRegistration {
  const { event, ...rest } = overrides;
  return {
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
    dietaryNeeds: 'Vegetarian',
    consentFollowUp: false,
    consentFutureEvents: true,
    ...rest,
    event: {
      id: 7,
      title: 'Digital skills workshop',
      status: 'published',
      format: 'hybrid',
      startsAt: '2098-05-20T10:00:00+01:00',
      endsAt: '2098-05-20T12:30:00+01:00',
      venue: {
        name: 'Local Government House',
        address: '18 Smith Square, London',
        postcode: 'SW1P 3HZ',
        accessInformation: 'Step-free entrance.',
      },
      joiningUrl: 'https://meet.example/abc',
      ...event,
    },
  };
}

export const pause = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The request to this URL once the page has made it: waits for it rather than for a fixed time, so a slow,
 * busy machine does not fail the test. Fails as expectOne would if it never comes.
 */
export async function nextRequest(http: HttpTestingController, url: string, timeoutMs = 3000): Promise<TestRequest> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [request] = http.match(url);
    if (request) return request;
    if (Date.now() > deadline) return http.expectOne(url);
    await pause(5);
  }
}

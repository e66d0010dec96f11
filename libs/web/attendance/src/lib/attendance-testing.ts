import type {
  AttendanceCounts,
  AttendanceEntry,
  AttendanceImportResult,
  AttendanceListResponse,
  EventResponse,
} from '@epm/shared/contracts';

/** Factories for the attendance pages' specs. */
export function anEntry(overrides: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return {
    registrationId: 1,
    name: 'Priya Shah',
    email: 'priya.shah@leeds.gov.uk',
    organisation: 'Leeds City Council',
    organisationType: 'council',
    registrationStatus: 'confirmed',
    attendance: 'not-recorded',
    minutesAttended: null,
    checkedInAt: null,
    source: null,
    ...overrides,
  };
}

export function someCounts(overrides: Partial<AttendanceCounts> = {}): AttendanceCounts {
  return { confirmed: 3, attended: 0, noShow: 0, notRecorded: 3, ...overrides };
}

export function aList(items: AttendanceEntry[], counts: Partial<AttendanceCounts> = {}): AttendanceListResponse {
  return { items, counts: someCounts(counts) };
}

export function anImportResult(overrides: Partial<AttendanceImportResult> = {}): AttendanceImportResult {
  return {
    format: 'teams',
    committed: false,
    minimumMinutes: 0,
    matched: [],
    unmatched: [],
    alreadyRecorded: [],
    skippedRows: 0,
    counts: someCounts(),
    ...overrides,
  };
}

export function anEvent(overrides: Partial<EventResponse> = {}): EventResponse {
  return {
    id: 7,
    programmeId: 1,
    title: 'Cyber resilience workshop',
    summary: 'Practical steps for councils.',
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
    startsAt: '2026-07-09T10:00:00+01:00',
    endsAt: '2026-07-09T12:00:00+01:00',
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
    updatedAt: '2026-06-01T09:00:00.000Z',
    ...overrides,
  };
}

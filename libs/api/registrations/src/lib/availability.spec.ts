import { availabilityState, normaliseEmail } from './registrations.service';

const now = new Date('2026-06-01T12:00:00Z');
const published = {
  status: 'published' as const,
  capacity: 10,
  approvalRequired: false,
  registrationOpensAt: null,
  registrationClosesAt: null,
  startsAt: new Date('2026-06-10T09:00:00Z'),
};

describe('whether registration is open', () => {
  it('is open while there are places, then offers the waiting list', () => {
    expect(availabilityState(published, 9, now)).toBe('open');
    expect(availabilityState(published, 10, now)).toBe('waitlist');
    expect(availabilityState({ ...published, capacity: null }, 10_000, now)).toBe('open');
  });

  it('asks for approval before anything about places', () => {
    expect(availabilityState({ ...published, approvalRequired: true }, 10, now)).toBe('approval');
  });

  it('is not yet open before the window, and closed from its end or, without one, from the start', () => {
    expect(availabilityState({ ...published, registrationOpensAt: new Date('2026-06-02T00:00:00Z') }, 0, now)).toBe(
      'not-yet-open',
    );
    expect(availabilityState({ ...published, registrationClosesAt: new Date('2026-06-01T12:00:00Z') }, 0, now)).toBe(
      'closed',
    );
    expect(availabilityState(published, 0, new Date('2026-06-10T09:00:00Z'))).toBe('closed');
  });

  it('is closed once registration is closed or the event completed, and unavailable for drafts and cancellations', () => {
    expect(availabilityState({ ...published, status: 'registration-closed' }, 0, now)).toBe('closed');
    expect(availabilityState({ ...published, status: 'completed' }, 0, now)).toBe('closed');
    expect(availabilityState({ ...published, status: 'cancelled' }, 0, now)).toBe('unavailable');
    expect(availabilityState({ ...published, status: 'draft' }, 0, now)).toBe('unavailable');
  });

  it('treats addresses that differ only in case and spaces as one person', () => {
    expect(normaliseEmail('  Priya.Shah@Leeds.GOV.uk ')).toBe('priya.shah@leeds.gov.uk');
  });
});

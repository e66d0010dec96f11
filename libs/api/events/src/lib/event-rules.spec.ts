import type { EventInput } from '@epm/shared/contracts';
import { eventRuleErrors } from './event-rules';

const TAGS = new Set(['procurement-reform', 'cybersecurity', 'mission-services']);

function aWorkshop(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Procurement reform roundtable',
    summary: 'How councils can buy outcomes, not outputs.',
    type: 'workshop',
    format: 'in-person',
    venue: { name: 'Local Government House', address: '18 Smith Square, London', postcode: 'SW1P 3HZ' },
    startsAt: '2025-06-02T10:00:00+01:00',
    endsAt: '2025-06-02T12:00:00+01:00',
    capacity: 40,
    audience: 'all',
    leadOrganisation: 'lga',
    tags: ['procurement-reform'],
    ...overrides,
  };
}

describe('eventRuleErrors', () => {
  it('accepts a complete in-person workshop', () => {
    expect(eventRuleErrors(aWorkshop(), TAGS)).toEqual({});
  });

  it('requires the end after the start', () => {
    expect(eventRuleErrors(aWorkshop({ endsAt: '2025-06-02T10:00:00+01:00' }), TAGS)).toEqual({
      endsAt: ['The end must be after the start'],
    });
  });

  it('compares instants, not wall-clock text, across offsets', () => {
    // 09:30Z is 10:30 BST: after a 10:00 BST start.
    expect(eventRuleErrors(aWorkshop({ endsAt: '2025-06-02T09:30:00Z' }), TAGS)).toEqual({});
  });

  it('requires registration to close before the end and to open before it closes', () => {
    expect(
      eventRuleErrors(
        aWorkshop({
          registrationOpensAt: '2025-06-02T12:30:00+01:00',
          registrationClosesAt: '2025-06-02T12:00:00+01:00',
        }),
        TAGS,
      ),
    ).toEqual({
      registrationClosesAt: ['Registration must close before the event ends'],
      registrationOpensAt: ['Registration must open before it closes', 'Registration must open before the event ends'],
    });
  });

  it('requires a joining link online and a venue in person, and both for hybrid', () => {
    expect(eventRuleErrors(aWorkshop({ format: 'online', venue: null }), TAGS)).toEqual({
      joiningUrl: ['Enter the joining link for an online event'],
    });
    expect(eventRuleErrors(aWorkshop({ format: 'hybrid', venue: null }), TAGS)).toEqual({
      venue: ['Enter the venue for an event people attend in person'],
      joiningUrl: ['Enter the joining link for an online event'],
    });
  });

  it('refuses a partner that is the lead, and unknown tags', () => {
    expect(eventRuleErrors(aWorkshop({ partnerOrganisation: 'lga', tags: ['blockchain'] }), TAGS)).toEqual({
      partnerOrganisation: ['The partner must be the other organisation'],
      tags: ['Unknown tags: blockchain'],
    });
  });

  it('requires consultations to have questions closing after they start, and nothing else to have them', () => {
    expect(eventRuleErrors(aWorkshop({ type: 'consultation' }), TAGS)).toEqual({
      consultation: ['Enter the questions being consulted on'],
    });
    expect(
      eventRuleErrors(
        aWorkshop({
          type: 'consultation',
          consultation: { questions: ['Q1'], responsesCloseAt: '2025-06-01T17:00:00+01:00' },
        }),
        TAGS,
      ),
    ).toEqual({ 'consultation.responsesCloseAt': ['Responses must close after the consultation event starts'] });
    expect(
      eventRuleErrors(
        aWorkshop({ consultation: { questions: ['Q1'], responsesCloseAt: '2025-07-01T17:00:00+01:00' } }),
        TAGS,
      ),
    ).toEqual({ consultation: ['Only consultations have consultation questions'] });
  });
});

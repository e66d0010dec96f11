import type { RegistrationCounts } from '@epm/shared/contracts';
import {
  actionsFor,
  confirmedOfCapacity,
  inviteLabel,
  kindLabel,
  needsOf,
  organisationOf,
  people,
  recipientCount,
} from './organiser-registration-labels';
import { aRegistration } from './organiser-testing';

const COUNTS: RegistrationCounts = { capacity: 2, confirmed: 2, waitlisted: 1, pending: 3, declined: 4, cancelled: 5 };

describe('organiser registration labels', () => {
  it('offers the decisions that fit each status, and none once it is settled', () => {
    expect(actionsFor('pending')).toEqual(['approve', 'decline', 'cancel']);
    expect(actionsFor('waitlisted')).toEqual(['promote', 'cancel']);
    expect(actionsFor('confirmed')).toEqual(['cancel']);
    expect(actionsFor('declined')).toEqual([]);
    expect(actionsFor('cancelled')).toEqual([]);
  });

  it('names a council from the reference list, and a supplier with its size', () => {
    expect(organisationOf(aRegistration())).toEqual({ name: 'Leeds City Council', kind: 'Council' });
    expect(
      organisationOf(
        aRegistration({ organisationType: 'supplier', council: null, organisationName: 'Acme', supplierSize: 'sme' }),
      ),
    ).toEqual({ name: 'Acme', kind: 'Technology supplier, SME' });
    expect(
      organisationOf(
        aRegistration({ organisationType: 'supplier', council: null, organisationName: 'Big', supplierSize: 'large' }),
      ),
    ).toEqual({ name: 'Big', kind: 'Technology supplier, large' });
    expect(
      organisationOf(aRegistration({ organisationType: 'academia', council: null, organisationName: 'Uni' })),
    ).toEqual({ name: 'Uni', kind: 'Academia' });
  });

  it('says which needs were given, ignoring blank answers', () => {
    expect(needsOf({ accessibilityNeeds: 'Captions', dietaryNeeds: '  ' })).toEqual(['Accessibility']);
    expect(needsOf({ accessibilityNeeds: null, dietaryNeeds: 'Vegan' })).toEqual(['Dietary']);
    expect(needsOf({ accessibilityNeeds: null, dietaryNeeds: null })).toEqual([]);
  });

  it('shows confirmed places against capacity, saying when the event is full or unlimited', () => {
    expect(confirmedOfCapacity({ capacity: 40, confirmed: 2 })).toBe('2 of 40 places confirmed');
    expect(confirmedOfCapacity({ capacity: 2, confirmed: 2 })).toBe('2 of 2 places confirmed: full');
    expect(confirmedOfCapacity({ capacity: null, confirmed: 12 })).toBe('12 confirmed (unlimited places)');
  });

  it('counts the people a message reaches once per status', () => {
    expect(recipientCount(COUNTS, ['confirmed'])).toBe(2);
    expect(recipientCount(COUNTS, ['confirmed', 'waitlisted', 'confirmed'])).toBe(3);
    expect(recipientCount(COUNTS, [])).toBe(0);
    expect(people(1)).toBe('1 person');
    expect(people(3)).toBe('3 people');
  });

  it('names message kinds in words, and unknown ones readably', () => {
    expect(kindLabel('organiser-message')).toBe('Message from the organisers');
    expect(kindLabel('thank-you_note')).toBe('Thank you note');
    expect(inviteLabel(null)).toBe('None');
    expect(inviteLabel('REQUEST')).toContain('REQUEST');
    expect(inviteLabel('cancel')).toContain('removes the entry');
  });
});

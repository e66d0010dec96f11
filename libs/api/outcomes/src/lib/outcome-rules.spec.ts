import type { OutcomeInput } from '@epm/shared/contracts';
import { isRealDate, outcomeRuleErrors } from './outcome-rules';

function anOutcome(overrides: Partial<OutcomeInput> = {}): OutcomeInput {
  return {
    kind: 'resource-published',
    title: 'Joint guidance on outcome-based procurement published',
    ownerOrganisation: 'lga',
    date: '2025-10-15',
    status: 'done',
    programmeId: 1,
    ...overrides,
  };
}

describe('outcomeRuleErrors', () => {
  const today = '2026-04-10';

  it('accepts a done outcome dated today or earlier', () => {
    expect(outcomeRuleErrors(anOutcome(), today)).toEqual({});
    expect(outcomeRuleErrors(anOutcome({ date: today }), today)).toEqual({});
  });

  it('refuses a date that is not on the calendar', () => {
    expect(outcomeRuleErrors(anOutcome({ date: '2025-02-29' }), today)).toEqual({
      date: ['The date must be a real date'],
    });
  });

  it('refuses a done outcome dated after today, but lets planned and in-progress ones look ahead', () => {
    expect(Object.keys(outcomeRuleErrors(anOutcome({ date: '2026-04-11' }), today))).toEqual(['date']);
    expect(outcomeRuleErrors(anOutcome({ date: '2026-09-30', status: 'planned' }), today)).toEqual({});
    expect(outcomeRuleErrors(anOutcome({ date: '2026-09-30', status: 'in-progress' }), today)).toEqual({});
  });

  it('needs the name of another organisation, and none for a partner', () => {
    expect(outcomeRuleErrors(anOutcome({ ownerOrganisation: 'other', ownerName: '  ' }), today)).toEqual({
      ownerName: ['Enter the name of the organisation that owns the outcome'],
    });
    expect(
      outcomeRuleErrors(anOutcome({ ownerOrganisation: 'other', ownerName: 'Department for Education' }), today),
    ).toEqual({});
  });

  it('names each required field a change set to null, as a new outcome without it would be', () => {
    const cleared = { title: null, kind: null, status: null, ownerOrganisation: null, programmeId: null, date: null };
    expect(Object.keys(outcomeRuleErrors({ ...anOutcome(), ...cleared } as unknown as OutcomeInput, today))).toEqual([
      'title',
      'kind',
      'status',
      'ownerOrganisation',
      'programmeId',
      'date',
    ]);
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['1999-12-31', false],
    ['2025-4-1', false],
  ])('%s is a real date: %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });
});

import { SATISFACTION_LABELS } from '@epm/shared/contracts';
import { choiceShares, npsSummary, rate, scaleSummary } from './feedback-summary';

describe('feedback summaries', () => {
  it('averages a 1 to 5 scale to one decimal place, ignoring unanswered, with every value counted', () => {
    const summary = scaleSummary([5, 4, 4, null, 2], SATISFACTION_LABELS);
    expect(summary.answered).toBe(4);
    expect(summary.average).toBe(3.8);
    expect(summary.distribution).toEqual([
      { value: 1, label: 'Very dissatisfied', count: 0 },
      { value: 2, label: 'Dissatisfied', count: 1 },
      { value: 3, label: 'Neither satisfied nor dissatisfied', count: 0 },
      { value: 4, label: 'Satisfied', count: 2 },
      { value: 5, label: 'Very satisfied', count: 1 },
    ]);
    expect(scaleSummary([null], SATISFACTION_LABELS).average).toBeNull();
  });

  it('scores NPS as the percentage of promoters (9-10) minus detractors (0-6)', () => {
    // 3 promoters, 2 passives (7, 8), 3 detractors out of 8: (3 - 3) / 8 = 0.
    expect(npsSummary([10, 9, 9, 8, 7, 6, 0, 3]).score).toBe(0);
    // 2 promoters, 1 detractor of 3: 33.3 → 33.
    const summary = npsSummary([10, 9, 5, null]);
    expect(summary).toMatchObject({ answered: 3, score: 33, promoters: 2, passives: 0, detractors: 1 });
    expect(summary.distribution).toHaveLength(11);
    expect(summary.distribution[10]).toEqual({ value: 10, count: 1 });
    expect(npsSummary([6, 6]).score).toBe(-100);
    expect(npsSummary([]).score).toBeNull();
  });

  it('gives each choice its count and share of those who answered', () => {
    const shares = choiceShares(['yes', 'yes', 'maybe', null], ['yes', 'maybe', 'no'] as const, {
      yes: 'Yes',
      maybe: 'Maybe',
      no: 'No',
    });
    expect(shares.answered).toBe(3);
    expect(shares.choices.map((choice) => [choice.value, choice.count, choice.share])).toEqual([
      ['yes', 2, 2 / 3],
      ['maybe', 1, 1 / 3],
      ['no', 0, 0],
    ]);
    expect(rate(1, 0)).toBeNull();
  });
});

import type { ChoiceShare, NpsSummary, ScaleSummary } from '@epm/shared/contracts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Answers on a 1 to 5 scale: how many, the mean to one decimal place, and how many gave each value. */
export function scaleSummary(values: (number | null)[], labels: Readonly<Record<number, string>>): ScaleSummary {
  const answers = values.filter((value): value is number => value !== null);
  return {
    answered: answers.length,
    average: answers.length ? oneDecimal(answers.reduce((sum, value) => sum + value, 0) / answers.length) : null,
    distribution: [1, 2, 3, 4, 5].map((value) => ({
      value,
      label: labels[value] ?? String(value),
      count: answers.filter((answer) => answer === value).length,
    })),
  };
}

/**
 * Net Promoter Score from 0 to 10 answers: the percentage of promoters (9 or
 * 10) minus the percentage of detractors (0 to 6), rounded to a whole number.
 */
export function npsSummary(values: (number | null)[]): NpsSummary {
  const answers = values.filter((value): value is number => value !== null);
  const promoters = answers.filter((value) => value >= 9).length;
  const detractors = answers.filter((value) => value <= 6).length;
  return {
    answered: answers.length,
    score: answers.length ? Math.round(((promoters - detractors) / answers.length) * 100) : null,
    promoters,
    passives: answers.length - promoters - detractors,
    detractors,
    distribution: Array.from({ length: 11 }, (_, value) => ({
      value,
      count: answers.filter((answer) => answer === value).length,
    })),
  };
}

/** How many gave each choice, and as a share of everyone who answered. */
export function choiceShares<T extends string>(
  values: (T | null)[],
  choices: readonly T[],
  labels: Readonly<Record<T, string>>,
): { answered: number; choices: ChoiceShare[] } {
  const answers = values.filter((value): value is T => value !== null);
  return {
    answered: answers.length,
    choices: choices.map((choice) => {
      const count = answers.filter((answer) => answer === choice).length;
      return { value: choice, label: labels[choice], count, share: answers.length ? count / answers.length : null };
    }),
  };
}

export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

import type { ProgrammeResponse } from '@epm/shared/contracts';
import { findObjective, objectiveFormValue, toObjectiveInput } from './programme-form-model';

const reach150 = {
  id: 10,
  title: 'Reach 150 councils',
  description: '',
  targetUnit: 'councils reached',
  targetValue: 150,
};
const goodEvents = { id: 11, title: 'Good events', description: 'Feedback forms', targetUnit: null, targetValue: null };
const yearOne: ProgrammeResponse = {
  id: 1,
  name: 'MoU year 1',
  startsOn: '2025-04-01',
  endsOn: '2026-03-31',
  objectives: [reach150, goodEvents],
};

describe('objective form model', () => {
  it('fills the form from an objective, an absent target as empty boxes', () => {
    expect(objectiveFormValue(reach150)).toEqual({
      title: 'Reach 150 councils',
      description: '',
      targetValue: '150',
      targetUnit: 'councils reached',
    });
    expect(objectiveFormValue(goodEvents)).toMatchObject({ targetValue: '', targetUnit: '' });
  });

  it('sends whole and decimal targets as numbers, and empty boxes as no target', () => {
    const base = { title: 'Satisfaction', description: ' Out of 5 ', targetUnit: ' out of 5 ' };
    expect(toObjectiveInput({ ...base, targetValue: ' 4.2 ' }).input).toEqual({
      title: 'Satisfaction',
      description: 'Out of 5',
      targetValue: 4.2,
      targetUnit: 'out of 5',
    });
    expect(toObjectiveInput({ ...base, targetValue: '150' }).input?.targetValue).toBe(150);
    expect(toObjectiveInput({ ...base, targetValue: '', targetUnit: '  ' }).input).toMatchObject({
      targetValue: null,
      targetUnit: null,
    });
  });

  it.each(['twenty', '1,000', '-5', '4.', '.5', '1e3', '4.2.1'])('refuses the target %p beside its field', (target) => {
    expect(toObjectiveInput({ title: 'x', description: '', targetValue: target, targetUnit: '' })).toEqual({
      input: null,
      errors: { targetValue: ['Enter the target as a number, like 150 or 4.2'] },
    });
  });

  it('finds an objective only within the programme year the address names', () => {
    expect(findObjective([yearOne], 1, 11)?.objective.title).toBe('Good events');
    expect(findObjective([yearOne], 2, 11)).toBeNull();
    expect(findObjective([yearOne], 1, 99)).toBeNull();
  });
});

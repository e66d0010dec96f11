import {
  defaultProgramme,
  emptyOutcomeForm,
  eventChoices,
  outcomeDateLabel,
  outcomeFormValue,
  toggled,
  toOutcomeInput,
} from './outcome-form-model';
import { anEvent, anOutcome, PROGRAMMES } from './outcome-testing';

describe('toOutcomeInput', () => {
  const filled = emptyOutcomeForm({
    title: 'Guidance published',
    kind: 'resource-published',
    status: 'done',
    day: '5',
    month: '9',
    year: '2025',
    ownerOrganisation: 'lga',
    ownerName: 'left over from choosing another organisation',
    link: '  ',
    programmeId: '1',
    eventIds: [7],
    objectiveIds: [10],
  });

  it('sends the date as YYYY-MM-DD, no name for a partner owner, and no link for an empty one', () => {
    expect(toOutcomeInput(filled).input).toEqual({
      title: 'Guidance published',
      kind: 'resource-published',
      description: '',
      status: 'done',
      date: '2025-09-05',
      ownerOrganisation: 'lga',
      ownerName: null,
      link: null,
      programmeId: 1,
      eventIds: [7],
      objectiveIds: [10],
    });
  });

  it('sends the name of another organisation', () => {
    const input = toOutcomeInput({ ...filled, ownerOrganisation: 'other', ownerName: 'Leeds City Council' }).input;
    expect(input).toMatchObject({ ownerOrganisation: 'other', ownerName: 'Leeds City Council' });
  });

  it('leaves empty answers for the API to name, with every other problem at once', () => {
    expect(toOutcomeInput(emptyOutcomeForm()).input).toMatchObject({
      kind: '',
      status: '',
      date: '',
      ownerOrganisation: '',
      programmeId: null,
    });
  });

  it('passes an impossible date on for the API to refuse, but stops at boxes that are not numbers', () => {
    expect(toOutcomeInput({ ...filled, day: '31', month: '2' }).input?.date).toBe('2025-02-31');
    expect(toOutcomeInput({ ...filled, month: 'Sept' })).toEqual({
      input: null,
      errors: { date: ['The date must be a real date, like 15 10 2025'] },
    });
    expect(toOutcomeInput({ ...filled, year: '25' }).input).toBeNull();
  });
});

describe('outcomeFormValue', () => {
  it('fills the form from an outcome, the date in three boxes without leading zeros', () => {
    expect(outcomeFormValue(anOutcome({ date: '2025-07-03', link: 'https://example.org/a' }))).toEqual({
      title: 'Joint guidance on outcome-based procurement published',
      kind: 'resource-published',
      description: 'Guidance for council buyers.',
      status: 'done',
      day: '3',
      month: '7',
      year: '2025',
      ownerOrganisation: 'lga',
      ownerName: '',
      link: 'https://example.org/a',
      programmeId: '1',
      eventIds: [7],
      objectiveIds: [10],
    });
  });

  it('keeps the name of another organisation', () => {
    const value = outcomeFormValue(anOutcome({ ownerOrganisation: 'other', ownerName: 'Leeds City Council' }));
    expect(value.ownerName).toBe('Leeds City Council');
  });
});

describe('eventChoices', () => {
  it('offers the programme year’s events that took place, most recent first', () => {
    const events = [
      anEvent({ id: 1, startsAt: '2025-05-01T10:00:00+01:00', status: 'completed' }),
      anEvent({ id: 2, startsAt: '2025-09-01T10:00:00+01:00', status: 'published' }),
      anEvent({ id: 3, status: 'draft' }),
      anEvent({ id: 4, status: 'cancelled' }),
      anEvent({ id: 5, programmeId: 2 }),
    ];
    expect(eventChoices(events, 1).map((event) => event.id)).toEqual([2, 1]);
  });

  it('keeps events already linked that the list does not hold', () => {
    const linked = { id: 9, title: 'techUK webinar', type: 'webinar' as const, startsAt: '2025-06-01T10:00:00+01:00' };
    expect(eventChoices([anEvent({ id: 1 })], 1, [linked]).map((event) => event.id)).toEqual([1, 9]);
  });
});

describe('defaultProgramme', () => {
  it('chooses the programme year of today, else the latest', () => {
    expect(defaultProgramme(PROGRAMMES, '2025-11-23')?.id).toBe(1);
    expect(defaultProgramme(PROGRAMMES, '2026-04-01')?.id).toBe(2);
    expect(defaultProgramme(PROGRAMMES, '2030-01-01')?.id).toBe(2);
    expect(defaultProgramme([], '2030-01-01')).toBeUndefined();
  });
});

describe('toggled and outcomeDateLabel', () => {
  it('adds and removes ids', () => {
    expect(toggled([1, 2], 3, true)).toEqual([1, 2, 3]);
    expect(toggled([1, 2], 1, false)).toEqual([2]);
    expect(toggled([1, 2], 2, true)).toEqual([1, 2]);
  });

  it('writes a UK date in words, the same day whatever the time zone', () => {
    expect(outcomeDateLabel('2025-10-15')).toBe('15 October 2025');
    expect(outcomeDateLabel('2026-03-29')).toBe('29 March 2026');
  });
});

import { outcomePromptDue } from './outcomes';

describe('outcomePromptDue', () => {
  it('prompts for a completed roundtable or consultation that has no outcomes yet', () => {
    expect(outcomePromptDue({ type: 'roundtable', status: 'completed' }, 0)).toBe(true);
    expect(outcomePromptDue({ type: 'consultation', status: 'completed' }, 0)).toBe(true);
  });

  it('stops prompting once an outcome is recorded', () => {
    expect(outcomePromptDue({ type: 'roundtable', status: 'completed' }, 1)).toBe(false);
  });

  it('does not prompt before the event completes, nor for workshops and webinars', () => {
    expect(outcomePromptDue({ type: 'roundtable', status: 'published' }, 0)).toBe(false);
    expect(outcomePromptDue({ type: 'roundtable', status: 'registration-closed' }, 0)).toBe(false);
    expect(outcomePromptDue({ type: 'workshop', status: 'completed' }, 0)).toBe(false);
    expect(outcomePromptDue({ type: 'webinar', status: 'completed' }, 0)).toBe(false);
  });
});

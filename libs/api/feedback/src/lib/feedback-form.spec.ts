import { EVENT_TYPES } from '@epm/shared/contracts';
import { defaultFeedbackForm, feedbackClosesAt, questionsOf, withQuestionIds } from './feedback-form';

describe('feedback forms', () => {
  it.each(EVENT_TYPES)('starts a %s with the questions the review panel reports on', (type) => {
    const form = defaultFeedbackForm(type);
    expect(form).toMatchObject({
      askUsefulness: true,
      askRecommend: true,
      askIntent: true,
      askThemes: true,
      sendAutomatically: true,
    });
    expect(form.themeCodes.length).toBeGreaterThan(3);
  });

  it('asks consultations their own questions, and tells webinar no-shows about the recording', () => {
    expect(defaultFeedbackForm('consultation').includeConsultationQuestions).toBe(true);
    expect(defaultFeedbackForm('workshop').includeConsultationQuestions).toBe(false);
    expect(defaultFeedbackForm('webinar').noShowMessage.enabled).toBe(true);
    expect(defaultFeedbackForm('roundtable').noShowMessage.enabled).toBe(false);
  });

  it('numbers new questions after the ones already there, keeping existing ids', () => {
    expect(
      withQuestionIds([
        { id: 'q2', text: 'A', kind: 'text', required: false },
        { text: 'B', kind: 'scale', required: true },
        { text: 'C', kind: 'text', required: false },
      ]).map((question) => question.id),
    ).toEqual(['q2', 'q1', 'q3']);
  });

  it('tells a change of questions from a change of sending', () => {
    const form = defaultFeedbackForm('workshop');
    expect(
      questionsOf({ ...form, sendAutomatically: false, noShowMessage: { ...form.noShowMessage, enabled: true } }),
    ).toEqual(questionsOf(form));
    expect(questionsOf({ ...form, askRecommend: false })).not.toEqual(questionsOf(form));
  });

  it('closes 30 days after the event, or after a request sent later', () => {
    const end = new Date('2026-03-10T12:00:00Z');
    expect(feedbackClosesAt(end, null).toISOString()).toBe('2026-04-09T12:00:00.000Z');
    expect(feedbackClosesAt(end, new Date('2026-03-10T13:00:00Z')).toISOString()).toBe('2026-04-09T13:00:00.000Z');
    expect(feedbackClosesAt(end, new Date('2026-11-01T09:00:00Z')).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });
});

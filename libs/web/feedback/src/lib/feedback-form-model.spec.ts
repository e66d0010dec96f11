import { checkFeedback, feedbackFields, type FeedbackFormValues, percent } from './feedback-form-model';
import { aPublicForm } from './feedback-testing';

const blank: FeedbackFormValues = {
  satisfaction: '',
  usefulness: '',
  recommend: '',
  intent: '',
  intentDetail: '',
  themes: {},
  extra: [''],
  consultation: [],
  comments: '',
  quoteConsent: false,
  acted: '',
  actedDetail: '',
};

describe('the feedback form model', () => {
  it('lists the fields in the order the questions appear', () => {
    expect(feedbackFields(aPublicForm())).toEqual([
      'satisfaction',
      'usefulness',
      'recommend',
      'intent',
      'intentDetail',
      'themes',
      'extraAnswers-0',
      'comments',
      'quoteConsent',
    ]);
    const scalesOnly = aPublicForm();
    scalesOnly.questions = { ...scalesOnly.questions, intent: false, comments: false };
    expect(feedbackFields(scalesOnly)).not.toContain('quoteConsent');
    expect(feedbackFields(aPublicForm({ survey: 'follow-up' }))).toEqual(['acted', 'actedDetail', 'quoteConsent']);
  });

  it('asks for every required answer, in the API’s words and keys', () => {
    const { submission, errors } = checkFeedback(aPublicForm(), blank);
    expect(submission).toBeNull();
    expect(errors).toEqual({
      satisfaction: ['Select how satisfied you are with the event'],
      usefulness: ['Select how useful the event was to you'],
      recommend: ['Select how likely you are to recommend events like this one'],
      intent: ['Select whether you will do something differently as a result'],
      'extraAnswers.0': ['Answer “How confident are you now?”'],
    });
  });

  it('sends numbers, the chosen themes, and the detail only for yes or maybe', () => {
    const values = {
      ...blank,
      satisfaction: '4',
      usefulness: '5',
      recommend: '0',
      intent: 'maybe',
      intentDetail: ' Try the playbook ',
      themes: { cybersecurity: true, 'digital-skills': false },
      extra: ['3'],
      comments: 'Good',
      quoteConsent: true,
    };
    expect(checkFeedback(aPublicForm(), values).submission).toEqual({
      satisfaction: 4,
      usefulness: 5,
      recommend: 0,
      intent: 'maybe',
      intentDetail: 'Try the playbook',
      themes: ['cybersecurity'],
      extraAnswers: ['3'],
      comments: 'Good',
      quoteConsent: true,
    });
    expect(checkFeedback(aPublicForm(), { ...values, intent: 'no' }).submission?.intentDetail).toBeUndefined();
  });

  it('checks the follow-up survey’s one required answer', () => {
    const form = aPublicForm({ survey: 'follow-up' });
    expect(checkFeedback(form, blank).errors).toEqual({
      acted: ['Select whether you have done something differently since the event'],
    });
    expect(checkFeedback(form, { ...blank, acted: 'partly', actedDetail: 'Started' }).submission).toEqual({
      acted: 'partly',
      actedDetail: 'Started',
      quoteConsent: false,
    });
  });

  it('shows shares as whole percentages', () => {
    expect(percent(1 / 3)).toBe('33%');
    expect(percent(null)).toBe('–');
  });
});

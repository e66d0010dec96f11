import type { ActedOnIt, ApiError, FeedbackSubmission, IntentToAct, PublicFeedbackForm } from '@epm/shared/contracts';

/** What the attendee's form holds, as the inputs give it: radios as strings, unticked boxes false. */
export interface FeedbackFormValues {
  satisfaction: string;
  usefulness: string;
  recommend: string;
  intent: string;
  intentDetail: string;
  themes: Record<string, boolean>;
  extra: string[];
  consultation: string[];
  comments: string;
  quoteConsent: boolean;
  acted: string;
  actedDetail: string;
}

export const SATISFACTION_MESSAGE = 'Select how satisfied you are with the event';

/** The form's field ids, top to bottom, as the error summary lists them. */
export function feedbackFields(form: PublicFeedbackForm): string[] {
  if (form.survey === 'follow-up') return ['acted', 'actedDetail', 'quoteConsent'];
  const { questions } = form;
  return [
    'satisfaction',
    ...(questions.usefulness ? ['usefulness'] : []),
    ...(questions.recommend ? ['recommend'] : []),
    ...(questions.intent ? ['intent', 'intentDetail'] : []),
    ...(questions.themes.length ? ['themes'] : []),
    ...questions.extra.map((_, index) => `extraAnswers-${index}`),
    ...questions.consultation.map((_, index) => `consultationAnswers-${index}`),
    ...(questions.comments ? ['comments'] : []),
    ...(quotable(form) ? ['quoteConsent'] : []),
  ];
}

/** Whether the form has anything written in people's own words that could be quoted. */
function quotable(form: PublicFeedbackForm): boolean {
  const { questions } = form;
  return questions.comments || questions.intent || questions.extra.some((question) => question.kind === 'text');
}

/**
 * Checks the answers as the API will, so most mistakes show without a round
 * trip, with the API's own words; returns the submission when there are none.
 */
export function checkFeedback(
  form: PublicFeedbackForm,
  values: FeedbackFormValues,
): { submission: FeedbackSubmission | null; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  if (form.survey === 'follow-up') {
    if (!values.acted) errors['acted'] = ['Select whether you have done something differently since the event'];
    if (Object.keys(errors).length) return { submission: null, errors };
    return {
      submission: {
        acted: values.acted as ActedOnIt,
        ...(values.actedDetail.trim() ? { actedDetail: values.actedDetail.trim() } : {}),
        quoteConsent: values.quoteConsent,
      },
      errors,
    };
  }
  const { questions } = form;
  if (!values.satisfaction) errors['satisfaction'] = [SATISFACTION_MESSAGE];
  if (questions.usefulness && !values.usefulness) errors['usefulness'] = ['Select how useful the event was to you'];
  if (questions.recommend && !values.recommend) {
    errors['recommend'] = ['Select how likely you are to recommend events like this one'];
  }
  if (questions.intent && !values.intent) {
    errors['intent'] = ['Select whether you will do something differently as a result'];
  }
  questions.extra.forEach((question, index) => {
    if (question.required && !values.extra[index]?.trim()) {
      errors[`extraAnswers.${index}`] = [`Answer “${question.text}”`];
    }
  });
  if (Object.keys(errors).length) return { submission: null, errors };
  const themes = questions.themes.map((theme) => theme.code).filter((code) => values.themes[code]);
  const submission: FeedbackSubmission = { satisfaction: Number(values.satisfaction) };
  if (questions.usefulness) submission.usefulness = Number(values.usefulness);
  if (questions.recommend) submission.recommend = Number(values.recommend);
  if (questions.intent) {
    submission.intent = values.intent as IntentToAct;
    if (values.intent !== 'no' && values.intentDetail.trim()) submission.intentDetail = values.intentDetail.trim();
  }
  if (themes.length) submission.themes = themes;
  if (questions.extra.length) submission.extraAnswers = questions.extra.map((_, i) => values.extra[i]?.trim() ?? '');
  if (questions.consultation.length) {
    submission.consultationAnswers = questions.consultation.map((_, i) => values.consultation[i]?.trim() ?? '');
  }
  if (questions.comments && values.comments.trim()) submission.comments = values.comments.trim();
  if (quotable(form)) submission.quoteConsent = values.quoteConsent;
  return { submission, errors };
}

/** Errors found here, in the shape the API would have sent them, for the same error summary. */
export function asApiError(errors: Record<string, string[]>): { error: ApiError } {
  return { error: { statusCode: 422, error: 'Unprocessable Entity', message: 'Check the highlighted fields', errors } };
}

/** "33%" from 0.333; an em dash when there is nothing to divide. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

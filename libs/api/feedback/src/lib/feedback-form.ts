import {
  type EventType,
  FEEDBACK_OPEN_DAYS,
  type FeedbackExtraQuestion,
  type FeedbackFormSettings,
  THEME_TERMS,
} from '@epm/shared/contracts';

const DAY_MS = 86_400_000;
const ALL_THEMES = THEME_TERMS.map((term) => term.code);

/**
 * The form each type of event starts with. Every type asks the core
 * questions the review panel reports on (satisfaction, usefulness, NPS,
 * intent to act, themes); the types differ in what else fits them.
 */
export function defaultFeedbackForm(type: EventType): FeedbackFormSettings {
  const base: FeedbackFormSettings = {
    askUsefulness: true,
    askRecommend: true,
    askIntent: true,
    askThemes: true,
    askComments: true,
    themeCodes: [...ALL_THEMES],
    extraQuestions: [],
    includeConsultationQuestions: false,
    sendAutomatically: true,
    noShowMessage: { enabled: false, recordingUrl: null, note: null },
  };
  switch (type) {
    case 'workshop':
      return {
        ...base,
        extraQuestions: [
          { id: 'q1', text: 'What one thing would have made the workshop more useful?', kind: 'text', required: false },
        ],
      };
    case 'webinar':
      // Webinars are usually recorded: people who missed it are told where to watch it.
      return { ...base, noShowMessage: { enabled: true, recordingUrl: null, note: null } };
    case 'roundtable':
      return {
        ...base,
        extraQuestions: [
          {
            id: 'q1',
            text: 'Who else should be at the table next time (organisations or roles)?',
            kind: 'text',
            required: false,
          },
        ],
      };
    case 'consultation':
      return { ...base, includeConsultationQuestions: true };
  }
}

/** The parts of the form that are questions, which stop changing once people may have seen them. */
export function questionsOf(settings: FeedbackFormSettings): unknown {
  return {
    askUsefulness: settings.askUsefulness,
    askRecommend: settings.askRecommend,
    askIntent: settings.askIntent,
    askThemes: settings.askThemes,
    askComments: settings.askComments,
    themeCodes: [...settings.themeCodes].sort(),
    extraQuestions: settings.extraQuestions.map((question) => ({ ...question })),
    includeConsultationQuestions: settings.includeConsultationQuestions,
  };
}

/** Gives new extra questions ids (q1, q2…) that no earlier question of the form has used. */
export function withQuestionIds(questions: FeedbackExtraQuestion[]): Required<FeedbackExtraQuestion>[] {
  const used = new Set(questions.map((question) => question.id).filter(Boolean));
  let next = 1;
  return questions.map((question) => {
    if (question.id) return { ...question, id: question.id };
    while (used.has(`q${next}`)) next += 1;
    used.add(`q${next}`);
    return { ...question, id: `q${next}` };
  });
}

/**
 * When a person's feedback form closes: 30 days after the event ends, or
 * after their request was sent if that came later (an event recorded after
 * it happened, or a request sent late by the organisers).
 */
export function feedbackClosesAt(endsAt: Date, requestedAt: Date | null): Date {
  const from = requestedAt && requestedAt > endsAt ? requestedAt : endsAt;
  return new Date(from.getTime() + FEEDBACK_OPEN_DAYS * DAY_MS);
}

/** The follow-up survey stays open 30 days from when it was sent. */
export function followUpClosesAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + FEEDBACK_OPEN_DAYS * DAY_MS);
}

export function daysAfter(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

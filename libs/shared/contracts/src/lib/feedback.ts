import type { EventType } from './taxonomy';

/**
 * Feedback after an event, and the follow-up survey some months later. The
 * organisers see answers with names; anything for the review panel is built
 * from the anonymous numbers and from comments people agreed may be quoted.
 */

/** The survey a link opens: feedback just after the event, or the follow-up months later. */
export const FEEDBACK_SURVEYS = ['feedback', 'follow-up'] as const;
export type FeedbackSurvey = (typeof FEEDBACK_SURVEYS)[number];

/** How long a feedback form stays open: from the end of the event, or from a request sent later (backfill). */
export const FEEDBACK_OPEN_DAYS = 30;

/** Organisers may add at most this many questions of their own. */
export const MAX_EXTRA_QUESTIONS = 5;

export const SATISFACTION_LABELS: Readonly<Record<number, string>> = {
  1: 'Very dissatisfied',
  2: 'Dissatisfied',
  3: 'Neither satisfied nor dissatisfied',
  4: 'Satisfied',
  5: 'Very satisfied',
};

export const USEFULNESS_LABELS: Readonly<Record<number, string>> = {
  1: 'Not at all useful',
  2: 'Slightly useful',
  3: 'Moderately useful',
  4: 'Very useful',
  5: 'Extremely useful',
};

/** "Will you do something differently as a result?" */
export const INTENT_CHOICES = ['yes', 'maybe', 'no'] as const;
export type IntentToAct = (typeof INTENT_CHOICES)[number];
export const INTENT_LABELS: Readonly<Record<IntentToAct, string>> = { yes: 'Yes', maybe: 'Maybe', no: 'No' };

/** The follow-up's "did you act on it?" */
export const ACTED_CHOICES = ['yes', 'partly', 'no'] as const;
export type ActedOnIt = (typeof ACTED_CHOICES)[number];
export const ACTED_LABELS: Readonly<Record<ActedOnIt, string>> = {
  yes: 'Yes',
  partly: 'Partly, or I have started to',
  no: 'No, not yet',
};

/** An organiser's own question: free text, or a 1 to 5 scale (1 low, 5 high). */
export const EXTRA_QUESTION_KINDS = ['text', 'scale'] as const;
export type ExtraQuestionKind = (typeof EXTRA_QUESTION_KINDS)[number];

export interface FeedbackExtraQuestion {
  /** Stable within the event's form (q1, q2…); answers refer to it. Assigned by the API when left out. */
  id?: string;
  text: string;
  kind: ExtraQuestionKind;
  required: boolean;
}

/** What people who did not come are sent after the event, if anything. */
export interface NoShowMessageSettings {
  enabled: boolean;
  /** The recording or slides, when there are some. */
  recordingUrl: string | null;
  /** A few words from the organisers. */
  note: string | null;
}

/**
 * An event's feedback form. Overall satisfaction is always asked; the rest
 * can be turned off. The questions can change until the event starts (or,
 * for an event recorded afterwards, until someone is asked); automatic
 * sending and the message to no-shows can change at any time.
 */
export interface FeedbackFormSettings {
  askUsefulness: boolean;
  /** Likelihood to recommend, 0 to 10, for the Net Promoter Score. */
  askRecommend: boolean;
  /** "Will you do something differently as a result?" and what. */
  askIntent: boolean;
  askThemes: boolean;
  askComments: boolean;
  /** Theme codes from the taxonomy offered under "themes for future events". */
  themeCodes: string[];
  extraQuestions: FeedbackExtraQuestion[];
  /** Consultations: ask the consultation's own questions too, kept as consultation responses. */
  includeConsultationQuestions: boolean;
  /** Email the request to attendees when the event ends, a reminder, and the follow-up survey. */
  sendAutomatically: boolean;
  noShowMessage: NoShowMessageSettings;
}

export interface FeedbackFormSettingsResponse {
  eventId: number;
  eventTitle: string;
  eventType: EventType;
  settings: FeedbackFormSettings;
  /** True while the event uses the default form for its type, unchanged. */
  isDefault: boolean;
  /** Whether the questions can no longer change, and why. */
  questionsLocked: boolean;
  lockedReason: string | null;
  /** Every theme in the taxonomy, to choose from. */
  themes: { code: string; label: string }[];
  /** The consultation's questions, for consultations. */
  consultationQuestions: string[];
}

/** What the person holding a link can do with it now. */
export const FEEDBACK_FORM_STATES = ['open', 'responded', 'closed', 'not-attended', 'cancelled'] as const;
export type FeedbackFormState = (typeof FEEDBACK_FORM_STATES)[number];

/** GET /api/feedback/:token: the form and the event, and whether it can be answered. */
export interface PublicFeedbackForm {
  survey: FeedbackSurvey;
  state: FeedbackFormState;
  event: {
    id: number;
    title: string;
    type: EventType;
    startsAt: string;
    endsAt: string;
    organiser: string;
  };
  /** When the form closes (UK time, ISO 8601). */
  closesAt: string;
  /** What to ask; empty lists and false when the survey is the follow-up. */
  questions: {
    usefulness: boolean;
    recommend: boolean;
    intent: boolean;
    themes: { code: string; label: string }[];
    comments: boolean;
    extra: Required<FeedbackExtraQuestion>[];
    /** The consultation's questions, answered by position; empty once the consultation has closed. */
    consultation: string[];
  };
}

/**
 * An answer to a feedback form (POST /api/feedback/:token). Which fields are
 * required depends on the form: satisfaction always; usefulness, recommend
 * and intent when asked; acted for the follow-up.
 */
export interface FeedbackSubmission {
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  satisfaction?: number;
  /** 1 (not at all useful) to 5 (extremely useful). */
  usefulness?: number;
  /** 0 (not at all likely) to 10 (extremely likely). */
  recommend?: number;
  intent?: IntentToAct;
  /** What they will do differently. */
  intentDetail?: string;
  /** Theme codes wanted for future events. */
  themes?: string[];
  comments?: string;
  /** May what they wrote (comments, what they will do) be quoted, without the name, in published reports? */
  quoteConsent?: boolean;
  /** Answers to the organisers' own questions, in their order ('' for none; '1' to '5' for a scale). */
  extraAnswers?: string[];
  /** Answers to the consultation's questions, in their order. */
  consultationAnswers?: string[];
  /** Follow-up: did you act on it? */
  acted?: ActedOnIt;
  /** Follow-up: what you did, or what stood in the way. */
  actedDetail?: string;
}

export interface FeedbackReceipt {
  survey: FeedbackSurvey;
  submittedAt: string;
}

/** POST /api/events/:id/feedback/requests: who was asked now, and who had been already. */
export interface FeedbackRequestsResult {
  /** Attendees sent a request now. */
  requested: number;
  /** Attendees who had already been sent one (nobody gets two). */
  alreadyRequested: number;
  /** Attendees who had already answered (from an import, say): not asked. */
  alreadyResponded: number;
  /** People who did not come, sent the no-show message now (when it is turned on). */
  noShowMessages: number;
}

export interface ScaleSummary {
  answered: number;
  /** Mean of the answers, to one decimal place; null without answers. */
  average: number | null;
  distribution: { value: number; label: string; count: number }[];
}

/** Net Promoter Score: promoters (9 or 10) minus detractors (0 to 6), as a percentage of answers. */
export interface NpsSummary {
  answered: number;
  /** -100 to 100; null without answers. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  distribution: { value: number; count: number }[];
}

export interface ChoiceShare {
  value: string;
  label: string;
  count: number;
  /** count / answered, 0 to 1; null without answers. */
  share: number | null;
}

/** A free-text answer, with who gave it (organisers only) and whether it may be quoted. */
export interface FeedbackText {
  text: string;
  /** May be quoted without the name in published reports. */
  quoteConsent: boolean;
  /** "Name, Organisation", for the organisers; null once the person's data has been erased. */
  respondent: string | null;
  source: FeedbackSource;
  submittedAt: string;
}

/** Where a response came from: the form, or a file from another tool. */
export type FeedbackSource = 'form' | 'import';

/** GET /api/events/:id/feedback: the organisers' view of one event's feedback. */
export interface FeedbackResults {
  eventId: number;
  eventTitle: string;
  eventType: EventType;
  endsAt: string;
  ended: boolean;
  /** When the form closes for requests sent at the end of the event. */
  closesAt: string;
  /** Requests, reminders and the follow-up go by themselves (the organisers can turn this off). */
  sendAutomatically: boolean;
  attended: number;
  noShows: number;
  /** Attendees sent a request, and then a reminder. */
  requested: number;
  reminded: number;
  noShowMessages: number;
  responses: number;
  /** Of which imported from another tool. */
  imported: number;
  /** responses / attended, 0 to 1; null when nobody is recorded as attending. */
  responseRate: number | null;
  satisfaction: ScaleSummary;
  usefulness: ScaleSummary;
  recommend: NpsSummary;
  intent: { answered: number; choices: ChoiceShare[]; details: FeedbackText[] };
  themes: { code: string; label: string; count: number }[];
  comments: FeedbackText[];
  extra: {
    question: Required<FeedbackExtraQuestion>;
    answered: number;
    average: number | null;
    answers: FeedbackText[];
  }[];
  consultation: { question: string; answers: FeedbackText[] }[];
  followUp: {
    /** When the follow-up survey goes (FOLLOW_UP_DAYS after the end), UK time. */
    dueAt: string;
    requested: number;
    responses: number;
    responseRate: number | null;
    acted: { answered: number; choices: ChoiceShare[] };
    details: FeedbackText[];
  };
}

export interface ImportedFeedbackPerson {
  email: string;
  name: string;
}

/**
 * The preview (dry run) or result (commit) of importing responses collected
 * by another tool. Importing the same file again changes nothing: everyone
 * is in `alreadyResponded` the second time.
 */
export interface FeedbackImportResult {
  committed: boolean;
  /** The columns recognised, as "answer: header in the file". */
  columns: { field: string; header: string }[];
  /** Attendees found in the file whose answers are (or will be) saved. */
  imported: ImportedFeedbackPerson[];
  alreadyResponded: ImportedFeedbackPerson[];
  /** Addresses with no registration for the event. */
  unmatched: ImportedFeedbackPerson[];
  /** Registered, but not someone who attended: not saved. */
  notEligible: (ImportedFeedbackPerson & { reason: string })[];
  /** Rows whose answers cannot be read, with why. */
  invalid: (ImportedFeedbackPerson & { row: number; problems: string[] })[];
  /** Rows without an email address, which cannot be matched. */
  skippedRows: number;
}

import type { PublicFeedbackForm } from '@epm/shared/contracts';

export const pause = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

/** A webinar's feedback form as the API sends it, open, with one question of the organisers' own. */
export function aPublicForm(overrides: Partial<PublicFeedbackForm> = {}): PublicFeedbackForm {
  return {
    survey: 'feedback',
    state: 'open',
    event: {
      id: 7,
      title: 'Cyber resilience for councils',
      type: 'webinar',
      startsAt: '2098-06-02T10:00:00+01:00',
      endsAt: '2098-06-02T11:00:00+01:00',
      organiser: 'Local Government Association',
    },
    closesAt: '2098-07-02T11:00:00+01:00',
    questions: {
      usefulness: true,
      recommend: true,
      intent: true,
      themes: [
        { code: 'cybersecurity', label: 'Cybersecurity' },
        { code: 'digital-skills', label: 'Digital skills' },
      ],
      comments: true,
      extra: [{ id: 'q1', text: 'How confident are you now?', kind: 'scale', required: true }],
      consultation: [],
    },
    ...overrides,
  };
}

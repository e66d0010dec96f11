import type { RegistrationCounts, RegistrationStatus } from '@epm/shared/contracts';
import type { FieldError } from '@epm/web/ui';
import { recipientCount } from './organiser-registration-labels';

export const SUBJECT_MAX = 150;
export const BODY_MAX = 5000;
export const MESSAGE_FIELDS = ['statuses', 'subject', 'body'];

export interface MessageFormValue {
  statuses: RegistrationStatus[];
  subject: string;
  body: string;
}

/**
 * Problems to fix before the confirmation step, in the API's words, so the
 * organiser is not asked to confirm a message the API would refuse. The API
 * checks again when it is sent.
 */
export function messageProblems(value: MessageFormValue, counts: RegistrationCounts | undefined): FieldError[] {
  const problems: FieldError[] = [];
  if (value.statuses.length === 0) {
    problems.push({ field: 'statuses', message: 'Select who to send the message to' });
  } else if (counts && recipientCount(counts, value.statuses) === 0) {
    problems.push({ field: 'statuses', message: 'Nobody has registered with those statuses: select others' });
  }
  const subject = value.subject.trim();
  if (!subject) problems.push({ field: 'subject', message: 'Enter a subject' });
  else if (subject.length > SUBJECT_MAX) {
    problems.push({ field: 'subject', message: `Subject must be ${SUBJECT_MAX} characters or fewer` });
  }
  const body = value.body.trim();
  if (!body) problems.push({ field: 'body', message: 'Enter the message' });
  else if (body.length > BODY_MAX) {
    problems.push({ field: 'body', message: `Message must be ${BODY_MAX} characters or fewer` });
  }
  return problems;
}

/** GOV.UK character count wording: "You have 12 characters remaining" or "You have 3 characters too many". */
export function charactersLeft(length: number, max: number): string {
  const left = max - length;
  const count = (n: number) => `${n.toLocaleString('en-GB')} character${n === 1 ? '' : 's'}`;
  return left >= 0 ? `You have ${count(left)} remaining` : `You have ${count(-left)} too many`;
}

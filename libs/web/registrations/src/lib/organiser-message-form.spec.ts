import type { RegistrationCounts } from '@epm/shared/contracts';
import { charactersLeft, messageProblems } from './organiser-message-form';

const counts: RegistrationCounts = { capacity: 2, confirmed: 2, waitlisted: 0, pending: 1, declined: 0, cancelled: 0 };

describe('message form', () => {
  it('takes a message with recipients, a subject and a body', () => {
    expect(messageProblems({ statuses: ['confirmed'], subject: 'Room change', body: 'Room 2.' }, counts)).toEqual([]);
  });

  it('asks for recipients, a subject and a body, in the order of the form', () => {
    expect(messageProblems({ statuses: [], subject: ' ', body: '' }, counts).map((problem) => problem.field)).toEqual([
      'statuses',
      'subject',
      'body',
    ]);
  });

  it('refuses statuses nobody has, and text over the limits', () => {
    const problems = messageProblems(
      { statuses: ['waitlisted'], subject: 'x'.repeat(151), body: 'y'.repeat(5001) },
      counts,
    );
    expect(problems).toEqual([
      { field: 'statuses', message: 'Nobody has registered with those statuses: select others' },
      { field: 'subject', message: 'Subject must be 150 characters or fewer' },
      { field: 'body', message: 'Message must be 5000 characters or fewer' },
    ]);
  });

  it('counts characters as GOV.UK does', () => {
    expect(charactersLeft(0, 5000)).toBe('You have 5,000 characters remaining');
    expect(charactersLeft(4999, 5000)).toBe('You have 1 character remaining');
    expect(charactersLeft(5002, 5000)).toBe('You have 2 characters too many');
  });
});

import { FormSubmission } from './form-submission';

describe('FormSubmission', () => {
  it('is busy while the action runs and clears errors when it succeeds', async () => {
    const submission = new FormSubmission(['email'], 'email');
    let busyDuring = false;
    await submission.run(async () => {
      busyDuring = submission.busy();
    });
    expect(busyDuring).toBe(true);
    expect(submission.busy()).toBe(false);
    expect(submission.errors().summary).toEqual([]);
  });

  it('maps a failure onto the fields and hands the error back', async () => {
    const submission = new FormSubmission(['email', 'password'], 'email');
    const failure = {
      error: {
        statusCode: 422,
        error: 'x',
        message: 'x',
        errors: { password: ['Enter your password'] },
      },
    };
    const returned = await submission.run(() => Promise.reject(failure));
    expect(returned).toBe(failure);
    expect(submission.errors().byField).toEqual({
      password: 'Enter your password',
    });
  });
});

import { formErrorsFrom } from './form-errors';

const httpError = (body: object) => ({ error: body });

describe('formErrorsFrom', () => {
  it('orders the summary by the form, maps nested paths to ids, and keeps the first message per field', () => {
    const errors = formErrorsFrom(
      httpError({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Check the highlighted fields',
        errors: {
          'venue.postcode': ['Enter a postcode', 'Too long'],
          email: ['Enter an email address'],
        },
      }),
      ['email', 'venue-postcode'],
      'email',
    );
    expect(errors.summary).toEqual([
      { field: 'email', message: 'Enter an email address' },
      { field: 'venue-postcode', message: 'Enter a postcode' },
    ]);
    expect(errors.byField).toEqual({
      email: 'Enter an email address',
      'venue-postcode': 'Enter a postcode',
    });
  });

  it('shows a message without fields against the general field', () => {
    const errors = formErrorsFrom(
      httpError({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Enter a correct email address and password',
      }),
      ['email', 'password'],
      'email',
    );
    expect(errors.summary).toEqual([{ field: 'email', message: 'Enter a correct email address and password' }]);
  });

  it('falls back to a plain message when the network failed', () => {
    expect(formErrorsFrom(new Error('offline'), ['email'], 'email').summary[0]?.message).toBe(
      'Something went wrong. Try again.',
    );
  });
});

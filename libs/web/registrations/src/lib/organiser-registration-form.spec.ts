import { type RegistrationFormValue, toRegistrationInput } from './organiser-registration-form';

const base: RegistrationFormValue = {
  name: 'Sam Okafor',
  email: 'sam@example.org',
  organisationType: 'council',
  councilName: 'Leeds City Council',
  councilCode: 'E08000035',
  organisationName: 'left over from another type',
  supplierSize: 'sme',
  jobTitle: 'Speaker',
  accessibilityNeeds: '  ',
  dietaryNeeds: 'Vegetarian',
  consentFollowUp: true,
  consentFutureEvents: false,
};

describe('toRegistrationInput (organiser adds someone)', () => {
  it('sends a council as its GSS code, without answers for other organisation types', () => {
    expect(toRegistrationInput(base, true)).toEqual({
      name: 'Sam Okafor',
      email: 'sam@example.org',
      organisationType: 'council',
      councilCode: 'E08000035',
      organisationName: null,
      supplierSize: null,
      jobTitle: 'Speaker',
      accessibilityNeeds: null,
      dietaryNeeds: 'Vegetarian',
      consentFollowUp: true,
      consentFutureEvents: false,
    });
  });

  it('sends a supplier with its name and size, and no council', () => {
    const input = toRegistrationInput({ ...base, organisationType: 'supplier', organisationName: 'Acme' }, true);
    expect(input).toMatchObject({ councilCode: null, organisationName: 'Acme', supplierSize: 'sme' });
  });

  it('leaves out dietary needs for an online event, and an unchosen council as null for the API to flag', () => {
    expect(toRegistrationInput(base, false).dietaryNeeds).toBeNull();
    expect(toRegistrationInput({ ...base, councilCode: '' }, true).councilCode).toBeNull();
  });
});

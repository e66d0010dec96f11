import type { ManagedRegistration } from '@epm/shared/contracts';
import {
  EMPTY_REGISTER_FORM,
  fromManaged,
  type RegisterFormValue,
  toRegistrationChange,
  toRegistrationInput,
} from './register-form-model';

function aForm(overrides: Partial<RegisterFormValue> = {}): RegisterFormValue {
  return {
    ...EMPTY_REGISTER_FORM,
    name: ' Priya Shah ',
    email: ' priya.shah@leeds.gov.uk ',
    organisationType: 'council',
    councilName: 'Leeds City Council',
    councilCode: 'E08000035',
    jobTitle: 'Head of Digital',
    ...overrides,
  };
}

describe('the registration form model', () => {
  it('sends a council officer’s council code and no organisation name or supplier size, even if typed before', () => {
    const { input, errors } = toRegistrationInput(
      aForm({ organisationName: 'left over', supplierSize: 'sme', accessibilityNeeds: '  ' }),
      { dietary: true },
    );
    expect(errors).toEqual({});
    expect(input).toEqual({
      name: 'Priya Shah',
      email: 'priya.shah@leeds.gov.uk',
      organisationType: 'council',
      councilCode: 'E08000035',
      organisationName: null,
      supplierSize: null,
      jobTitle: 'Head of Digital',
      accessibilityNeeds: null,
      dietaryNeeds: null,
      consentFollowUp: false,
      consentFutureEvents: false,
    });
  });

  it('sends a supplier’s company name and size, and no council', () => {
    const { input } = toRegistrationInput(
      aForm({ organisationType: 'supplier', organisationName: 'Acme Digital Ltd', supplierSize: 'sme' }),
      { dietary: false },
    );
    expect(input).toMatchObject({
      organisationType: 'supplier',
      councilCode: null,
      organisationName: 'Acme Digital Ltd',
      supplierSize: 'sme',
    });
  });

  it('sends other organisations’ names without a size', () => {
    const { input } = toRegistrationInput(
      aForm({ organisationType: 'academia', organisationName: 'University of Leeds', supplierSize: 'large' }),
      { dietary: false },
    );
    expect(input).toMatchObject({ organisationName: 'University of Leeds', supplierSize: null, councilCode: null });
  });

  it('sends dietary needs only for events that ask for them, and the consents as ticked', () => {
    const form = aForm({ dietaryNeeds: ' Vegetarian ', consentFutureEvents: true });
    expect(toRegistrationInput(form, { dietary: true }).input).toMatchObject({
      dietaryNeeds: 'Vegetarian',
      consentFollowUp: false,
      consentFutureEvents: true,
    });
    expect(toRegistrationInput(form, { dietary: false }).input?.dietaryNeeds).toBeNull();
  });

  it('asks for everything missing at once, in the API’s words', () => {
    const { input, errors } = toRegistrationInput(EMPTY_REGISTER_FORM, { dietary: true });
    expect(input).toBeUndefined();
    expect(errors).toEqual({
      name: ['Enter your full name'],
      email: ['Enter your email address'],
      organisationType: ['Select the type of organisation you work for'],
      jobTitle: ['Enter your job title'],
    });
  });

  it('asks a council officer who typed a name but did not choose from the list to choose', () => {
    const { errors } = toRegistrationInput(aForm({ councilName: 'Leeds', councilCode: '' }), { dietary: false });
    expect(errors).toEqual({ councilCode: ['Select your council from the list'] });
  });

  it('asks suppliers for their name and size, and checks the email address’s shape and lengths', () => {
    const { errors } = toRegistrationInput(
      aForm({ organisationType: 'supplier', email: 'priya at leeds', jobTitle: 'x'.repeat(201) }),
      { dietary: false },
    );
    expect(errors).toEqual({
      email: ['Enter an email address in the correct format, like name@example.gov.uk'],
      organisationName: ['Enter the name of your organisation'],
      supplierSize: ['Select the size of your company'],
      jobTitle: ['Job title must be 200 characters or fewer'],
    });
  });

  it('makes a change without the email address, from the registration as it is', () => {
    const registration: ManagedRegistration = {
      status: 'confirmed',
      waitlistPosition: null,
      name: 'Priya Shah',
      email: 'priya.shah@leeds.gov.uk',
      organisationType: 'council',
      council: { gssCode: 'E08000035', name: 'Leeds City Council' },
      organisationName: null,
      supplierSize: null,
      jobTitle: 'Head of Digital',
      accessibilityNeeds: 'Live captions',
      dietaryNeeds: null,
      consentFollowUp: true,
      consentFutureEvents: false,
      event: {
        id: 7,
        title: 'Webinar',
        status: 'published',
        format: 'online',
        startsAt: '2026-05-20T10:00:00+01:00',
        endsAt: '2026-05-20T11:00:00+01:00',
        venue: null,
        joiningUrl: null,
      },
    };
    const form = fromManaged(registration);
    expect(form).toMatchObject({ councilName: 'Leeds City Council', councilCode: 'E08000035', organisationName: '' });
    const { change } = toRegistrationChange(
      { ...form, email: '', jobTitle: 'Chief Digital Officer' },
      { dietary: false },
    );
    expect(change).toEqual({
      name: 'Priya Shah',
      organisationType: 'council',
      councilCode: 'E08000035',
      organisationName: null,
      supplierSize: null,
      jobTitle: 'Chief Digital Officer',
      accessibilityNeeds: 'Live captions',
      dietaryNeeds: null,
      consentFollowUp: true,
      consentFutureEvents: false,
    });
    expect(change).not.toHaveProperty('email');
  });
});

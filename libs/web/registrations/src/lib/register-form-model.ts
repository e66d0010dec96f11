import {
  type EventFormat,
  type ManagedRegistration,
  ORGANISATION_TYPES,
  type OrganisationType,
  type RegistrationChange,
  type RegistrationInput,
  SUPPLIER_SIZES,
  type SupplierSize,
} from '@epm/shared/contracts';

/** What the registration form holds, as typed. `councilName` is the type-ahead's text; `councilCode` the choice. */
export interface RegisterFormValue {
  name: string;
  email: string;
  organisationType: OrganisationType | '';
  councilName: string;
  councilCode: string;
  organisationName: string;
  supplierSize: SupplierSize | '';
  jobTitle: string;
  accessibilityNeeds: string;
  dietaryNeeds: string;
  consentFollowUp: boolean;
  consentFutureEvents: boolean;
}

export const EMPTY_REGISTER_FORM: RegisterFormValue = {
  name: '',
  email: '',
  organisationType: '',
  councilName: '',
  councilCode: '',
  organisationName: '',
  supplierSize: '',
  jobTitle: '',
  accessibilityNeeds: '',
  dietaryNeeds: '',
  consentFollowUp: false,
  consentFutureEvents: false,
};

/** The form's fields top to bottom: the API's field names are the inputs' ids. */
export const REGISTER_FIELDS = [
  'name',
  'email',
  'organisationType',
  'councilCode',
  'organisationName',
  'supplierSize',
  'jobTitle',
  'accessibilityNeeds',
  'dietaryNeeds',
  'consentFollowUp',
  'consentFutureEvents',
];

export const SUPPLIER_SIZE_LABELS: Record<SupplierSize, string> = {
  sme: 'SME (fewer than 250 staff)',
  large: 'Large (250 or more staff)',
};

/** Dietary needs matter only where food is served. */
export function asksDietaryNeeds(format: EventFormat): boolean {
  return format === 'in-person' || format === 'hybrid';
}

export type ClientErrors = Record<string, string[]>;

// The API's rules and messages, so the browser shows every problem at once in the same words.
const LIMITS: [keyof RegisterFormValue, number, string][] = [
  ['name', 200, 'Name must be 200 characters or fewer'],
  ['email', 254, 'Email address must be 254 characters or fewer'],
  ['organisationName', 200, 'Organisation name must be 200 characters or fewer'],
  ['jobTitle', 200, 'Job title must be 200 characters or fewer'],
  ['accessibilityNeeds', 1000, 'Accessibility needs must be 1000 characters or fewer'],
  ['dietaryNeeds', 500, 'Dietary needs must be 500 characters or fewer'],
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GSS_CODE = /^E\d{8}$/;

function validate(form: RegisterFormValue, askEmail: boolean, dietary: boolean): ClientErrors {
  const errors: ClientErrors = {};
  const type = form.organisationType;
  if (!form.name.trim()) errors['name'] = ['Enter your full name'];
  if (askEmail) {
    if (!form.email.trim()) errors['email'] = ['Enter your email address'];
    else if (!EMAIL.test(form.email.trim()))
      errors['email'] = ['Enter an email address in the correct format, like name@example.gov.uk'];
  }
  if (!(ORGANISATION_TYPES as readonly string[]).includes(type))
    errors['organisationType'] = ['Select the type of organisation you work for'];
  if (type === 'council' && !GSS_CODE.test(form.councilCode))
    errors['councilCode'] = ['Select your council from the list'];
  if (type && type !== 'council' && !form.organisationName.trim())
    errors['organisationName'] = ['Enter the name of your organisation'];
  if (type === 'supplier' && !(SUPPLIER_SIZES as readonly string[]).includes(form.supplierSize))
    errors['supplierSize'] = ['Select the size of your company'];
  if (!form.jobTitle.trim()) errors['jobTitle'] = ['Enter your job title'];
  for (const [field, limit, message] of LIMITS) {
    if (field === 'dietaryNeeds' && !dietary) continue;
    if (field === 'organisationName' && type === 'council') continue;
    if (field === 'email' && !askEmail) continue;
    const value = form[field];
    if (typeof value === 'string' && value.trim().length > limit) errors[field] ??= [message];
  }
  return errors;
}

/** The details, with only the fields the chosen organisation type asks for: hidden answers are never sent. */
function details(form: RegisterFormValue, dietary: boolean): Omit<RegistrationInput, 'email'> {
  const type = form.organisationType as OrganisationType;
  return {
    name: form.name.trim(),
    organisationType: type,
    councilCode: type === 'council' ? form.councilCode : null,
    organisationName: type === 'council' ? null : form.organisationName.trim(),
    supplierSize: type === 'supplier' ? (form.supplierSize as SupplierSize) : null,
    jobTitle: form.jobTitle.trim(),
    accessibilityNeeds: form.accessibilityNeeds.trim() || null,
    dietaryNeeds: dietary ? form.dietaryNeeds.trim() || null : null,
    consentFollowUp: form.consentFollowUp,
    consentFutureEvents: form.consentFutureEvents,
  };
}

/** The form as the API's input, or the problems to fix first. */
export function toRegistrationInput(
  form: RegisterFormValue,
  options: { dietary: boolean },
): { input?: RegistrationInput; errors: ClientErrors } {
  const errors = validate(form, true, options.dietary);
  if (Object.keys(errors).length > 0) return { errors };
  return { input: { ...details(form, options.dietary), email: form.email.trim() }, errors };
}

/** The change form (no email: that stays) as the API's change, or the problems to fix first. */
export function toRegistrationChange(
  form: RegisterFormValue,
  options: { dietary: boolean },
): { change?: RegistrationChange; errors: ClientErrors } {
  const errors = validate(form, false, options.dietary);
  if (Object.keys(errors).length > 0) return { errors };
  return { change: details(form, options.dietary), errors };
}

/** A registration's details as the change form starts them. */
export function fromManaged(registration: ManagedRegistration): RegisterFormValue {
  return {
    name: registration.name,
    email: registration.email,
    organisationType: registration.organisationType,
    councilName: registration.council?.name ?? '',
    councilCode: registration.council?.gssCode ?? '',
    organisationName: registration.organisationName ?? '',
    supplierSize: registration.supplierSize ?? '',
    jobTitle: registration.jobTitle,
    accessibilityNeeds: registration.accessibilityNeeds ?? '',
    dietaryNeeds: registration.dietaryNeeds ?? '',
    consentFollowUp: registration.consentFollowUp,
    consentFutureEvents: registration.consentFutureEvents,
  };
}

/** Client errors in the API's error shape, so one mapping (formErrorsFrom) serves both. */
export function asApiError(errors: ClientErrors): {
  error: { statusCode: number; error: string; message: string; errors: ClientErrors };
} {
  return { error: { statusCode: 422, error: 'Unprocessable Entity', message: 'Check your answers', errors } };
}

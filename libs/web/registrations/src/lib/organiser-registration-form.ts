import type { OrganisationType, RegistrationInput, SupplierSize } from '@epm/shared/contracts';

/** The add-someone form's fields, top to bottom: the error summary lists problems in this order. */
export const REGISTRATION_FIELDS = [
  'name',
  'email',
  'organisationType',
  'councilCode',
  'organisationName',
  'supplierSize',
  'jobTitle',
  'accessibilityNeeds',
  'dietaryNeeds',
];

export interface RegistrationFormValue {
  name: string;
  email: string;
  organisationType: OrganisationType | '';
  /** The council type-ahead's text; only the chosen code is sent. */
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

/**
 * What the API gets: only the organisation fields the chosen type asks for
 * (a council's GSS code, otherwise a name, and a size for suppliers), so
 * answers to a type someone switched away from are not sent. The API checks
 * everything; an unchosen type is sent as empty so it says which field.
 */
export function toRegistrationInput(value: RegistrationFormValue, inPerson: boolean): RegistrationInput {
  const type = value.organisationType;
  return {
    name: value.name,
    email: value.email,
    organisationType: type as OrganisationType,
    councilCode: type === 'council' ? value.councilCode || null : null,
    organisationName: type !== 'council' && type !== '' ? value.organisationName : null,
    supplierSize: type === 'supplier' ? value.supplierSize || null : null,
    jobTitle: value.jobTitle,
    accessibilityNeeds: value.accessibilityNeeds.trim() || null,
    dietaryNeeds: inPerson ? value.dietaryNeeds.trim() || null : null,
    consentFollowUp: value.consentFollowUp,
    consentFutureEvents: value.consentFutureEvents,
  };
}

import type { OutcomeStatus } from '@epm/shared/contracts';

/** GOV.UK tag colours for an outcome's status. */
export const OUTCOME_STATUS_TAGS: Record<OutcomeStatus, string> = {
  planned: 'govuk-tag--grey',
  'in-progress': 'govuk-tag--blue',
  done: 'govuk-tag--green',
};

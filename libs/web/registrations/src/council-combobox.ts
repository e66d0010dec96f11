/**
 * The council picker and the organiser's organisation question, for other libraries' forms (the walk-in form). A separate entry point from the library's
 * index, which the app shell imports for the routes: through the index, the picker and @angular/forms would be
 * in every page's first download (see docs/performance.md, Front end).
 */
export { CouncilCombobox } from './lib/register-council-combobox';
export { type OrganisationControls, OrganisationQuestion } from './lib/organisation-question';

export * from './lib/organiser-registrations.routes';
export * from './lib/registrations.routes';
export { CouncilCombobox } from './lib/register-council-combobox';

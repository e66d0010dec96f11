export * from './lib/organiser-registrations.routes';
export * from './lib/registrations.routes';

export * from './lib/api';
export * from './lib/events';
export * from './lib/identity';
export * from './lib/london-time';
export * from './lib/markdown';
export * from './lib/organisations';
export * from './lib/taxonomy';
export * from './lib/registrations';

export * from './lib/api';
export * from './lib/events';
export * from './lib/identity';
export * from './lib/london-time';
export * from './lib/organisations';
export * from './lib/taxonomy';

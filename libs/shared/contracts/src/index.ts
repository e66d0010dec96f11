export * from './lib/api';
export * from './lib/identity';
export * from './lib/organisations';
export * from './lib/taxonomy';

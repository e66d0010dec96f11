export * from './lib/error-summary';
export * from './lib/form-errors';
export * from './lib/form-submission';
export * from './lib/loaded';
export * from './lib/site-footer';
export * from './lib/site-header';
export * from './lib/text-field';
export * from './lib/uk-time.pipe';

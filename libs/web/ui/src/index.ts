export * from './lib/error-summary';
export * from './lib/form-errors';
export * from './lib/form-submission';
export * from './lib/site-footer';
export * from './lib/site-header';
export * from './lib/text-field';

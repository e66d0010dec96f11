export * from './lib/site-footer';
export * from './lib/site-header';

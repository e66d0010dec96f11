export * from './lib/outcomes.routes';

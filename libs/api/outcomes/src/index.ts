export * from './lib/outcomes.entities';
export * from './lib/outcomes.module';
export * from './lib/outcomes.service';

export * from './lib/identity-bootstrap.service';
export * from './lib/identity.entities';
export * from './lib/identity.module';

export * from './lib/manage-links';
export * from './lib/registration-events';
export * from './lib/registrations.entities';
export * from './lib/registrations.module';
export * from './lib/registrations.service';
export { RegistrationInputDto } from './lib/registrations.dto';

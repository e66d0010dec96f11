export * from './lib/events.entities';
export * from './lib/events.module';
export * from './lib/events.service';
export * from './lib/programme.service';
export { EventIdParam } from './lib/events.dto';
export * from './lib/calendar.service';
export * from './lib/public-read-cache';

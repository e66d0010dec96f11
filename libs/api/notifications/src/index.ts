export * from './lib/compose';
export * from './lib/dispatcher';
export * from './lib/mail-transport';
export * from './lib/notifications.module';
export * from './lib/outbox.entity';
export * from './lib/reminders';

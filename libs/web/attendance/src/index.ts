export * from './lib/attendance.routes';
